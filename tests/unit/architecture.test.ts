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
