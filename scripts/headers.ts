/**
 * Build step 5, the last (after Pagefind has written dist/pagefind/): dist/_headers, the response
 * headers for static hosts that read one (Netlify, Cloudflare Pages…).
 *
 * - Every file gets nosniff and a referrer policy.
 * - Embeds (/embed/*, /en/embed/*) may be framed by any site; every other page by none
 *   (`frame-ancestors 'none'` and `X-Frame-Options: DENY`, for browsers that know only the latter).
 * - HTML is revalidated on every visit; hashed assets are immutable; the rest is cached an hour.
 *
 * Such hosts apply EVERY rule whose pattern matches and merge their headers, so a catch-all `/*`
 * would give embeds `frame-ancestors 'none'` too. Instead the rules are generated from what is in
 * dist/: one per top-level folder, one per file at the root, and the same one level down under
 * /en/. tests/site/headers.test.ts resolves the headers of every file in dist/ as a host would.
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const COMMON = ['X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin'];
const NO_FRAME = ["Content-Security-Policy: frame-ancestors 'none'", 'X-Frame-Options: DENY'];
const ANY_FRAME = ['Content-Security-Policy: frame-ancestors *'];
const REVALIDATE = ['Cache-Control: public, max-age=0, must-revalidate'];
const HOUR = ['Cache-Control: public, max-age=3600'];
const IMMUTABLE = ['Cache-Control: public, max-age=31536000, immutable'];
/** Folders of files that are not pages: cached for an hour (their names are not hashed). */
const ASSET_FOLDERS = new Set(['data', 'charts', 'og', 'js', 'pagefind', 'oembed', 'icons']);

export function headerRules(dist: string): string {
  const rules: string[] = [];
  const rule = (pattern: string, lines: string[]) => rules.push(pattern, ...lines.map((l) => `  ${l}`), '');
  const isDir = (p: string) => statSync(p).isDirectory();
  // The service worker and its manifest decide what readers see offline: always revalidated.
  const cacheFor = (name: string) =>
    name.endsWith('.html') || name === 'sw.js' || name.endsWith('.webmanifest') || name.startsWith('workbox-')
      ? REVALIDATE
      : HOUR;

  // The two home pages by their pretty URLs (a host serves /en/ from /en/index.html).
  rule('/', [...COMMON, ...NO_FRAME, ...REVALIDATE]);
  rule('/en/', [...COMMON, ...NO_FRAME, ...REVALIDATE]);
  for (const [prefix, dir] of [
    ['/', dist],
    ['/en/', join(dist, 'en')],
  ] as const) {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (prefix === '/' && name === 'en') continue;
      if (name === '_headers' || name === '_redirects') continue;
      if (!isDir(p)) {
        rule(`${prefix}${name}`, [...COMMON, ...NO_FRAME, ...cacheFor(name)]);
      } else if (name === 'embed') {
        rule(`${prefix}embed/*`, [...COMMON, ...ANY_FRAME, ...REVALIDATE]);
      } else if (name === '_astro') {
        rule(`${prefix}_astro/*`, [...COMMON, ...NO_FRAME, ...IMMUTABLE]);
      } else {
        rule(`${prefix}${name}/*`, [...COMMON, ...NO_FRAME, ...(ASSET_FOLDERS.has(name) ? HOUR : REVALIDATE)]);
      }
    }
  }
  // The host half of the embed code is loaded by other sites.
  rule('/js/embed-resizer.js', ['Access-Control-Allow-Origin: *']);
  return rules.join('\n');
}

if (import.meta.main) {
  const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../dist');
  writeFileSync(join(dist, '_headers'), headerRules(dist));
  console.log('headers: dist/_headers written');
}
