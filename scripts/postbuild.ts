/**
 * Build step 3 (after `astro build`): copy the generated downloads into dist/data/.
 * Chart images (PNG) and preview images are written here too once they exist.
 */
import { cpSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const from = `${root}/data/generated/downloads`;
if (!existsSync(from)) {
  console.error('postbuild: data/generated/downloads is missing; run `node scripts/build-data.ts` first');
  process.exit(1);
}
cpSync(from, `${root}/dist/data`, { recursive: true });
console.log('postbuild: downloads copied to dist/data/');
