/**
 * npm run bench: numbers, not tests. Cold and warm build time, pages built, bytes per page
 * template (HTML, CSS, JS, gzipped), search index size, and Lighthouse mobile scores for four
 * templates on loopback. Prints a table and writes docs/benchmarks.md with the date and machine.
 * Lighthouse is fetched with npx on first use (it is large and only the benchmark needs it).
 */
import { execFile, execSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlParts, pageWeight } from './lib/weights.ts';
import { precacheSize } from './lib/offline.ts';
import { chromePath, htmlFiles, serveDist } from './dist-tools.ts';
import { measureInteraction } from './bench-interaction.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function timeBuild(clean: boolean): number {
  if (clean)
    for (const d of ['dist', '.astro', 'node_modules/.vite', 'node_modules/.astro', 'data/generated'])
      rmSync(join(root, d), { recursive: true, force: true });
  const t0 = performance.now();
  execSync('npm run -s build', { cwd: root, env, stdio: 'ignore' });
  return (performance.now() - t0) / 1000;
}

const cold = timeBuild(true);
const warm = timeBuild(false);
const pages = htmlFiles(dist);
const dirSize = (d: string): number =>
  readdirSync(d).reduce((s, n) => {
    const p = join(d, n);
    return s + (statSync(p).isDirectory() ? dirSize(p) : statSync(p).size);
  }, 0);
const searchIndex = dirSize(join(dist, 'pagefind'));
const precache = await precacheSize(dist);

const templates: [string, string][] = [
  ['home', '/'],
  ['results', '/ket-qua-2013-2022/'],
  ['programme', '/chuong-trinh-2014-2020/'],
  ['region', '/vung/dbscl/'],
  ['province profile', '/tinh/tra-vinh/'],
  ['province (no data)', '/tinh/kon-tum/'],
  ['source', '/nguon/kcqg-2014-2020/'],
  ['data notes', '/ghi-chu-du-lieu/'],
  ['chart page', '/bieu-do/kinh-phi-theo-vung-2014-2020/'],
  ['embed', '/embed/kinh-phi-theo-vung-2014-2020/'],
  ['presentation', '/trinh-chieu/'],
  ['search', '/tim-kiem/'],
  ['figure finder', '/tra-cuu/'],
  ['home (en)', '/en/'],
];
const weights = templates.map(([name, url]) => ({
  name,
  url,
  ...pageWeight(dist, join(dist, url, 'index.html')),
  parts: htmlParts(join(dist, url, 'index.html')),
}));

