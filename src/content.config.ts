/**
 * Astro content collections over data/generated/ (written by scripts/build-data.ts), validated
 * again with the very schemas the pipeline used: a page can only see data that passed them.
 */
import { defineCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  dataNoteSchema, figureSchema, metricSchema, provinceFactSchema, provinceMentionSchema, provinceSchema, regionSchema, sourceSchema, sourceTextSchema,
} from './lib/schema.ts';

const generated = (name: string): Record<string, unknown>[] => {
  try {
    return JSON.parse(readFileSync(new URL(`../data/generated/${name}.json`, import.meta.url), 'utf8'));
  } catch {
    throw new Error(`data/generated/${name}.json is missing: run \`npm run data\` (npm run build does it)`);
  }
};
const withId = (name: string, key: string) => async () => generated(name).map((r) => ({ ...r, id: String(r[key]) }));

export const collections = {
  figures: defineCollection({ loader: withId('figures', 'id'), schema: figureSchema }),
  facts: defineCollection({ loader: withId('province-facts', 'id'), schema: provinceFactSchema }),
  notes: defineCollection({ loader: withId('data-notes', 'id'), schema: dataNoteSchema }),
  sources: defineCollection({ loader: withId('sources', 'id'), schema: sourceSchema }),
  metrics: defineCollection({ loader: withId('metrics', 'metric'), schema: metricSchema }),
  provinces: defineCollection({ loader: withId('provinces', 'slug'), schema: provinceSchema }),
  regions: defineCollection({ loader: withId('regions', 'code'), schema: regionSchema }),
  factKinds: defineCollection({ loader: withId('fact-kinds', 'fact'), schema: z.object({ fact: z.string(), label_vi: z.string(), label_en: z.string() }) }),
  sourceTexts: defineCollection({ loader: withId('source-texts', 'source'), schema: sourceTextSchema }),
  mentions: defineCollection({ loader: withId('province-mentions', 'id'), schema: provinceMentionSchema }),
  exclusions: defineCollection({ loader: withId('exclusions', 'id'), schema: z.object({ id: z.string(), reason: z.string() }) }),
};
