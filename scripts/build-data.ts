/**
 * Build step 1: data/ → data/generated/ (typed JSON for the pages), the public downloads and
 * docs/data-notes.md. Usage: node scripts/build-data.ts
 * Fails (exit 1) with every bad row named by file, line, column and value: bad input, a figure
 * not on its line in its report (provenance), a chart title the data no longer support, or
 * output that does not parse with the public schemas (scripts/lib/build.ts).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildData } from './lib/build.ts';
import { DataErrors } from './lib/errors.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

try {
  const t0 = performance.now();
  const { result, provenanceChecked } = buildData(root);
  for (const c of result.counts) {
    console.log(
      `  ${c.source.padEnd(20)} rows in ${String(c.rowsIn).padStart(4)}  out ${String(c.rowsOut).padStart(4)}  excluded ${c.excluded}`,
    );
  }
  const derived = result.figures.filter((f) => f.derived).length;
  const byResult = (r: string) => result.notes.filter((n) => n.result === r).length;
  console.log(
    `data: ${result.figures.length - derived} transcribed + ${derived} derived figures, ${result.facts.length} province facts, ` +
      `${provenanceChecked} rows on their lines, ${result.notes.length} checks (${byResult('agrees')} agree, ${byResult('differs')} differ, ` +
      `${byResult('cannot-be-checked')} cannot be checked) in ${Math.round(performance.now() - t0)} ms`,
  );
} catch (e) {
  if (e instanceof DataErrors) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
