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
  'vnd',
  'percent',
  'persons',
  'facilities',
  'products',
  'models',
  'events',
  'count',
  'percent_per_year',
  'ratio',
  'm2',
  'index',
] as const;
/** How a transcribed number's direction is recorded: '' as written, '+' or '-' from the report's wording ("tăng", "thấp hơn"). */
export const SIGNS = ['', '+', '-'] as const;
/** What kind of quantity a metric is; documented in metrics.csv and datapackage.json. */
export const METRIC_KINDS = [
  'amount',
  'count',
  'share',
  'achievement',
  'rate_of_change',
  'threshold',
  'average',
  'ratio',
  'index',
] as const;
export const SIGN_RULES = ['non-negative', 'signed'] as const;
/** The categories of cross-checks (issue 9): what kind of arithmetic or comparison a note makes. */
export const NOTE_CATEGORIES = [
  'parts-and-whole',
  'recomputed',
  'period-length',
  'same-quantity',
  'change-over-time',
  'all-claim',
  'named-lists',
  'ranking',
  'reading',
] as const;
export const NOTE_RESULTS = ['agrees', 'differs', 'cannot-be-checked'] as const;
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
  sign: z.enum(SIGNS, 'empty, "+" or "-" (the direction the report\'s wording gives)'),
  as_written: z.string().min(1, 'the figure as written is required'),
  unit_as_written: z.string().min(1, 'the unit as written is required'),
  line: z.string().regex(/^\d+$/, 'a line number in the source text'),
  locator_vi: z.string().min(1, 'a locator is required'),
  locator_en: z.string().min(1, 'a locator is required'),
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
  period_label: z
    .string()
    .regex(/^(\d{4}-(H[12]|Q[1-4])|\d{4}(,\d{4})+)?$/)
    .describe(
      'Finer period when the years are not enough: a half or quarter of the last year (2023-H1), or the separate years a derived figure covers between period_start and period_end (2013,2021,2022)',
    ),
  programme: z.enum(PROGRAMMES).describe('KCQG (national), KCDP (local) or ALL'),
  status: z.enum(STATUSES).describe('actual, plan, target or estimate'),
  qualifier: z.enum(QUALIFIERS).describe('Empty when exact; about, over, under, range_min, range_max'),
  sign: z
    .enum(SIGNS)
    .describe(
      'Sign rule applied: empty = the number as written; "-" = the wording says a fall ("thấp hơn", "giảm") and value is the number as written made negative; "+" = the wording says a rise. Only metrics whose sign_rule is "signed" (metrics.csv) carry a sign',
    ),
  value: z
    .number()
    .finite()
    .describe(
      'Value in the base unit (VND, not billions), with the sign rule applied: as_written × 10^unit exponent × (−1 if sign is "-")',
    ),
  unit: z.enum(UNITS).describe('Base unit of value'),
  source: z.string().describe('Source id, see sources.csv'),
  locator_vi: z.string().describe('Where in the source, in our words, in Vietnamese'),
  locator_en: z
    .string()
    .describe(
      'Where in the source, in our words, in English (this column was called `locator` before Vietnamese locators were added; no alias is kept)',
    ),
  line: z
    .number()
    .int()
    .nonnegative()
    .describe('Line of the source text file where as_written stands (0 for derived rows)'),
  as_written: z.string().describe('The figure exactly as the report writes it (empty for derived rows)'),
  unit_as_written: z.string().describe('The unit as the report writes it'),
  geo_as_written: z.string().describe('The place as the report writes it, OCR forms included'),
  derived: z.boolean().describe('True when computed by code from other rows'),
  formula: z.string().describe('For derived rows: the computation and the ids it uses'),
  note: z.string().describe('Transcriber notes: uncertain readings, OCR corrections'),
  notes: z.array(z.string()).describe('Ids of the data notes (data-notes.csv) that check this figure, separated by |'),
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
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'a SHA-256 hex digest')
    .describe('SHA-256 of data/sources/<id>.txt, verified by the build'),
  description_en: z.string().describe('What the report is, in our words'),
  description_vi: z.string().describe('What the report is, in our words, Vietnamese'),
});
export type Source = z.infer<typeof sourceSchema>;

