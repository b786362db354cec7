/**
 * Astro content collections over data/generated/ (written by scripts/build-data.ts), validated
 * again with the very schemas the pipeline used: a page can only see data that passed them.
 */
import { defineCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { z } from 'zod';
import {
  dataNoteSchema,
  figureSchema,
  metricSchema,
  provinceFactSchema,
  provinceMentionSchema,
  provinceSchema,
  regionSchema,
  sourceSchema,
  sourceTextSchema,
} from './lib/schema.ts';
import { readStories, storySchema } from './lib/story-files.ts';
import { topicSchema } from './lib/topics.ts';

const generated = (name: string): Record<string, unknown>[] => {
  try {
    return JSON.parse(readFileSync(new URL(`../data/generated/${name}.json`, import.meta.url), 'utf8'));
  } catch {
    throw new Error(`data/generated/${name}.json is missing: run \`npm run data\` (npm run build does it)`);
  }
};
const withId = (name: string, key: string) => async () => generated(name).map((r) => ({ ...r, id: String(r[key]) }));

const ROOT = new URL('../', import.meta.url).pathname;

/** A small reference table read here until the pipeline emits it (it has no numbers to normalise). */
const referenceCsv = (name: string) => async () => {
  const text = readFileSync(new URL(`../data/reference/${name}.csv`, import.meta.url), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length)
    throw new Error(`data/reference/${name}.csv:${(parsed.errors[0]!.row ?? 0) + 2}: ${parsed.errors[0]!.message}`);
  return parsed.data.map((r, i) => ({ ...r, id: String(i + 2) }));
};

export const collections = {
  /** The prose: src/content/stories/{vi,en}/<key>.md (src/lib/story-files.ts). */
  stories: defineCollection({
    loader: async () =>
      readStories(`${ROOT}src/content/stories`, ROOT).map((s) => ({ ...s, id: `${s.lang}/${s.key}` })),
    schema: storySchema,
  }),
  topics: defineCollection({ loader: referenceCsv('topics'), schema: topicSchema }),
  figures: defineCollection({ loader: withId('figures', 'id'), schema: figureSchema }),
  facts: defineCollection({ loader: withId('province-facts', 'id'), schema: provinceFactSchema }),
  notes: defineCollection({ loader: withId('data-notes', 'id'), schema: dataNoteSchema }),
  sources: defineCollection({ loader: withId('sources', 'id'), schema: sourceSchema }),
  metrics: defineCollection({ loader: withId('metrics', 'metric'), schema: metricSchema }),
  provinces: defineCollection({ loader: withId('provinces', 'slug'), schema: provinceSchema }),
  regions: defineCollection({ loader: withId('regions', 'code'), schema: regionSchema }),
  factKinds: defineCollection({
    loader: withId('fact-kinds', 'fact'),
    schema: z.object({ fact: z.string(), label_vi: z.string(), label_en: z.string() }),
  }),
  sourceTexts: defineCollection({ loader: withId('source-texts', 'source'), schema: sourceTextSchema }),
  mentions: defineCollection({ loader: withId('province-mentions', 'id'), schema: provinceMentionSchema }),
  /** Each 2021–2025 target beside the earlier result of the same quantity, or none (data/reference/target-results.csv). */
  targetResults: defineCollection({
    loader: withId('target-results', 'target_id'),
    schema: z.object({ target_id: z.string(), result_id: z.string(), note_vi: z.string(), note_en: z.string() }),
  }),
  exclusions: defineCollection({
    loader: withId('exclusions', 'id'),
    schema: z.object({ id: z.string(), reason_vi: z.string(), reason_en: z.string() }),
  }),
};
