/**
 * One setting for the public address: the whole build run again with another SITE_URL into a
 * separate directory (every step of `npm run build`, from package.json, with OUT_DIR) leaves no
 * trace of the placeholder domain in any file, zips included, and uses the new address for
 * canonical links, Open Graph, embed codes, QR codes, oEmbed, sitemap and robots.txt.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { PLACEHOLDER_SITE, publicSite } from '../../scripts/lib/site-url.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'out/site-url-build');
const SITE = 'https://data.khuyencong-test.vn';
const PLACEHOLDER_HOST = new URL(PLACEHOLDER_SITE).host;
let log = '';
let seconds = 0;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}

beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  const steps = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.build as string)
    .split('&&')
    .map((s) => s.trim());
  const t0 = performance.now();
  for (const step of steps) {
    // Only pagefind names the directory on its command line; the other steps read OUT_DIR.
    const cmd = step.replace(/(--site\s+)dist\b/, `$1${OUT}`);
    log += execSync(cmd.replace(/^(astro|pagefind)\b/, 'npx $1'), {
      cwd: ROOT,
      env: { ...process.env, SITE_URL: SITE, OUT_DIR: OUT, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }
  seconds = (performance.now() - t0) / 1000;
  console.log(`site-url.test: second build with SITE_URL=${SITE} took ${seconds.toFixed(1)} s`);
}, 240_000);
// 25 MB of a second site: not kept.
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe('SITE_URL', () => {
  it('leaves no trace of the placeholder domain anywhere in the output', () => {
    const all = files(OUT);
    expect(all.length).toBeGreaterThan(500);
    const traces: string[] = [];
    let texts = 0;
    for (const f of all) {
      if (f.endsWith('.zip')) {
        for (const [name, bytes] of Object.entries(unzipSync(readFileSync(f)))) {
          if (!name.endsWith('.png') && strFromU8(bytes).includes(PLACEHOLDER_HOST)) traces.push(`${f} → ${name}`);
        }
        continue;
      }
      if (/\.(png|wasm|woff2?)$|\.pf_|pagefind\/(index|fragment)\//.test(f)) continue;
      texts++;
      if (readFileSync(f, 'latin1').includes(PLACEHOLDER_HOST)) traces.push(f.slice(OUT.length));
    }
    expect(texts).toBeGreaterThan(250);
    expect(traces).toEqual([]);
    expect(log).not.toContain('SITE_URL is');
  });

  it('drives canonical, Open Graph, embed code, QR code, oEmbed, sitemap and robots.txt', () => {
    const page = readFileSync(join(OUT, 'bieu-do/chi-so-kinh-phi-2014-2020/index.html'), 'utf8');
    expect(page).toContain(`<link rel="canonical" href="${SITE}/bieu-do/chi-so-kinh-phi-2014-2020/"`);
    expect(page).toContain(`<meta property="og:image" content="${SITE}/og/bieu-do/chi-so-kinh-phi-2014-2020.png"`);
    expect(page).toContain(`&lt;iframe src=&quot;${SITE}/embed/chi-so-kinh-phi-2014-2020/&quot;`);
    expect(page).toMatch(
      new RegExp(`aria-label="[^"]*${SITE.replace(/\./g, '\\.')}/bieu-do/chi-so-kinh-phi-2014-2020/"`),
    );
    const oembed = JSON.parse(readFileSync(join(OUT, 'oembed/chi-so-kinh-phi-2014-2020-en.json'), 'utf8'));
    expect(oembed.html).toContain(`${SITE}/en/embed/chi-so-kinh-phi-2014-2020/`);
    expect(readFileSync(join(OUT, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${SITE}/en/present/</loc>`);
    expect(readFileSync(join(OUT, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });

  it('takes a reasonable time for a second full build', () => {
    expect(seconds).toBeLessThan(120);
  });
});

describe('publicSite', () => {
  it('warns when SITE_URL is missing or the placeholder, and keeps only the origin otherwise', () => {
    const warnings: string[] = [];
    const warn = (m: string) => warnings.push(m);
    expect(publicSite(undefined, warn)).toBe(PLACEHOLDER_SITE);
    expect(publicSite(`${PLACEHOLDER_SITE}/`, warn)).toBe(PLACEHOLDER_SITE);
    expect(warnings).toHaveLength(2);
    expect(publicSite('https://khuyencong.vn/', warn)).toBe('https://khuyencong.vn');
    expect(warnings).toHaveLength(2);
    expect(() => publicSite('ftp://x.vn', warn)).toThrow(/SITE_URL/);
  });
});
