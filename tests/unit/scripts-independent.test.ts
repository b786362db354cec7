/** Production scripts stand on their own: nothing under scripts/ imports from tests/. */
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
  it('import nothing from tests/', () => {
    const offenders = walk(join(ROOT, 'scripts'))
      .filter((p) => p.endsWith('.ts'))
      .filter(
        (p) =>
          /from ['"][./]*\/tests\//.test(readFileSync(p, 'utf8')) ||
          /from ['"]\.\.\/tests\//.test(readFileSync(p, 'utf8')),
      );
    expect(offenders).toEqual([]);
  });
  it('read no built HTML back with regular expressions to make preview images', () => {
    expect(readFileSync(join(ROOT, 'scripts/postbuild.ts'), 'utf8')).not.toMatch(/og:image|previewSvg/);
  });
});
