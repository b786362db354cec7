/**
 * The built site serves the same set of URLs as the committed list (tests/site/urls.txt), so a
 * page or download lost (or added) while moving routes shows up here. Pagefind's index and
 * Astro's hashed assets are left out: their names change with content.
 *
 * After adding a page on purpose, regenerate the list from a fresh build:
 *   UPDATE_URLS=1 npx vitest run tests/site/urls.test.ts
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, requireDist } from '../helpers/dist.ts';

const LIST = join(import.meta.dirname, 'urls.txt');

function builtUrls(dir = DIST): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (dir === DIST && (name === 'pagefind' || name === '_astro')) continue;
      out.push(...builtUrls(p));
    } else out.push(p.slice(DIST.length).replace(/\/index\.html$/, '/'));
  }
  return out;
}

describe('built URLs', () => {
  it('are exactly the committed list', () => {
    requireDist();
    const built = builtUrls().sort();
    if (process.env.UPDATE_URLS) writeFileSync(LIST, `${built.join('\n')}\n`);
    const expected = readFileSync(LIST, 'utf8').trim().split('\n');
    const builtSet = new Set(built);
    const expectedSet = new Set(expected);
    expect(
      expected.filter((u) => !builtSet.has(u)),
      'URLs in urls.txt that the build no longer makes',
    ).toEqual([]);
    expect(
      built.filter((u) => !expectedSet.has(u)),
      'URLs built but not in urls.txt (UPDATE_URLS=1 to accept)',
    ).toEqual([]);
  });
});
