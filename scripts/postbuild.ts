/**
 * Build step 3, after `astro build`:
 * - the downloads (data/generated/downloads) into dist/data/;
 * - each chart's PNG (2×, title and source inside) next to its SVG in dist/charts/;
 * - a 1200×630 preview image for every page, at the path its og:image names;
 * - a static oEmbed response per chart and language in dist/oembed/.
 * (dist/_headers is written last, after Pagefind: scripts/headers.ts.)
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { previewSvg, svgToPng } from './lib/images.ts';
import { completePressKits } from './lib/press-kit.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// OUT_DIR: the same build elsewhere (astro.config.mjs reads it too; tests/site/site-url.test.ts).
const dist = process.env.OUT_DIR ? resolve(process.env.OUT_DIR) : `${root}/dist`;
const t0 = performance.now();
const from = `${root}/data/generated/downloads`;
if (!existsSync(from)) {
  console.error('postbuild: data/generated/downloads is missing; run `node scripts/build-data.ts` first');
  process.exit(1);
}
cpSync(from, `${dist}/data`, { recursive: true });

// Chart PNGs from the standalone SVGs Astro wrote.
let pngs = 0;
for (const f of readdirSync(`${dist}/charts`)) {
  if (!f.endsWith('.svg')) continue;
  const svg = readFileSync(`${dist}/charts/${f}`, 'utf8');
  const w = Number(/width="(\d+)"/.exec(svg)?.[1] ?? 640);
  writeFileSync(`${dist}/charts/${f.replace(/\.svg$/, '.png')}`, svgToPng(svg, w * 2));
  pngs++;
}

// Press kits: the downloads just made go into each chart's zip.
const kits = completePressKits(dist);

// Preview images for every page.
const htmlFiles = (dir: string): string[] => readdirSync(dir).flatMap((n) => {
  const p = join(dir, n);
  if (statSync(p).isDirectory()) return n === 'pagefind' ? [] : htmlFiles(p);
  return n.endsWith('.html') ? [p] : [];
});
const meta = (html: string, prop: string) => {
  const m = new RegExp(`<meta property="${prop}" content="([^"]*)"`).exec(html);
  return m ? m[1]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>') : '';
};
let previews = 0;
for (const file of htmlFiles(dist)) {
  const html = readFileSync(file, 'utf8');
  const image = meta(html, 'og:image');
  if (!image) continue;
  const path = new URL(image).pathname;
  const out = join(dist, path);
  if (existsSync(out)) continue;
  const isChart = /\/(bieu-do|charts)\//.test(file.slice(dist.length));
  // A chart page's preview shows the view the page opens with (the checked radio button).
  const viewIndex = Number(/data-i="(\d)" checked/.exec(html)?.[1] ?? 0);
  const viewHtml = html.slice(Math.max(0, html.indexOf(`class="view v${viewIndex}"`)));
  const chartSvg = isChart ? /<svg[^>]*role="img"[\s\S]*?<\/svg>/.exec(viewHtml)?.[0] : undefined;
  const svg = previewSvg({
    site: meta(html, 'og:site_name'), title: meta(html, 'og:title'), description: meta(html, 'og:description'),
    chartSvg, url: new URL(meta(html, 'og:url')).host + new URL(meta(html, 'og:url')).pathname,
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, svgToPng(svg, 1200));
  previews++;
}
console.log(`postbuild: downloads copied, ${pngs} chart PNGs, ${previews} preview images, ${kits} press kits in ${Math.round(performance.now() - t0)} ms`);
