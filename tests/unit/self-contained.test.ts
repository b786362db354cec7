/**
 * A clone of the project checks itself: nothing in the build, the scripts or the tests reads
 * outside the repository (the reports are in data/sources/, byte for byte).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixture.ts';

const code = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return n === 'node_modules' || n === 'fixtures' ? [] : code(p);
    return /\.(ts|mjs|js|astro|sh|json)$/.test(n) ? [p] : [];
  });

describe('self-contained', () => {
  it('no code, script or test refers to a folder outside the clone', () => {
    const files = [
      ...code(join(ROOT, 'src')),
      ...code(join(ROOT, 'scripts')),
      ...code(join(ROOT, 'tests')),
      join(ROOT, 'astro.config.mjs'),
      join(ROOT, 'package.json'),
      join(ROOT, '.ci/run'),
    ];
    expect(files.length).toBeGreaterThan(50);
    const outside = files.filter(
      (f) => !f.endsWith('self-contained.test.ts') && /\.\.\/shared|\/work\/shared/.test(readFileSync(f, 'utf8')),
    );
    expect(outside).toEqual([]);
  });
  it('has the five reports whose ids data/sources.csv lists', () => {
    const ids = readFileSync(join(ROOT, 'data/sources.csv'), 'utf8')
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((l) => l.split(',')[0]);
    expect(ids).toHaveLength(5);
    for (const id of ids) expect(statSync(join(ROOT, 'data/sources', `${id}.txt`)).size, id).toBeGreaterThan(1000);
  });
});
