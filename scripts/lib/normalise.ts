/**
 * Raw rows (strings as transcribed) → figures of the public contract. Each step can fail with
 * the file, line, column and value named; a row that fails is reported, never dropped quietly.
 */
import { parseViNumber, scaleDecimal, NumberFormatError } from '../../src/lib/numbers.ts';
import {
  rawFigureSchema, rawFactSchema, type Figure, type ProvinceFact,
} from '../../src/lib/schema.ts';
import type { CsvRecord } from './csv.ts';
import type { ErrorLog } from './errors.ts';
import type { Reference } from './reference.ts';
import { UnitTable } from './units.ts';

export function normaliseFigure(rec: CsvRecord, sourceId: string, file: string, ref: Reference, log: ErrorLog): Figure | null {
  const before = log.errors.length;
  const err = (column: string, message: string) =>
    log.add({ file, line: rec.line, column, value: rec.values[column], message });

  const parsed = rawFigureSchema.safeParse(rec.values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) err(String(issue.path[0] ?? ''), issue.message);
    return null;
  }
  const raw = parsed.data;
  if (!raw.id.startsWith(sourceId + '.')) err('id', `id must start with "${sourceId}."`);

  const metric = ref.metrics.find((m) => m.metric === raw.metric);
  if (!metric) err('metric', 'unknown metric: add it to data/metrics.csv');

  const geo = ref.gazetteer.resolve(raw.geo_as_written);
  if (!geo) err('geo_as_written', 'unknown place: not a province, region or organisation in data/reference/');

  const unit = ref.units.lookup(raw.unit_as_written);
  if (!unit) err('unit_as_written', 'unknown unit: add it to data/reference/units.csv');
  else if (metric && !UnitTable.compatible(unit.kind, metric.unit)) {
    err('unit_as_written', `a ${unit.kind} unit cannot give metric ${metric.metric} in ${metric.unit}`);
  }

  let value = NaN;
  try {
    const n = parseViNumber(raw.as_written.replace(/%$/, ''));
    value = scaleDecimal(n.decimal, unit?.exp ?? 0);
  } catch (e) {
    if (e instanceof NumberFormatError) err('as_written', e.message);
    else throw e;
  }

  const start = Number(raw.period_start);
  const end = Number(raw.period_end);
  if (end < start) err('period_end', `period ends (${end}) before it starts (${start})`);
  if (raw.period_label && !/^\d{4}(-H[12]|-Q[1-4])?$/.test(raw.period_label)) err('period_label', 'expected e.g. 2023-H1');

  if (log.errors.length > before || !metric || !geo) return null;
  return {
    id: raw.id,
    metric: raw.metric,
    label_vi: raw.label_vi,
    label_en: raw.label_en,
    geo: geo.code,
    geo_kind: geo.kind,
    period_start: start,
    period_end: end,
    period_label: raw.period_label,
    programme: raw.programme,
    status: raw.status,
    qualifier: raw.qualifier,
    value,
    unit: metric.unit,
    source: sourceId,
    locator: raw.locator,
    line: Number(raw.line),
    as_written: raw.as_written,
    unit_as_written: raw.unit_as_written,
    geo_as_written: raw.geo_as_written,
    derived: false,
    formula: '',
    note: raw.note,
  };
}

export function normaliseFact(rec: CsvRecord, file: string, ref: Reference, log: ErrorLog): ProvinceFact | null {
  const before = log.errors.length;
  const err = (column: string, message: string) =>
    log.add({ file, line: rec.line, column, value: rec.values[column], message });
  const parsed = rawFactSchema.safeParse(rec.values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) err(String(issue.path[0] ?? ''), issue.message);
    return null;
  }
  const raw = parsed.data;
  if (!ref.sources.some((s) => s.id === raw.source)) err('source', 'unknown source: not in data/sources.csv');
  if (!ref.factKinds.some((f) => f.fact === raw.fact)) err('fact', 'unknown fact kind: add it to data/reference/fact-kinds.csv');
  const label = ref.factValues.find((v) => v.fact === raw.fact && v.value === raw.value);
  if (!label) err('value', 'no label for this value: add it to data/reference/fact-values.csv');
  const geo = ref.gazetteer.resolve(raw.geo_as_written);
  if (!geo) err('geo_as_written', 'unknown place: not a province or organisation in data/reference/');
  else if (geo.kind !== 'province' && geo.kind !== 'organisation') err('geo_as_written', `a province fact needs a province, not a ${geo.kind}`);
  if (log.errors.length > before || !geo || !label) return null;
  return {
    id: raw.id, source: raw.source, fact: raw.fact, value: raw.value, value_vi: label.label_vi, value_en: label.label_en, geo: geo.code,
    geo_as_written: raw.geo_as_written, period_start: Number(raw.period_start), period_end: Number(raw.period_end),
    line: Number(raw.line), locator: raw.locator, note: raw.note,
  };
}
