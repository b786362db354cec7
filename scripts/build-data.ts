/**
 * Build step 1: data/ → data/generated/ (typed JSON for the pages) and the public downloads.
 * Usage: node scripts/build-data.ts
 * Fails (exit 1) with every bad row named by file, line, column and value.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipeline } from './lib/pipeline.ts';
import { writeDownloads } from './lib/downloads.ts';
import { DataErrors } from './lib/errors.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = `${root}/data/generated`;

try {
  const t0 = performance.now();
  const result = runPipeline(root);
  mkdirSync(out, { recursive: true });
  const write = (name: string, data: unknown) => writeFileSync(`${out}/${name}`, JSON.stringify(data, null, 1) + '\n');
  write('figures.json', result.figures);
  write('province-facts.json', result.facts);
  write('data-notes.json', result.notes);
  write('provinces.json', result.ref.provinces);
  write('regions.json', result.ref.regions);
  write('sources.json', result.ref.sources);
  write('metrics.json', result.ref.metrics);
  write('fact-kinds.json', result.ref.factKinds);
  write('organisations.json', result.ref.organisations);
  write('exclusions.json', result.exclusions);
  write('glossary.json', result.ref.glossary);
  write('tile-grid.json', result.ref.tileGrid);
  write('counts.json', result.counts);
  writeDownloads(result, `${out}/downloads`);
  for (const c of result.counts) {
    console.log(`  ${c.source.padEnd(20)} rows in ${String(c.rowsIn).padStart(4)}  out ${String(c.rowsOut).padStart(4)}  excluded ${c.excluded}`);
  }
  const derived = result.figures.filter((f) => f.derived).length;
  const byResult = (r: string) => result.notes.filter((n) => n.result === r).length;
  console.log(`data: ${result.figures.length - derived} transcribed + ${derived} derived figures, ${result.facts.length} province facts, ` +
    `${result.notes.length} checks (${byResult('agrees')} agree, ${byResult('differs')} differ, ${byResult('not-stated')} not stated) in ${Math.round(performance.now() - t0)} ms`);
} catch (e) {
  if (e instanceof DataErrors) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
