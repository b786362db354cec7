/**
 * Build step 3, after `astro build`:
 * - the downloads (data/generated/downloads) into dist/data/;
 * - each chart's PNG (2×, title and source inside) next to its SVG in dist/charts/;
 * (Preview images are Astro endpoints, src/pages/og/; oEmbed responses src/pages/oembed/.)
 * (dist/_headers is written last, after Pagefind: scripts/headers.ts.)
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { svgToPng } from './lib/images.ts';
import { completePressKits } from './lib/press-kit.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// OUT_DIR: the same build elsewhere (astro.config.mjs reads it too; tests/site/site-url.test.ts).
const dist = process.env.OUT_DIR ? resolve(process.env.OUT_DIR) : `${root}/dist`;
const t0 = performance.now();
const from = `${root}/data/generated/downloads`;
if (!existsSync(from)) {
  console.error('postbuild: data/generated/downloads is missing; run `node scripts/build-data.ts` first');
  process.exit(1);
}
cpSync(from, `${dist}/data`, { recursive: true });

// Chart PNGs from the standalone SVGs Astro wrote.
let pngs = 0;
for (const f of readdirSync(`${dist}/charts`)) {
  if (!f.endsWith('.svg')) continue;
  const svg = readFileSync(`${dist}/charts/${f}`, 'utf8');
  const w = Number(/width="(\d+)"/.exec(svg)?.[1] ?? 640);
  writeFileSync(`${dist}/charts/${f.replace(/\.svg$/, '.png')}`, svgToPng(svg, w * 2));
  pngs++;
}

// Press kits: the downloads just made go into each chart's zip.
const kits = completePressKits(dist);

console.log(
  `postbuild: downloads copied, ${pngs} chart PNGs, ${kits} press kits in ${Math.round(performance.now() - t0)} ms`,
);
