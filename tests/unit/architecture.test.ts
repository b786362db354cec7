/**
 * The one-way data flow, enforced: pages and components never parse CSV, touch the file system
 * or read data/raw; charts are pure functions; client scripts are files, never inline.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/fixture.ts';

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
const src = (sub: string) =>
  walk(join(ROOT, 'src', sub)).map((p) => [p.slice(ROOT.length + 1), readFileSync(p, 'utf8')] as const);

describe('architecture', () => {
  it('keeps papaparse, node:fs and data/raw out of pages, components, views and charts', () => {
    const offenders: string[] = [];
    for (const [p, text] of [
      ...src('pages'),
      ...src('components'),
      ...src('views'),
      ...src('charts'),
      ...src('layouts'),
    ]) {
      if (/from ['"]papaparse['"]|from ['"](node:)?fs['"]|data\/raw/.test(text)) offenders.push(p);
    }
    expect(offenders).toEqual([]);
  });
  it('never writes an inline <script> with code in a page (only is:inline src= files)', () => {
    const offenders: string[] = [];
    for (const [p, text] of [...src('pages'), ...src('components'), ...src('views'), ...src('layouts')]) {
      for (const m of text.matchAll(/<script\b([^>]*?)(?:\/>|>([\s\S]*?)<\/script>)/g)) {
        const [tag, attrs, body] = [m[0].slice(0, 80), m[1]!, m[2] ?? ''];
        if (/\bsrc=/.test(attrs)) continue;
        // Data blocks (not executed): JSON-LD written only by JsonLd.astro, which escapes their
        // text (src/lib/jsonld.ts), and charts' figure islands written only by ChartFigures.astro
        // (escaped in src/charts/interaction.ts), and the tile map's island written only by
        // Tiles.astro (escaped in src/lib/tile-tips.ts).
        if (p.endsWith('components/JsonLd.astro') && /type="application\/ld\+json"/.test(attrs)) continue;
        if (
          /components\/(ChartFigures|Tiles)\.astro$/.test(p) &&
          /\btype="application\/json"/.test(attrs) &&
          !body.trim()
        )
          continue;
        // An Astro-processed script that only imports a module: bundled into a file under /_astro/.
        if (!attrs.trim() && /^(\s*import '[^']+';)+\s*$/.test(body)) continue;
        offenders.push(`${p}: ${tag}`);
      }
    }
    expect(offenders).toEqual([]);
  });
  it('formats numbers only through src/lib/format.ts', () => {
    const offenders: string[] = [];
    for (const [p, text] of [...src('pages'), ...src('components'), ...src('views'), ...src('charts')]) {
      if (/new Intl\.NumberFormat|toLocaleString\(/.test(text)) offenders.push(p);
    }
    expect(offenders).toEqual([]);
  });
  it('writes colours only in src/charts/palette.ts (CSS reads them as custom properties)', () => {
    const files = [...walk(join(ROOT, 'src')), ...walk(join(ROOT, 'scripts'))].filter((p) =>
      /\.(ts|astro|css|mjs)$/.test(p),
    );
    expect(files.length).toBeGreaterThan(50);
    const offenders = files
      .filter((p) => !p.endsWith('src/charts/palette.ts'))
      .flatMap((p) =>
        [...readFileSync(p, 'utf8').matchAll(/#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b(?![-\w])|\brgba?\(\s*\d/g)].map(
          (m) => `${p.slice(ROOT.length + 1)}: ${m[0]}`,
        ),
      );
    expect(offenders).toEqual([]);
  });
  it('folds diacritics only in src/lib/fold.ts (search, provenance and the reader match alike)', () => {
    const files = [...walk(join(ROOT, 'src')), ...walk(join(ROOT, 'scripts'))].filter((p) => /\.(ts|astro)$/.test(p));
    expect(files.length).toBeGreaterThan(50);
    const offenders = files
      .filter((p) => !p.endsWith('src/lib/fold.ts'))
      .filter((p) => /normalize\(\s*['"]NF[KD]?D['"]\s*\)|\\p\{M\}|\\u0300/.test(readFileSync(p, 'utf8')))
      .map((p) => p.slice(ROOT.length + 1));
    expect(offenders).toEqual([]);
  });
  it('keeps interface strings in the dictionaries (src/i18n/vi.ts, en.ts), not in vi/en ternaries', () => {
    // Files that may keep some, each with its reason; a listed file that no longer has any fails
    // the test, so the list only shrinks.
    const ALLOWED: Record<string, string> = {
      'src/lib/format.ts': 'each language’s own number and unit grammar (“1,2 tỷ đồng”, “VND 1.2 billion”)',
      'src/lib/routes.ts': 'twinLang, the one place the other language is named',
    };
    const patterns: [RegExp, string, (p: string) => boolean][] = [
      [/lang\s*===?\s*['"](?:vi|en)['"]\s*\?\s*\(?\s*[[`'"]/, 'a string literal in the "then" branch', () => true],
      [
        /lang\s*===?\s*['"](?:vi|en)['"]\s*\?[^:;\n]*:\s*\(?\s*[[`'"]/,
        'a string literal in the "else" branch',
        () => true,
      ],
      [/\bvi\s*\?\s*\(?\s*[`'"]/, 'a string literal chosen by a `vi` flag', () => true],
      [/\(\s*vi\s*:\s*string\s*,\s*en\s*:\s*string\s*\)\s*=>/, 'a local (vi, en) => … helper', () => true],
      // Charts write their text with kit.ts's L(lang, vi, en); nothing else does.
      [/\bL\(\s*lang\s*,/, 'the charts’ L(lang, vi, en) outside src/charts', (p) => !p.startsWith('src/charts/')],
    ];
    const files = ['components', 'views', 'layouts', 'pages', 'lib', 'charts'].flatMap(src);
    expect(files.length).toBeGreaterThan(60);
    const offenders: string[] = [];
    const clean: string[] = [];
    for (const [p, text] of files) {
      const hits = patterns.filter(([re, , applies]) => applies(p) && re.test(text)).map(([, what]) => what);
      if (p in ALLOWED) {
        if (!hits.length) clean.push(`${p} has no inline vi/en strings left: remove it from ALLOWED`);
      } else if (hits.length) offenders.push(`${p}: ${hits.join('; ')}`);
    }
    expect(offenders).toEqual([]);
    expect(clean).toEqual([]);
  });
  it('ships neither Plot, d3, jsdom nor the d3-backed formatter in the bundled client scripts', () => {
    for (const f of walk(join(ROOT, 'src/scripts'))) {
      expect(readFileSync(f, 'utf8'), f).not.toMatch(
        /from ['"](@observablehq\/plot|d3(-[a-z]+)?|jsdom|[^'"]*\/lib\/format\.ts|[^'"]*\/charts\/[^'"]*)['"]/,
      );
    }
  });
  it('ships neither Plot nor d3 to the browser', () => {
    for (const f of walk(join(ROOT, 'public/js'))) {
      expect(readFileSync(f, 'utf8'), f).not.toMatch(/@observablehq\/plot|from ['"]d3/);
    }
  });
});
