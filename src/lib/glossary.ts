/** The glossary (data/reference/glossary.csv, copied to JSON by the pipeline), validated. */
import { z } from 'zod';
import raw from '../../data/generated/glossary.json';

export const glossaryEntrySchema = z.object({
  term: z.string().min(1),
  slug: z.string().regex(/^[a-z0-9-]+$/),
  expansion_vi: z.string(),
  expansion_en: z.string(),
  definition_vi: z.string(),
  definition_en: z.string(),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
let cache: GlossaryEntry[] | undefined;
export function glossary(): GlossaryEntry[] {
  cache ??= glossaryEntrySchema.array().parse(raw);
  return cache;
}
