/**
 * The one-way data flow, enforced: pages and components never parse CSV, touch the file system
 * or read data/raw; charts are pure functions; client scripts are files, never inline.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/fixture.ts';

const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => {
  const p = join(dir, n);
  return statSync(p).isDirectory() ? walk(p) : [p];
});
const src = (sub: string) => walk(join(ROOT, 'src', sub)).map((p) => [p.slice(ROOT.length + 1), readFileSync(p, 'utf8')] as const);

describe('architecture', () => {
  it('keeps papaparse, node:fs and data/raw out of pages, components, views and charts', () => {
    const offenders: string[] = [];
    for (const [p, text] of [...src('pages'), ...src('components'), ...src('views'), ...src('charts'), ...src('layouts')]) {
      if (/from ['"]papaparse['"]|from ['"](node:)?fs['"]|data\/raw/.test(text)) offenders.push(p);
    }
    expect(offenders).toEqual([]);
  });
  it('never writes an inline <script> with code in a page (only is:inline src= files)', () => {
    const offenders: string[] = [];
    for (const [p, text] of [...src('pages'), ...src('components'), ...src('views'), ...src('layouts')]) {
      for (const m of text.matchAll(/<script\b([^>]*)>/g)) {
        // The one exception: JSON-LD data blocks (not executed), written only by JsonLd.astro,
        // which escapes their text (src/lib/jsonld.ts).
        if (p.endsWith('components/JsonLd.astro') && /type="application\/ld\+json"/.test(m[1]!)) continue;
        if (!/\bsrc=/.test(m[1]!)) offenders.push(`${p}: ${m[0]}`);
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
  it('ships neither Plot nor d3 to the browser', () => {
    for (const f of walk(join(ROOT, 'public/js'))) {
      expect(readFileSync(f, 'utf8'), f).not.toMatch(/@observablehq\/plot|from ['"]d3/);
    }
  });
});
