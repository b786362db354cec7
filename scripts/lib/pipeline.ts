/**
 * The whole data pipeline as one pure-ish function: read data/ → normalise → validate →
 * derive → cross-check. `scripts/build-data.ts` writes what it returns; tests call it on
 * fixture folders. Rows in = rows out + listed exclusions; the counts are returned for the log.
 */
import { readCsv } from './csv.ts';
import { ErrorLog } from './errors.ts';
import { loadReference, type Reference } from './reference.ts';
import { normaliseFact, normaliseFigure } from './normalise.ts';
import { deriveFigures } from './derive.ts';
import { combineUnits2025 } from './combine-2025.ts';
import { runCrossChecks } from './cross-checks.ts';
import { checkTargetResults } from './target-results.ts';
import {
  RAW_FACT_COLUMNS,
  RAW_FIGURE_COLUMNS,
  type DataNote,
  type Figure,
  type ProvinceFact,
} from '../../src/lib/schema.ts';

export interface PipelineResult {
  ref: Reference;
  figures: Figure[];
  facts: ProvinceFact[];
  notes: DataNote[];
  counts: { source: string; rowsIn: number; rowsOut: number; excluded: number }[];
  exclusions: { id: string; reason_vi: string; reason_en: string }[];
}

export function runPipeline(root: string): PipelineResult {
  const log = new ErrorLog();
  const ref = loadReference(root, log);
  log.throwIfAny();

  // Explicit exclusions: an id listed here is read, validated and then left out, with its reason
  // in both languages (the reader pages show it beside the unreadable figure).
  const exclusionRecords = readCsv(
    `${root}/data/raw/exclusions.csv`,
    'data/raw/exclusions.csv',
    ['id', 'reason_vi', 'reason_en'],
    log,
  );
  const exclusions = exclusionRecords.map((r) => ({
    id: r.values.id ?? '',
    reason_vi: r.values.reason_vi ?? '',
    reason_en: r.values.reason_en ?? '',
  }));
  for (const r of exclusionRecords) {
    for (const column of ['reason_vi', 'reason_en'] as const)
      if (!r.values[column])
        log.add({
          file: 'data/raw/exclusions.csv',
          line: r.line,
          column,
          value: '',
          message: 'an exclusion needs a reason in both languages',
        });
  }
  const excluded = new Set(exclusions.map((e) => e.id));

  const figures: Figure[] = [];
  const counts: PipelineResult['counts'] = [];
  const seenIds = new Map<string, string>();
  for (const source of ref.sources) {
    const file = `data/raw/${source.id}.csv`;
    const records = readCsv(`${root}/${file}`, file, RAW_FIGURE_COLUMNS, log);
    let out = 0;
    let ex = 0;
    for (const rec of records) {
      const id = rec.values.id ?? '';
      const prev = seenIds.get(id);
      if (prev) {
        log.add({ file, line: rec.line, column: 'id', value: id, message: `duplicate id (first at ${prev})` });
        continue;
      }
      seenIds.set(id, `${file}:${rec.line}`);
      // An excluded row is one whose figure cannot be read (an OCR-lost digit): it is validated
      // like any other row (all but its number), then listed with its reason instead of published.
      if (excluded.has(id)) {
        normaliseFigure(rec, source.id, file, ref, log, true);
        ex++;
        continue;
      }
      const fig = normaliseFigure(rec, source.id, file, ref, log);
      if (!fig) continue;
      figures.push(fig);
      out++;
    }
    counts.push({ source: source.id, rowsIn: records.length, rowsOut: out, excluded: ex });
  }

  const facts: ProvinceFact[] = [];
  const factFile = 'data/raw/province-facts.csv';
  for (const rec of readCsv(`${root}/${factFile}`, factFile, RAW_FACT_COLUMNS, log)) {
    const f = normaliseFact(rec, factFile, ref, log);
    if (!f) continue;
    if (seenIds.has(f.id)) {
      log.add({
        file: factFile,
        line: rec.line,
        column: 'id',
        value: f.id,
        message: `duplicate id (first at ${seenIds.get(f.id)})`,
      });
      continue;
    }
    seenIds.set(f.id, `${factFile}:${rec.line}`);
    facts.push(f);
  }
  for (const id of excluded) {
    if (!seenIds.has(id))
      log.add({
        file: 'data/raw/exclusions.csv',
        line: 0,
        column: 'id',
        value: id,
        message: 'excluded id does not exist',
      });
  }
  log.throwIfAny();
  // Targets set beside earlier results: only the same quantity (data/reference/target-results.csv).
  // Checked once every row is valid, so a broken row is reported for itself and not as a gap here.
  checkTargetResults(ref.targetResults, figures, log);
  log.throwIfAny();

  const derived = deriveFigures(figures, ref);
  derived.push(...combineUnits2025(figures, ref.provinces, ref.metrics));
  const all = [...figures, ...derived];
  const notes = runCrossChecks(all, ref, facts);
  // Each figure lists the notes that check it, so a page showing the figure can link to them.
  for (const f of all) f.notes = notes.filter((n) => n.ids.includes(f.id)).map((n) => n.id);
  return { ref, figures: all, facts, notes, counts, exclusions };
}
