/**
 * npm run check:sources -- <dir-with-report-texts>   (default data/sources)
 * The provenance check alone (the build runs it too): every transcribed figure's as_written on
 * exactly its line as a whole token, every fact's place on its line.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkProvenance, formatMiss } from './lib/provenance.ts';
import { ErrorLog } from './lib/errors.ts';
import { readCsv } from './lib/csv.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = resolve(process.argv[2] ?? `${root}/data/sources`);
const log = new ErrorLog();
const ids = readCsv(`${root}/data/sources.csv`, 'data/sources.csv', null, log).map((r) => r.values.id ?? '');
const { checked, misses } = checkProvenance(root, dir, ids, log);
for (const e of log.errors) console.error(`error: ${e.file}:${e.line} ${e.message}`);
for (const m of misses)
  console.error(
    formatMiss(m, m.file.includes('province-facts') ? '(fact source)' : m.file.replace(/^data\/raw\/|\.csv$/g, '')),
  );
console.log(`check:sources: ${checked} rows checked against ${dir}, ${misses.length} not on their line`);
process.exit(misses.length || log.errors.length ? 1 : 0);
