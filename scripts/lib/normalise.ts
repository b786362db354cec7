/**
 * Raw rows (strings as transcribed) → figures of the public contract. Each step can fail with
 * the file, line, column and value named; a row that fails is reported, never dropped quietly.
 */
import { parseViNumber, scaleDecimal, NumberFormatError } from '../../src/lib/numbers.ts';
import { rawFigureSchema, rawFactSchema, type Figure, type ProvinceFact } from '../../src/lib/schema.ts';
import type { CsvRecord } from './csv.ts';
import type { ErrorLog } from './errors.ts';
import type { Reference } from './reference.ts';
import { UnitTable, boundsOf } from './units.ts';

/**
 * The value a figure as written denotes: the number, scaled to the base unit, negated when the
 * report's wording says it is a fall (`sign` = "-"). The one definition the normaliser and the
 * provenance check share.
 */
export function denotedValue(asWritten: string, exp: number, sign: string): number {
  const n = parseViNumber(asWritten.replace(/\s*%$/, ''));
  if (n.decimal.startsWith('-'))
    throw new NumberFormatError(
      asWritten,
      'a minus sign is never transcribed: write the number as written and put "-" in the sign column',
    );
  const v = scaleDecimal(n.decimal, exp);
  return sign === '-' ? -v : v;
}

/**
 * Years a plan or target may reach beyond the report's own coverage (a 2020 report sets targets
 * to 2025); anything further is a typing error.
 */
export const PLAN_AHEAD_YEARS = 5;

/** The years a row of this source may cover: its period, to the report's own date, plus plans ahead. */
export function coverage(source: Reference['sources'][number], forward: boolean): { from: number; to: number } {
  const reportYear = Number(source.date.slice(0, 4));
  const to = Math.max(source.period_end, Number.isFinite(reportYear) ? reportYear : source.period_end);
  return { from: source.period_start, to: forward ? to + PLAN_AHEAD_YEARS : to };
}

/**
 * `excluded`: the row is listed in exclusions.csv (its number cannot be read). It is validated
 * like any other row, except that its number is not parsed, and it is not returned.
 */
export function normaliseFigure(
  rec: CsvRecord,
  sourceId: string,
  file: string,
  ref: Reference,
  log: ErrorLog,
  excluded = false,
): Figure | null {
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
  else if (metric.status === 'retired')
    err('metric', `retired metric: use ${metric.same_as} (data/metrics.csv), which measures the same quantity`);
  // The sign rule: a change must say which way it went; a level cannot be negative.
  const signBefore = log.errors.length;
  if (metric && metric.sign_rule === 'signed' && raw.sign === '')
    err(
      'sign',
      `metric ${metric.metric} is signed: write "+" or "-" as the report's wording says (tăng / giảm, thấp hơn)`,
    );
  if (metric && metric.sign_rule === 'non-negative' && raw.sign !== '')
    err('sign', `metric ${metric.metric} cannot be negative: leave sign empty`);
  const signRefused = log.errors.length > signBefore;

  const geo = ref.gazetteer.resolve(raw.geo_as_written);
  if (!geo) err('geo_as_written', 'unknown place: not a province, region or organisation in data/reference/');

  const unit = ref.units.lookup(raw.unit_as_written);
  if (!unit) err('unit_as_written', 'unknown unit: add it to data/reference/units.csv');
  else if (metric && !UnitTable.compatible(unit.kind, metric.unit)) {
    err('unit_as_written', `a ${unit.kind} unit cannot give metric ${metric.metric} in ${metric.unit}`);
  }

  let value = NaN;
  if (!excluded) {
    try {
      value = denotedValue(raw.as_written, unit?.exp ?? 0, raw.sign);
    } catch (e) {
      if (e instanceof NumberFormatError) err('as_written', e.message);
      else throw e;
    }
    // A sign the metric does not allow is reported once, on the sign column.
    if (metric && Number.isFinite(value) && !signRefused) {
      const bounds = boundsOf(metric);
      if (value < bounds.min || value > bounds.max) {
        err(
          'as_written',
          `${value} ${metric.unit} is outside the possible range for ${metric.metric} (${bounds.min} to ${bounds.max} ${metric.unit})`,
        );
      }
    }
  }

  const start = Number(raw.period_start);
  const end = Number(raw.period_end);
  if (end < start) err('period_end', `period ends (${end}) before it starts (${start})`);
  if (raw.period_label && !/^\d{4}(-H[12]|-Q[1-4])?$/.test(raw.period_label))
    err('period_label', 'expected e.g. 2023-H1');
  if (raw.period_label && raw.period_label.slice(0, 4) !== raw.period_end)
    err('period_label', `period label ${raw.period_label} is not in the period's last year ${raw.period_end}`);
  const source = ref.sources.find((s) => s.id === sourceId);
  if (source) {
    const forward = raw.status === 'plan' || raw.status === 'target';
    const { from, to } = coverage(source, forward);
    if (start < from)
      err('period_start', `${start} is before the report's coverage (${source.period_start}–${source.period_end})`);
    if (end > to) {
      err(
        'period_end',
        forward
          ? `${end} is more than ${PLAN_AHEAD_YEARS} years beyond the report (covers ${source.period_start}–${source.period_end}, dated ${source.date})`
          : `${end} is after the report's coverage (${source.period_start}–${source.period_end}, dated ${source.date}); only plans and targets may look ahead`,
      );
    }
  }

  if (log.errors.length > before || !metric || !geo || excluded) return null;
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
    sign: raw.sign,
    value,
    unit: metric.unit,
    source: sourceId,
    locator_vi: raw.locator_vi,
    locator_en: raw.locator_en,
    line: Number(raw.line),
    as_written: raw.as_written,
    unit_as_written: raw.unit_as_written,
    geo_as_written: raw.geo_as_written,
    derived: false,
    formula: '',
    note: raw.note,
    notes: [],
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
  if (!ref.factKinds.some((f) => f.fact === raw.fact))
    err('fact', 'unknown fact kind: add it to data/reference/fact-kinds.csv');
  const label = ref.factValues.find((v) => v.fact === raw.fact && v.value === raw.value);
  if (!label) err('value', 'no label for this value: add it to data/reference/fact-values.csv');
  const geo = ref.gazetteer.resolve(raw.geo_as_written);
  if (!geo) err('geo_as_written', 'unknown place: not a province or organisation in data/reference/');
  else if (geo.kind !== 'province' && geo.kind !== 'organisation')
    err('geo_as_written', `a province fact needs a province, not a ${geo.kind}`);
  const start = Number(raw.period_start);
  const end = Number(raw.period_end);
  if (end < start) err('period_end', `period ends (${end}) before it starts (${start})`);
  const source = ref.sources.find((s) => s.id === raw.source);
  if (source) {
    const { from, to } = coverage(source, true);
    if (start < from)
      err('period_start', `${start} is before the report's coverage (${source.period_start}–${source.period_end})`);
    if (end > to)
      err(
        'period_end',
        `${end} is more than ${PLAN_AHEAD_YEARS} years beyond the report (covers ${source.period_start}–${source.period_end})`,
      );
  }
  if (log.errors.length > before || !geo || !label) return null;
  return {
    id: raw.id,
    source: raw.source,
    fact: raw.fact,
    value: raw.value,
    value_vi: label.label_vi,
    value_en: label.label_en,
    geo: geo.code,
    geo_as_written: raw.geo_as_written,
    period_start: Number(raw.period_start),
    period_end: Number(raw.period_end),
    line: Number(raw.line),
    locator_vi: raw.locator_vi,
    locator_en: raw.locator_en,
    note: raw.note,
  };
}
