/**
 * Loads and validates the reference tables in data/reference/ and the catalogues in data/.
 * Everything here is small and hand-kept; a bad row stops the build like a bad figure does.
 */
import { z } from 'zod';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readCsv, type CsvRecord } from './csv.ts';
import type { ErrorLog } from './errors.ts';
import { Gazetteer, type Organisation } from './gazetteer.ts';
import { UnitTable, type UnitEntry } from './units.ts';
import {
  metricSchema,
  provinceSchema,
  regionSchema,
  sourceSchema,
  type Figure,
  type Metric,
  type Province,
  type Region,
  type Source,
} from '../../src/lib/schema.ts';

export interface Reference {
  provinces: Province[];
  regions: Region[];
  organisations: Organisation[];
  sources: Source[];
  metrics: Metric[];
  units: UnitTable;
  gazetteer: Gazetteer;
  factKinds: FactKind[];
  factValues: { fact: string; value: string; label_vi: string; label_en: string }[];
  glossary: Record<string, string>[];
  tileGrid: { slug: string; col: number; row: number }[];
  /** The same cartogram for the 34 units since 1 July 2025 (keyed by merged_2025_slug). */
  tileGrid2025: { slug: string; col: number; row: number }[];
  /** Each stated target beside the earlier result of the same quantity, or none (data/reference/target-results.csv). */
  targetResults: TargetResult[];
}

export const targetResultSchema = z.object({
  target_id: z.string().min(1),
  /** Empty when the reports give no earlier result of the same quantity. */
  result_id: z.string(),
  /** Why there is no comparable result, or what to keep in mind when comparing. */
  note_vi: z.string(),
  note_en: z.string(),
});
export type TargetResult = z.infer<typeof targetResultSchema> & { line: number };

export const factKindSchema = z.object({
  fact: z.string().regex(/^[a-z0-9_]+$/),
  label_vi: z.string().min(1),
  label_en: z.string().min(1),
});
export type FactKind = z.infer<typeof factKindSchema>;

export const REFERENCE_COLUMNS: Record<string, readonly string[]> = {
  'data/reference/provinces.csv': [
    'code',
    'slug',
    'name_vi',
    'name_short_vi',
    'name_en',
    'kind',
    'region_6',
    'north_28',
    'aliases',
    'merged_2025_slug',
    'merged_2025_name_vi',
  ],
  'data/reference/regions.csv': ['code', 'slug', 'name_vi', 'name_en', 'short_vi', 'short_en', 'aliases'],
  'data/reference/organisations.csv': ['slug', 'name_vi', 'name_en', 'aliases'],
  'data/reference/units.csv': ['as_written', 'kind', 'exp', 'note'],
  'data/sources.csv': Object.keys(sourceSchema.shape),
  'data/metrics.csv': Object.keys(metricSchema.shape),
  'data/reference/glossary.csv': ['term', 'slug', 'expansion_vi', 'expansion_en', 'definition_vi', 'definition_en'],
  'data/reference/tile-grid.csv': ['slug', 'col', 'row'],
  'data/reference/fact-values.csv': ['fact', 'value', 'label_vi', 'label_en'],
  'data/reference/fact-kinds.csv': ['fact', 'label_vi', 'label_en'],
  'data/reference/target-results.csv': Object.keys(targetResultSchema.shape),
};

/**
 * The tables in data/raw/ that are not a report's figures. Every other CSV there must be
 * `<id>.csv` for a report listed in data/sources.csv: the build reads figures only for the
 * reports listed, so an unlisted file would be ignored without a word.
 */
export const RAW_TABLES = ['exclusions.csv', 'occurrences.csv', 'province-facts.csv', 'province-mentions.csv'];

const split = (s: string | undefined): string[] =>
  s
    ? s
        .split('|')
        .map((x) => x.trim())
        .filter(Boolean)
    : [];

/** Validate CSV records with a zod schema, logging each issue with file, line and column. */
export function validateRecords<T>(
  records: CsvRecord[],
  file: string,
  schema: z.ZodType<T>,
  prepare: (v: Record<string, string>) => unknown,
  log: ErrorLog,
): T[] {
  const out: T[] = [];
  for (const r of records) {
    const res = schema.safeParse(prepare(r.values));
    if (res.success) out.push(res.data);
    else {
      for (const issue of res.error.issues) {
        const column = String(issue.path[0] ?? '');
        log.add({ file, line: r.line, column, value: r.values[column], message: issue.message });
      }
    }
  }
  return out;
}

/**
 * The regions of data/reference/regions.csv, in its order, each with the word one report's figure
 * ids use for it (`<source>.region.<key>.amount`), read off that report's regional funding figures
 * by their geography. The key belongs to the transcription; the regions, their codes and names to
 * the reference table, so no other file keeps a list of them. A region without exactly one such
 * figure stops the build.
 */
