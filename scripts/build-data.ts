/**
 * Build step 1: data/ → data/generated/ (typed JSON for the pages), the public downloads and
 * docs/data-notes.md. Usage: node scripts/build-data.ts
 * Fails (exit 1) with every bad row named by file, line, column and value: bad input, a figure
 * not on its line in its report (provenance), a chart title the data no longer support, or
 * output that does not parse with the public schemas.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipeline } from './lib/pipeline.ts';
import { writeDownloads } from './lib/downloads.ts';
import { DataErrors, ErrorLog } from './lib/errors.ts';
import { checkProvenance, formatMiss } from './lib/provenance.ts';
import { notesMarkdown } from './lib/notes-doc.ts';
import { validatedOutput } from './lib/output.ts';
import { checkClaims } from '../src/charts/claims.ts';
import {
  dataNoteSchema, figureSchema, metricSchema, provinceFactSchema, provinceSchema, regionSchema, sourceSchema,
} from '../src/lib/schema.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = `${root}/data/generated`;

try {
  const t0 = performance.now();
  const result = runPipeline(root);
  const log = new ErrorLog();

  // Provenance: every figure on exactly its line, and its value what its as_written denotes.
  const prov = checkProvenance(root, `${root}/data/sources`, result.ref.sources.map((s) => s.id), log, { figures: result.figures, units: result.ref.units });
  for (const m of prov.misses) {
    const sourceId = m.file.includes('province-facts') ? m.id.split('.')[0]! : m.file.replace(/^data\/raw\/|\.csv$/g, '');
    log.add({ file: m.file, line: m.line, column: m.column, value: m.value, message: formatMiss(m, sourceId).replace(/^[^:]+:\d+ /, '') });
  }
  // The findings stated in chart titles must still hold.
  for (const c of checkClaims(result.figures)) {
    if (!c.pass) log.add({ file: 'src/charts/claims.ts', line: 0, column: c.chart, message: `chart title no longer supported by the data: ${c.message}` });
  }
  const figures = validatedOutput('figures.json', figureSchema, result.figures, log);
  const facts = validatedOutput('province-facts.json', provinceFactSchema, result.facts, log);
  const notes = validatedOutput('data-notes.json', dataNoteSchema, result.notes, log);
  validatedOutput('provinces.json', provinceSchema, result.ref.provinces, log);
  validatedOutput('regions.json', regionSchema, result.ref.regions, log);
  validatedOutput('sources.json', sourceSchema, result.ref.sources, log);
  validatedOutput('metrics.json', metricSchema, result.ref.metrics, log);
  log.throwIfAny();

  mkdirSync(out, { recursive: true });
  const write = (name: string, data: unknown) => writeFileSync(`${out}/${name}`, JSON.stringify(data, null, 1) + '\n');
  write('figures.json', figures);
  write('province-facts.json', facts);
  write('data-notes.json', notes);
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
  mkdirSync(`${root}/docs`, { recursive: true });
  writeFileSync(`${root}/docs/data-notes.md`, notesMarkdown(notes, figures));
  for (const c of result.counts) {
    console.log(`  ${c.source.padEnd(20)} rows in ${String(c.rowsIn).padStart(4)}  out ${String(c.rowsOut).padStart(4)}  excluded ${c.excluded}`);
  }
  const derived = result.figures.filter((f) => f.derived).length;
  const byResult = (r: string) => result.notes.filter((n) => n.result === r).length;
  console.log(`data: ${result.figures.length - derived} transcribed + ${derived} derived figures, ${result.facts.length} province facts, ` +
    `${prov.checked} rows on their lines, ${result.notes.length} checks (${byResult('agrees')} agree, ${byResult('differs')} differ, ` +
    `${byResult('cannot-be-checked')} cannot be checked) in ${Math.round(performance.now() - t0)} ms`);
} catch (e) {
  if (e instanceof DataErrors) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
