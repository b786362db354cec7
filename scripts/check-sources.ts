/**
 * npm run check:sources -- <dir-with-report-texts>   (default data/sources)
 * Confirms that every transcribed figure's as_written (and every fact's place) occurs in its
 * source text within a few lines of its locator line; lists the rows it cannot find.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkProvenance, WINDOW } from './lib/provenance.ts';
import { ErrorLog } from './lib/errors.ts';
import { readCsv } from './lib/csv.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = resolve(process.argv[2] ?? `${root}/data/sources`);
const log = new ErrorLog();
const ids = readCsv(`${root}/data/sources.csv`, 'data/sources.csv', null, log).map((r) => r.values.id ?? '');
const { checked, misses } = checkProvenance(root, dir, ids, log);
for (const e of log.errors) console.error(`error: ${e.file}:${e.line} ${e.message}`);
for (const m of misses) {
  console.error(`not found: ${m.file}:${m.line} ${m.id} ${m.column} "${m.value}" near line ${m.sourceLine} of ${m.id.split('.')[0]}.txt`);
}
console.log(`check:sources: ${checked} rows checked against ${dir}, ${misses.length} not found within ±${WINDOW} lines`);
process.exit(misses.length || log.errors.length ? 1 : 0);
