/**
 * Completes each press kit Astro wrote (dist/kit/<id>-<lang>.zip, texts only) with the chart's
 * downloads from dist/charts/, byte for byte: the SVG and CSV Astro wrote and the PNG 2× that
 * postbuild rendered just before. Run after the chart PNGs exist.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync, type Zippable } from 'fflate';

export function completePressKits(dist: string): number {
  const dir = join(dist, 'kit');
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const f of readdirSync(dir)) {
    const m = /^(.+)-(vi|en)\.zip$/.exec(f);
    if (!m) continue;
    const [, id, lang] = m;
    const files: Zippable = unzipSync(readFileSync(join(dir, f)));
    for (const name of [`${id}-${lang}.png`, `${id}-${lang}.svg`, `${id}.csv`]) {
      const p = join(dist, 'charts', name);
      if (!existsSync(p)) throw new Error(`press kit ${f}: dist/charts/${name} is missing`);
      // PNGs are already compressed: stored as they are.
      files[name] = name.endsWith('.png') ? [readFileSync(p), { level: 0 }] : readFileSync(p);
    }
    writeFileSync(join(dir, f), zipSync(files, { level: 9 }));
    n++;
  }
  return n;
}
