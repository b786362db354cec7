/**
 * The data contract, written once. Build scripts validate every row with these schemas, Astro's
 * content collections load the generated JSON with the same ones, and the TypeScript types the
 * pages use are inferred from them. Column meanings are documented in README.md (data contract) and
 * data/raw/README.md; `datapackage.json` is generated from the descriptions below.
 */
import { z } from 'zod';

export const REGION_CODES = ['DBSH', 'TDMNPB', 'BTB_DHMT', 'TN', 'DNB', 'DBSCL'] as const;
export const PROGRAMMES = ['KCQG', 'KCDP', 'ALL'] as const;
export const STATUSES = ['actual', 'plan', 'target', 'estimate'] as const;
export const QUALIFIERS = ['', 'about', 'over', 'under', 'range_min', 'range_max'] as const;
export const UNITS = [
  'vnd', 'percent', 'persons', 'facilities', 'products', 'models', 'events', 'count',
  'percent_per_year', 'ratio', 'm2', 'index',
] as const;
export const GEO_KINDS = ['country', 'region', 'region-group', 'province', 'organisation'] as const;

const year = z.number().int().min(2000).max(2035);
const idPattern = /^[a-z0-9][a-z0-9._-]*$/;

/** A row of data/raw/<source>.csv, all strings, before normalisation. */
export const rawFigureSchema = z.object({
  id: z.string().regex(idPattern, 'lowercase a-z, 0-9, ".", "_" and "-" only'),
  metric: z.string().min(1),
  label_vi: z.string().min(1),
  label_en: z.string().min(1),
  geo_as_written: z.string().min(1),
  period_start: z.string().regex(/^\d{4}$/, 'a four-digit year'),
  period_end: z.string().regex(/^\d{4}$/, 'a four-digit year'),
  period_label: z.string(),
  programme: z.enum(PROGRAMMES),
  status: z.enum(STATUSES),
  qualifier: z.enum(QUALIFIERS),
  as_written: z.string().min(1, 'the figure as written is required'),
  unit_as_written: z.string().min(1, 'the unit as written is required'),
  line: z.string().regex(/^\d+$/, 'a line number in the source text'),
  locator: z.string().min(1, 'a locator is required'),
  note: z.string(),
});
export const RAW_FIGURE_COLUMNS = Object.keys(rawFigureSchema.shape);

/** One figure of the public contract: figures.csv / figures.json. */
export const figureSchema = z.object({
  id: z.string().regex(idPattern).describe('Stable unique id: <source>.<topic>.<thing>'),
  metric: z.string().describe('Key into metrics.csv'),
  label_vi: z.string().describe('Label of this figure in Vietnamese'),
  label_en: z.string().describe('Label of this figure in English'),
  geo: z.string().describe('VN, a region code, north-28, a province slug or an organisation slug'),
  geo_kind: z.enum(GEO_KINDS).describe('What kind of place geo is'),
  period_start: year.describe('First year covered'),
  period_end: year.describe('Last year covered'),
  period_label: z.string().describe('Finer period when a year is not enough, e.g. 2023-H1'),
  programme: z.enum(PROGRAMMES).describe('KCQG (national), KCDP (local) or ALL'),
  status: z.enum(STATUSES).describe('actual, plan, target or estimate'),
  qualifier: z.enum(QUALIFIERS).describe('Empty when exact; about, over, under, range_min, range_max'),
  value: z.number().finite().describe('Value in the base unit (VND, not billions)'),
  unit: z.enum(UNITS).describe('Base unit of value'),
  source: z.string().describe('Source id, see sources.csv'),
  locator: z.string().describe('Where in the source, in our words'),
  line: z.number().int().nonnegative().describe('Line of the source text file where as_written stands (0 for derived rows)'),
  as_written: z.string().describe('The figure exactly as the report writes it (empty for derived rows)'),
  unit_as_written: z.string().describe('The unit as the report writes it'),
  geo_as_written: z.string().describe('The place as the report writes it, OCR forms included'),
  derived: z.boolean().describe('True when computed by code from other rows'),
  formula: z.string().describe('For derived rows: the computation and the ids it uses'),
  note: z.string().describe('Transcriber notes: uncertain readings, OCR corrections'),
});
export type Figure = z.infer<typeof figureSchema>;

export const sourceSchema = z.object({
  id: z.string().regex(idPattern).describe('Source id, the report file name'),
  title_vi: z.string().min(1).describe('Title in Vietnamese'),
  title_en: z.string().min(1).describe('Title in English'),
  issuer_vi: z.string().min(1).describe('Issuing body in Vietnamese'),
  issuer_en: z.string().min(1).describe('Issuing body in English'),
  date: z.string().describe('Date or period of the report'),
  period_start: year.describe('First year the report covers'),
  period_end: year.describe('Last year the report covers'),
  scope_vi: z.string().describe('Scope in Vietnamese'),
  scope_en: z.string().describe('Scope in English'),
  text_quality: z.enum(['clean', 'ocr']).describe('clean text, or OCR of a scan'),
  description_en: z.string().describe('What the report is, in our words'),
  description_vi: z.string().describe('What the report is, in our words, Vietnamese'),
});
export type Source = z.infer<typeof sourceSchema>;