export const metricSchema = z.object({
  metric: z
    .string()
    .regex(/^[a-z0-9_]+(\.[a-z0-9_]+)+$/)
    .describe('Metric key'),
  unit: z.enum(UNITS).describe('Base unit'),
  kind: z
    .enum(METRIC_KINDS)
    .describe(
      'Kind of quantity: amount, count, share (0–100 of a whole), achievement (result as % of target), rate_of_change (signed change), threshold (a cut-off, not an amount), average, ratio, index',
    ),
  sign_rule: z
    .enum(SIGN_RULES)
    .describe(
      'non-negative: a negative value is refused; signed: a fall is negative, and each row must say its direction in `sign`',
    ),
  label_vi: z.string().min(1).describe('Label in Vietnamese'),
  label_en: z.string().min(1).describe('Label in English'),
  description: z.string().min(1).describe('What is counted or measured'),
  differs_from: z.string().min(1).describe('How it differs from neighbouring metrics'),
  status: z.enum(['active', 'retired']).describe('retired keys are kept to document a rename; no figure may use them'),
  same_as: z.string().describe('For a retired key: the key that measures the same quantity'),
});
export type Metric = z.infer<typeof metricSchema>;

export const provinceSchema = z.object({
  code: z
    .string()
    .regex(/^\d{2}$/)
    .describe('GSO two-digit code'),
  slug: z
    .string()
    .regex(/^[a-z-]+$/)
    .describe('URL slug'),
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
  locator_vi: z.string().min(1, 'a locator is required'),
  locator_en: z.string().min(1, 'a locator is required'),
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
  locator_vi: z.string().describe('Where in the source, in our words, in Vietnamese'),
  locator_en: z.string().describe('Where in the source, in our words, in English'),
  note: z.string().describe('Transcriber notes'),
});
export type ProvinceFact = z.infer<typeof provinceFactSchema>;

export const dataNoteSchema = z.object({
  id: z.string().describe('Check id'),
  category: z
    .enum(NOTE_CATEGORIES)
    .describe(
      'parts-and-whole (parts add up to a whole), recomputed (stated average, share, rate or ratio recomputed from levels), period-length ("per year", "N years" against the period), same-quantity (the same quantity in two places: value, period and scope), change-over-time (two reports measuring the same thing at two dates or over two periods: whether a change can be computed), all-claim (a claim about all contradicted elsewhere), named-lists (two lists of named provinces), ranking (a stated highest/lowest), reading (an OCR reading)',
    ),
  result: z
    .enum(NOTE_RESULTS)
    .describe(
      'agrees (within half a unit of the last digit written; truncation counts as agreement, with a note), differs, or cannot-be-checked (nothing to check against)',
    ),
  title_vi: z.string().describe('What is checked, in Vietnamese'),
  title_en: z.string().describe('What is checked, in English'),
  computation: z.string().describe('The arithmetic, with values'),
  ids: z.array(z.string()).describe('Figure ids involved'),
  expected: z.number().nullable().describe('What the parts imply'),
  stated: z.number().nullable().describe('What the report states'),
  difference: z.number().nullable().describe('stated − expected'),
  tolerance: z.number().describe('Accepted rounding difference: half a unit of the last digit written'),
  truncated: z
    .boolean()
    .describe('True when the stated figure is the computed one cut (not rounded) at its last digit'),
  explanation_vi: z.string().describe('What the result means, in Vietnamese; numbers only as {fig:ID} placeholders'),
  explanation_en: z.string().describe('What the result means, in English; numbers only as {fig:ID} placeholders'),
});
export type DataNote = z.infer<typeof dataNoteSchema>;

/** A report's text as the reader page shows it (scripts/lib/reader.ts): lines, blocks, figures in place. */
export const sourceTextSchema = z.object({
  source: z.string(),
  lines: z.array(z.string()),
  blocks: z.array(
    z.object({ kind: z.enum(['h2', 'h3', 'p']), from: z.number().int().positive(), to: z.number().int().positive() }),
  ),
  marks: z.array(
    z.object({
      line: z.number().int().positive(),
      start: z.number().int().nonnegative(),
      end: z.number().int().positive(),
      ids: z.array(z.string()).min(1),
      kind: z.enum(['figure', 'excluded']),
    }),
  ),
});
export type SourceText = z.infer<typeof sourceTextSchema>;

/** A province named inside a list of a report (data/raw/province-mentions.csv). */
export const provinceMentionSchema = z.object({
  id: z.string().describe('Stable unique id'),
  source: z.string().describe('Source id'),
  line: z.number().int().positive().describe('Line of the source text where the name starts'),
  list_kind: z.string().describe('What the list is: region-members'),
  region: z.enum(REGION_CODES).describe('The region whose list it is'),
  province: z.string().describe('Province slug (resolved through the gazetteer)'),
  geo_as_written: z.string().describe('The name as the report writes it, OCR forms included'),
});
export type ProvinceMention = z.infer<typeof provinceMentionSchema>;
