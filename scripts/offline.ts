/** Build step 5, after Pagefind: manifest, icons and the service worker (scripts/lib/offline.ts). */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest, writeServiceWorker } from './lib/offline.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = process.env.OUT_DIR ? resolve(process.env.OUT_DIR) : `${root}/dist`;
const t0 = performance.now();
writeManifest(dist);
const { count, size } = await writeServiceWorker(dist);
console.log(
  `offline: manifest, icons, service worker precaching ${count} files (${(size / 1024 / 1024).toFixed(1)} MB) in ${Math.round(performance.now() - t0)} ms`,
);