export function regionKeys(
  figures: readonly Figure[],
  regions: readonly Region[],
  source: string,
): { key: string; region: Region }[] {
  const id = new RegExp(`^${source.replace(/[.-]/g, '\\$&')}\\.region\\.([a-z0-9-]+)\\.amount$`);
  return regions.map((region) => {
    const keys = figures
      .filter((f) => f.geo_kind === 'region' && f.geo === region.code)
      .map((f) => id.exec(f.id)?.[1])
      .filter((k): k is string => k !== undefined);
    if (keys.length !== 1) {
      throw new Error(
        `regions: ${source} has ${keys.length} figures "${source}.region.<key>.amount" for ${region.code} (data/reference/regions.csv)${keys.length ? ` (${keys.join(', ')})` : ''}; expected one`,
      );
    }
    return { key: keys[0]!, region };
  });
}

export function loadReference(root: string, log: ErrorLog): Reference {
  // Every reference file has a fixed header: an unknown or missing column is an error, never ignored.
  const read = (rel: string) => readCsv(`${root}/${rel}`, rel, REFERENCE_COLUMNS[rel] ?? null, log);
  const provinces = validateRecords(
    read('data/reference/provinces.csv'),
    'data/reference/provinces.csv',
    provinceSchema,
    (v) => ({ ...v, north_28: v.north_28 === 'yes', aliases: split(v.aliases) }),
    log,
  );
  if (provinces.length !== 63 && log.errors.length === 0) {
    log.add({
      file: 'data/reference/provinces.csv',
      line: 1,
      message: `expected 63 provinces, found ${provinces.length}`,
    });
  }
  const regions = validateRecords(
    read('data/reference/regions.csv'),
    'data/reference/regions.csv',
    regionSchema,
    (v) => ({ ...v, aliases: split(v.aliases) }),
    log,
  );
  const organisations: Organisation[] = read('data/reference/organisations.csv').map((r) => ({
    slug: r.values.slug ?? '',
    name_vi: r.values.name_vi ?? '',
    name_en: r.values.name_en ?? '',
    aliases: split(r.values.aliases),
  }));
  const unitEntries = validateRecords(
    read('data/reference/units.csv'),
    'data/reference/units.csv',
    z.object({
      as_written: z.string().min(1),
      kind: z.enum(['money', 'percent', 'count', 'area']),
      exp: z.number().int(),
    }),
    (v) => ({ ...v, exp: Number(v.exp) }),
    log,
  ) as UnitEntry[];
  const sourceRecords = read('data/sources.csv');
  const sources = validateRecords(
    sourceRecords,
    'data/sources.csv',
    sourceSchema,
    (v) => ({ ...v, period_start: Number(v.period_start), period_end: Number(v.period_end) }),
    log,
  );
  for (const r of sourceRecords) {
    const v = r.values;
    if (v.id && !existsSync(`${root}/data/raw/${v.id}.csv`)) {
      log.add({
        file: 'data/sources.csv',
        line: r.line,
        column: 'id',
        value: v.id,
        message: `the report's figures, data/raw/${v.id}.csv, are missing (an empty file with the header says it states none)`,
      });
    }
    if (Number(v.period_end) < Number(v.period_start)) {
      log.add({
        file: 'data/sources.csv',
        line: r.line,
        column: 'period_end',
        value: v.period_end,
        message: `period ends (${v.period_end}) before it starts (${v.period_start})`,
      });
    }
    // The report texts live in the project (data/sources/); the digest proves each is the copy
    // the figures were transcribed from. The build never reads anything outside the project.
    if (/^[0-9a-f]{64}$/.test(v.sha256 ?? '')) {
      let digest = '';
      try {
        digest = createHash('sha256')
          .update(readFileSync(`${root}/data/sources/${v.id}.txt`))
          .digest('hex');
      } catch {
        log.add({
          file: 'data/sources.csv',
          line: r.line,
          column: 'id',
          value: v.id,
          message: `report text data/sources/${v.id}.txt is missing`,
        });
        continue;
      }
      if (digest !== v.sha256) {
        log.add({
          file: 'data/sources.csv',
          line: r.line,
          column: 'sha256',
          value: v.sha256,
          message: `does not match data/sources/${v.id}.txt (its SHA-256 is ${digest})`,
        });
      }
    }
  }
  const listed = new Set(sourceRecords.map((r) => `${r.values.id}.csv`));
  for (const name of readdirSync(`${root}/data/raw`).sort()) {
    if (name.endsWith('.csv') && !listed.has(name) && !RAW_TABLES.includes(name)) {
      log.add({
        file: `data/raw/${name}`,
        line: 1,
        message: `no report "${name.slice(0, -4)}" in data/sources.csv, and not one of the tables ${RAW_TABLES.join(', ')}: the build would ignore it (add its report to data/sources.csv, or remove the file)`,
      });
    }
  }
  const metricRecords = read('data/metrics.csv');
  const metrics = validateRecords(metricRecords, 'data/metrics.csv', metricSchema, (v) => v, log);
  for (const r of metricRecords) {
    const { status, same_as: sameAs } = r.values;
    if (status === 'retired') {
      const target = metricRecords.find((x) => x.values.metric === sameAs);
      if (target?.values.status !== 'active') {
        log.add({
          file: 'data/metrics.csv',
          line: r.line,
          column: 'same_as',
          value: sameAs,
          message: 'a retired key must name the active key that measures the same quantity',
        });
      }
    } else if (sameAs) {
      log.add({
        file: 'data/metrics.csv',
        line: r.line,
        column: 'same_as',
        value: sameAs,
        message: 'only a retired key names an equivalent: two active keys for one quantity are not allowed',
      });
    }
  }
  const glossary = read('data/reference/glossary.csv').map((r) => r.values);
  const readGrid = (rel: string) =>
    read(rel).map((r) => ({ slug: r.values.slug ?? '', col: Number(r.values.col), row: Number(r.values.row) }));
  const tileGrid = readGrid('data/reference/tile-grid.csv');
  const tileGrid2025 = readGrid('data/reference/tile-grid-2025.csv');
  const factValues = validateRecords(
    read('data/reference/fact-values.csv'),
    'data/reference/fact-values.csv',
    z.object({
      fact: z.string().min(1),
      value: z.string().min(1),
      label_vi: z.string().min(1),
      label_en: z.string().min(1),
    }),
    (v) => v,
    log,
  );
  const factKinds = validateRecords(
    read('data/reference/fact-kinds.csv'),
    'data/reference/fact-kinds.csv',
    factKindSchema,
    (v) => v,
    log,
  );
  const targetRecords = read('data/reference/target-results.csv');
  const targetResults: TargetResult[] = [];
  for (const r of targetRecords) {
    const [row] = validateRecords([r], 'data/reference/target-results.csv', targetResultSchema, (v) => v, log);
    if (row) targetResults.push({ ...row, line: r.line });
  }
  const dupes = (items: string[], file: string) => {
    const seen = new Set<string>();
    for (const i of items) {
      if (seen.has(i)) log.add({ file, line: 0, value: i, message: 'duplicate key' });
      seen.add(i);
    }
  };
  dupes(
    metrics.map((m) => m.metric),
    'data/metrics.csv',
  );
  // Each cartogram must place every unit exactly once, one unit per cell: the 63 provinces,
  // and the 34 units of 2025 (the distinct merged_2025_slug values).
  const checkGrid = (file: string, grid: typeof tileGrid, slugs: Set<string>, what: string) => {
    const cells = new Set<string>();
    for (const [i, t] of grid.entries()) {
      const line = i + 2;
      if (!slugs.has(t.slug)) log.add({ file, line, column: 'slug', value: t.slug, message: `unknown ${what} slug` });
      if (!Number.isInteger(t.col) || !Number.isInteger(t.row) || t.col < 0 || t.row < 0)
        log.add({ file, line, message: 'col and row must be whole numbers ≥ 0' });
      const cell = `${t.col},${t.row}`;
      if (cells.has(cell)) log.add({ file, line, value: cell, message: `two ${what}s on one cell` });
      cells.add(cell);
    }
    dupes(
      grid.map((t) => t.slug),
      file,
    );
    if (grid.length !== slugs.size)
      log.add({ file, line: 0, message: `${grid.length} tiles for ${slugs.size} ${what}s` });
  };
  checkGrid('data/reference/tile-grid.csv', tileGrid, new Set(provinces.map((p) => p.slug)), 'province');
  checkGrid(
    'data/reference/tile-grid-2025.csv',
    tileGrid2025,
    new Set(provinces.map((p) => p.merged_2025_slug)),
    'unit',
  );
  dupes(
    glossary.map((g) => g.term ?? ''),
    'data/reference/glossary.csv',
  );
  dupes(
    sources.map((s) => s.id),
    'data/sources.csv',
  );
  return {
    provinces,
    regions,
    organisations,
    sources,
    metrics,
    factKinds,
    factValues,
    glossary,
    tileGrid,
    tileGrid2025,
    targetResults,
    units: new UnitTable(unitEntries),
    gazetteer: new Gazetteer(provinces, regions, organisations),
  };
}
