/** Helpers for tests over the built site in dist/ (scripts/test.sh builds it first). */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DIST = resolve(import.meta.dirname, '../../dist');

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` (scripts/test.sh does) before the site tests');
  }
}

export { htmlFiles, serveDist } from '../../scripts/dist-tools.ts';

export const read = (p: string) => readFileSync(p, 'utf8');
/** URL path of a built HTML file: dist/tinh/ha-noi/index.html → /tinh/ha-noi/ */
export const urlOf = (file: string) => file.slice(DIST.length).replace(/index\.html$/, '');
