/** Production code stands on its own: nothing under scripts/ or src/ imports from tests/. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/fixture.ts';

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });

describe('scripts', () => {
  it('import nothing from tests/ (nor does the site under src/)', () => {
    const files = [...walk(join(ROOT, 'scripts')), ...walk(join(ROOT, 'src'))].filter((p) =>
      /\.(ts|mjs|js|astro)$/.test(p),
    );
    expect(files.length).toBeGreaterThan(50);
    // Static imports, re-exports and dynamic import() alike.
    const offenders = files.filter((p) =>
      /(?:\bfrom|\bimport)\s*\(?\s*['"][^'"]*\/tests\//.test(readFileSync(p, 'utf8')),
    );
    expect(offenders.map((p) => p.slice(ROOT.length + 1))).toEqual([]);
  });
  it('read no built HTML back with regular expressions to make preview images', () => {
    expect(readFileSync(join(ROOT, 'scripts/postbuild.ts'), 'utf8')).not.toMatch(/og:image|previewSvg/);
  });
});