// Lighthouse, mobile (default) preset, on loopback.
const lh: { name: string; url: string; scores: Record<string, number> }[] = [];
if (process.env.SKIP_LIGHTHOUSE !== '1') {
  const { server, origin } = await serveDist(0, dist);
  mkdirSync(join(root, 'out/lighthouse'), { recursive: true });
  for (const [name, url] of [
    ['home', '/'],
    ['province profile', '/tinh/tra-vinh/'],
    ['chart page', '/bieu-do/kinh-phi-theo-vung-2014-2020/'],
    ['embed', '/embed/kinh-phi-theo-vung-2014-2020/'],
  ] as const) {
    const out = join(root, 'out/lighthouse', `${name.replace(/\W+/g, '-')}.json`);
    try {
      // Asynchronous: the static server runs in this process and must keep answering.
      await promisify(execFile)(
        'npx',
        [
          '-y',
          'lighthouse@13',
          origin + url,
          '--output=json',
          `--output-path=${out}`,
          '--quiet',
          '--only-categories=performance,accessibility,best-practices,seo',
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
        ],
        { env: { ...env, CHROME_PATH: chromePath() }, timeout: 180_000 },
      );
      const r = JSON.parse(readFileSync(out, 'utf8'));
      lh.push({
        name,
        url,
        scores: Object.fromEntries(
          Object.entries(r.categories as Record<string, { score: number }>).map(([k, v]) => [
            k,
            Math.round(v.score * 100),
          ]),
        ),
      });
    } catch (e) {
      lh.push({ name, url, scores: { error: NaN } });
      console.error(`lighthouse failed on ${url}: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  server.close();
}

// Tooltips and the figure finder with the CPU throttled 4× (scripts/bench-interaction.ts).
const interaction = await measureInteraction(4);

const kb = (b: number) => (b / 1024).toFixed(1);
const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const lines = [
  '# Benchmarks',
  '',
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine} by \`npm run bench\`.`,
  '',
  '| measure | value | budget |',
  '|---|---|---|',
  `| full build, cold (data, Astro, images, Pagefind) | ${cold.toFixed(1)} s | < 60 s |`,
  `| full build, warm | ${warm.toFixed(1)} s | < 60 s |`,
  `| pages built | ${pages.length} | |`,
  `| search index (dist/pagefind) | ${kb(searchIndex)} KB | loaded on search only |`,
  `| offline cache (service worker precache) | ${precache.count} files, ${kb(precache.size)} KB | fetched once, in the background |`,
  '',
  '## Bytes per page template (gzipped)',
  '',
  '| template | URL | HTML KB | CSS KB | JS KB | total KB |',
  '|---|---|---|---|---|---|',
  ...weights.map((w) => `| ${w.name} | \`${w.url}\` | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.total)} |`),
  '',
  'Budgets: client JS ≤ 30 KB, HTML + CSS + JS ≤ 150 KB per page, embed ≤ 50 KB (tests/site/budgets.test.ts checks every page). CSS is inlined into the HTML (astro.config.mjs), so it counts in the HTML column.',
  '',
  '### What the HTML is made of (KB gzipped, each part alone)',
  '',
  'The last column is the page with its charts taken out (SVGs, data tables, tooltip data) and its stylesheet counted as an external file already cached, plus its JS: what the page’s text and links alone weigh.',
  '',
  '| template | stylesheet | chart SVGs | chart data tables | tooltip data | figure tables | the rest (text, links, head) | without charts and stylesheet, + JS |',
  '|---|---|---|---|---|---|---|---|',
  ...weights.map(
    (w) =>
      `| ${w.name} | ${kb(w.parts.stylesheet)} | ${kb(w.parts.chartSvgs)} | ${kb(w.parts.chartTables)} | ${kb(w.parts.tooltipData)} | ${kb(w.parts.figureTables)} | ${kb(w.parts.rest)} | ${kb(w.parts.withoutCharts + w.js)} |`,
  ),
  '',
  '## Interaction latency (Chromium, CPU throttled 4×)',
  '',
  'Real mouse, keyboard and click input; latency from the input to the next paint as the browser’s Event Timing API reports it (what Interaction to Next Paint counts; under 16 ms is not reported and counted as 16 ms). Budget: under 100 ms. Each case runs in a fresh browser and starts 1 s after the page’s load event.',
  'The figure finder paints each input first (the letter typed, the option chosen) and draws the matching rows in the next task, six at a time (or with the next key, when keys keep coming for over 30 ms); "rows drawn" is the time from the oldest input waiting to the end of the frame that shows its rows (when the frame after it starts), as the finder measures it (`finder-update`); keystrokes that arrive meanwhile are drawn together.',
  `Machine load average when this part started: ${interaction.load.map((x) => x.toFixed(1)).join(', ')} (1, 5, 15 min) on ${cpus().length} cores (it waits up to two minutes for the 1-minute average to fall below 1 after the builds and Lighthouse); a busy machine inflates these numbers.`,
  '',
  '| what | URL | interactions | median ms | p90 ms | max ms | slowest handler ms | rows drawn p90 / max ms |',
  '|---|---|---|---|---|---|---|---|',
  ...interaction.results.map(
    (l) =>
      `| ${l.name} | \`${l.url}\` | ${l.interactions} | ${l.medianMs} | ${l.p90Ms} | ${l.maxMs} | ${l.handlerMaxMs.toFixed(0)} | ${l.update ? `${l.update.p90Ms} / ${l.update.maxMs} (${l.update.n} updates)` : '–'} |`,
  ),
  '',
  '## Lighthouse (mobile, simulated throttling, loopback)',
  '',
  '| template | URL | performance | accessibility | best practices | SEO |',
  '|---|---|---|---|---|---|',
  ...lh.map(
    (l) =>
      `| ${l.name} | \`${l.url}\` | ${l.scores.performance ?? '–'} | ${l.scores.accessibility ?? '–'} | ${l.scores['best-practices'] ?? '–'} | ${l.scores.seo ?? '–'} |`,
  ),
  '',
  'Lighthouse performance on this 2-core VM varies by a few points between runs (total blocking time under simulated 4× CPU throttling).',
  '',
];
mkdirSync(join(root, 'docs'), { recursive: true });
writeFileSync(join(root, 'docs/benchmarks.md'), lines.join('\n'));
console.log(lines.join('\n'));
if (!existsSync(dist)) process.exit(1);
