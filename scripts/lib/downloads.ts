/**
 * The public downloads (dist/data/): CSV and JSON of every table, and a Frictionless Data
 * Package that describes each file and field. Field descriptions come from the zod schemas'
 * `.describe()` so the documentation cannot drift from the validation.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { z } from 'zod';
import { toCsv } from '../../src/lib/csv.ts';
import { countWords } from '../../src/lib/format.ts';
import type { PipelineResult } from './pipeline.ts';
import {
  dataNoteSchema,
  figureSchema,
  metricSchema,
  provinceFactSchema,
  provinceSchema,
  sourceSchema,
} from '../../src/lib/schema.ts';
import { CROSSWALK_COLUMNS, LEGAL_SOURCE, crosswalkRows } from '../../src/lib/units-2025.ts';

/** The sign rule, stated once for figures.csv, metrics.csv and datapackage.json. */
export const SIGN_RULE =
  'Sign rule: a metric whose sign_rule is "signed" (changes, growth rates) records the direction the report\'s wording gives in the column sign ("-" for "thấp hơn", "giảm"; "+" for "tăng", "cao hơn"), and value is as_written made negative when sign is "-" (as_written "1,07" with sign "-" has value -1.07). Every other metric is non-negative and its sign is empty.';

export const LICENSE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
};

type Shape = Record<string, z.ZodType>;
function frictionlessType(t: z.ZodType): string {
  const def = (t as unknown as { def: { type: string; innerType?: z.ZodType } }).def;
  switch (def.type) {
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return 'string';
    case 'nullable':
    case 'optional':
      return frictionlessType(def.innerType!);
    default:
      return 'string';
  }
}
function fieldsOf(shape: Shape) {
  return Object.entries(shape).map(([name, t]) => ({
    name,
    type: name === 'period_start' || name === 'period_end' || name === 'line' ? 'integer' : frictionlessType(t),
    description: t.description ?? '',
  }));
}