export const metricSchema = z.object({
  metric: z.string().regex(/^[a-z0-9_]+(\.[a-z0-9_]+)+$/).describe('Metric key'),
  unit: z.enum(UNITS).describe('Base unit'),
  label_vi: z.string().min(1).describe('Label in Vietnamese'),
  label_en: z.string().min(1).describe('Label in English'),
  description: z.string().describe('What is measured'),
});
export type Metric = z.infer<typeof metricSchema>;

export const provinceSchema = z.object({
  code: z.string().regex(/^\d{2}$/).describe('GSO two-digit code'),
  slug: z.string().regex(/^[a-z-]+$/).describe('URL slug'),
  name_vi: z.string().describe('Name in Vietnamese'),
  name_short_vi: z.string().describe('Short name in Vietnamese'),
  name_en: z.string().describe('Name in English'),
  kind: z.enum(['province', 'municipality']).describe('Province or centrally-run city'),
  region_6: z.enum(REGION_CODES).describe('Region code as grouped by the 2014–2020 report'),
  north_28: z.boolean().describe('One of the 28 northern provinces of the northern conference'),
  aliases: z.array(z.string()).describe('Other spellings, OCR forms included'),
  merged_2025_slug: z.string().describe('Unit it joined in the 2025 reorganisation'),
  merged_2025_name_vi: z.string().describe('Name of that unit'),
});
export type Province = z.infer<typeof provinceSchema>;

export const regionSchema = z.object({
  code: z.enum(REGION_CODES),
  slug: z.string(),
  name_vi: z.string(),
  name_en: z.string(),
  short_vi: z.string(),
  short_en: z.string(),
  aliases: z.array(z.string()),
});
export type Region = z.infer<typeof regionSchema>;

/** A row of data/raw/province-facts.csv, before normalisation. */
export const rawFactSchema = z.object({
  id: z.string().regex(idPattern, 'lowercase a-z, 0-9, ".", "_" and "-" only'),
  source: z.string().min(1),
  fact: z.string().regex(/^[a-z0-9_]+$/, 'snake_case fact key'),
  value: z.string().min(1),
  geo_as_written: z.string().min(1),
  period_start: z.string().regex(/^\d{4}$/),
  period_end: z.string().regex(/^\d{4}$/),
  line: z.string().regex(/^\d+$/),
  locator: z.string().min(1, 'a locator is required'),
  note: z.string(),
});
export const RAW_FACT_COLUMNS = Object.keys(rawFactSchema.shape);

export const provinceFactSchema = z.object({
  id: z.string().describe('Stable unique id'),
  source: z.string().describe('Source id'),
  fact: z.string().describe('Kind of fact, see facts in metrics.csv'),
  value: z.string().describe('The category or a short description in our words'),
  value_vi: z.string().describe('The value as a Vietnamese reader sees it'),
  value_en: z.string().describe('The value as an English reader sees it'),
  geo: z.string().describe('Province slug or organisation slug'),
  geo_as_written: z.string().describe('The place as the report writes it'),
  period_start: year.describe('First year the fact applies to'),
  period_end: year.describe('Last year the fact applies to'),
  line: z.number().int().positive().describe('Line of the source text'),
  locator: z.string().describe('Where in the source, in our words'),
  note: z.string().describe('Transcriber notes'),
});
export type ProvinceFact = z.infer<typeof provinceFactSchema>;

export const dataNoteSchema = z.object({
  id: z.string().describe('Check id'),
  kind: z.enum(['sum', 'share', 'average', 'same-figure', 'coverage', 'reading']).describe('What kind of check'),
  result: z.enum(['agrees', 'differs', 'not-stated']).describe('Outcome'),
  title_vi: z.string().describe('What is checked, in Vietnamese'),
  title_en: z.string().describe('What is checked, in English'),
  computation: z.string().describe('The arithmetic, with values'),
  ids: z.array(z.string()).describe('Figure ids involved'),
  expected: z.number().nullable().describe('What the parts imply'),
  stated: z.number().nullable().describe('What the report states'),
  difference: z.number().nullable().describe('stated − expected'),
  tolerance: z.number().describe('Accepted rounding difference'),
  explanation_vi: z.string().describe('What the result means, in Vietnamese'),
  explanation_en: z.string().describe('What the result means, in English'),
});
export type DataNote = z.infer<typeof dataNoteSchema>;