export function writeDownloads(r: PipelineResult, dir: string): void {
  mkdirSync(dir, { recursive: true });
  // "five reports" today; a sixth report (data/sources.csv) changes the words with it.
  const reports = countWords(r.ref.sources.length, 'en');
  const resources: object[] = [];
  const table = (
    name: string,
    title: string,
    description: string,
    rows: readonly Record<string, unknown>[],
    shape: Shape,
  ) => {
    const columns = Object.keys(shape);
    writeFileSync(`${dir}/${name}.csv`, toCsv(rows, columns));
    resources.push({
      name,
      path: `${name}.csv`,
      title,
      description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {
        fields: fieldsOf(shape),
        primaryKey: name === 'provinces' ? 'slug' : name === 'metrics' ? 'metric' : 'id',
      },
    });
  };
  table(
    'figures',
    'Figures',
    `Every figure the ${reports} reports state, one row each, with its source and locator; derived rows are computed from them and marked. ` +
      SIGN_RULE,
    r.figures,
    figureSchema.shape,
  );
  // Document every metric key and sign in the package itself: the allowed values of the columns.
  const figureFields = (
    resources[resources.length - 1] as {
      schema: { fields: { name: string; constraints?: object; description: string }[] };
    }
  ).schema.fields;
  const active = r.ref.metrics.filter((m) => m.status === 'active');
  for (const field of figureFields) {
    if (field.name === 'metric') {
      field.constraints = { enum: active.map((m) => m.metric) };
      field.description +=
        '. One key per real-world quantity: ' +
        active.map((m) => `${m.metric} (${m.kind}, ${m.unit}, ${m.sign_rule}): ${m.description}`).join('; ');
    }
    if (field.name === 'sign') field.constraints = { enum: ['', '+', '-'] };
  }
  writeFileSync(`${dir}/figures.json`, JSON.stringify(r.figures, null, 1) + '\n');
  resources.push({
    name: 'figures-json',
    path: 'figures.json',
    title: 'Figures (JSON)',
    format: 'json',
    mediatype: 'application/json',
    description: 'The same rows as figures.csv, as a JSON array.',
  });
  table(
    'province-facts',
    'Province facts',
    'Categorical facts about provinces and their khuyến công centres.',
    r.facts,
    provinceFactSchema.shape,
  );
  table(
    'provinces',
    'Provinces',
    'The 63 provinces (2008–2025) with regions, aliases and the unit each joined in 2025. Aliases are separated by |.',
    r.ref.provinces,
    provinceSchema.shape,
  );
  table('sources', 'Sources', `The ${reports} reports the figures come from.`, r.ref.sources, sourceSchema.shape);
  table(
    'metrics',
    'Metrics',
    'Catalogue of metric keys: one key per real-world quantity, with its kind, base unit, sign rule, what it counts and how it differs from its neighbours. Retired keys are kept with the key that replaced them. ' +
      SIGN_RULE,
    r.ref.metrics,
    metricSchema.shape,
  );
  table(
    'data-notes',
    'Data notes',
    'Cross-checks of the reports by category (parts and wholes, recomputed averages and shares, period lengths, the same quantity twice, claims about all, named lists, rankings), each agrees, differs or cannot-be-checked. ids are separated by |; explanations cite figures as {fig:ID}.',
    r.notes,
    dataNoteSchema.shape,
  );
  writeFileSync(`${dir}/provinces-2025.csv`, toCsv(crosswalkRows(r.ref.provinces), [...CROSSWALK_COLUMNS]));
  resources.push({
    name: 'provinces-2025',
    path: 'provinces-2025.csv',
    title: 'Provinces 2008–2025 → units since 1 July 2025',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    description: `Crosswalk from the 63 provinces to the 34 provincial units that replaced them. Legal source: ${LEGAL_SOURCE.en}.`,
    schema: {
      primaryKey: 'old_code',
      fields: [
        {
          name: 'old_code',
          type: 'string',
          description: 'GSO two-digit code of the former province (join post-2025 data by new_slug, not by code)',
        },
        { name: 'old_slug', type: 'string', description: 'URL slug of the former province, as in provinces.csv' },
        { name: 'old_name_vi', type: 'string', description: 'Name of the former province in Vietnamese' },
        { name: 'old_name_en', type: 'string', description: 'Name of the former province in English' },
        { name: 'new_slug', type: 'string', description: 'URL slug of the unit it belongs to since 1 July 2025' },
        { name: 'new_name_vi', type: 'string', description: 'Name of that unit in Vietnamese' },
        { name: 'new_name_en', type: 'string', description: 'Name of that unit in English' },
        { name: 'legal_source', type: 'string', description: 'The act that made the reorganisation' },
      ],
    },
  });
  writeFileSync(`${dir}/exclusions.csv`, toCsv(r.exclusions, ['id', 'reason_vi', 'reason_en']));
  resources.push({
    name: 'exclusions',
    path: 'exclusions.csv',
    title: 'Exclusions',
    format: 'csv',
    mediatype: 'text/csv',
    description: 'Transcribed rows left out of figures.csv because the figure cannot be read, with the reason.',
    schema: {
      fields: [
        { name: 'id', type: 'string', description: 'Row id' },
        { name: 'reason_vi', type: 'string', description: 'Why it is left out, in Vietnamese' },
        { name: 'reason_en', type: 'string', description: 'Why it is left out, in English' },
      ],
    },
  });
  const pkg = {
    profile: 'tabular-data-package',
    name: 'khuyen-cong-vietnam',
    title: `Khuyến công (industrial extension) in Vietnam, 2013–2022: figures from ${reports} reports`,
    description:
      'Figures transcribed from Ministry of Industry and Trade and provincial reports on Vietnam’s khuyến công programme, normalised to base units, with a locator for each. ' +
      SIGN_RULE,
    licenses: [LICENSE],
    sources: r.ref.sources.map((s) => ({ title: s.title_en, path: '', description: `${s.issuer_en}, ${s.date}` })),
    resources,
  };
  writeFileSync(`${dir}/datapackage.json`, JSON.stringify(pkg, null, 2) + '\n');
}
