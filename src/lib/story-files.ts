/**
 * Stories on disk: `src/content/stories/{vi,en}/<key>.md`, YAML frontmatter validated with zod,
 * a Markdown body. Read by the `stories` content collection (src/content.config.ts) and by the
 * tests; the body keeps its first line number so that an error inside it can name
 * `src/content/stories/vi/results.md:14:22`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

export const STORY_LANGS = ['vi', 'en'] as const;

export const storyFrontmatterSchema = z.strictObject({
  /** Stable key shared by the vi and en twins, and the file's name: `results`, `region-DBSH`. */
  key: z.string().regex(/^[A-Za-z0-9_-]+$/),
  /** The story's headline (the page's h1 when it leads a page, a section h2 otherwise). */
  title: z.string().min(1),
  /** One sentence for the lede, cards, previews and search. */
  summary: z.string().min(1),
  /** The page kind it belongs to, a key of the route table (src/lib/routes.ts). */
  page: z.string().min(1),
  /** The page's parameter when the kind has one (`DBSH` for a region, `tra-vinh` for a province). */
  param: z.string().optional(),
  /** Place among the page's stories: 0 leads, sections follow in this order. */
  order: z.number().int().min(0).default(0),
  /** Key-figure cards the page shows with the story: a figure id and a caption in our words. */
  cards: z.array(z.strictObject({ fig: z.string().min(1), caption: z.string().min(1) })).default([]),
});

export const storySchema = z.object({
  ...storyFrontmatterSchema.shape,
  lang: z.enum(STORY_LANGS),
  body: z.string(),
  /** Path from the project root, for error messages. */
  file: z.string(),
  /** Line of the file on which the body starts (1-based). */
  bodyLine: z.number().int().min(1),
});
export type Story = z.infer<typeof storySchema>;

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** One story file's text → a Story; bad frontmatter names the file and the field. */
export function parseStoryFile(text: string, file: string, lang: (typeof STORY_LANGS)[number]): Story {
  const m = FRONTMATTER.exec(text);
  if (!m) throw new Error(`${file}:1:1: a story starts with a frontmatter block between two --- lines`);
  let raw: unknown;
  try {
    raw = parseYaml(m[1]!);
  } catch (e) {
    throw new Error(`${file}: frontmatter is not valid YAML: ${(e as Error).message}`);
  }
  const parsed = storyFrontmatterSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(frontmatter)'}: ${i.message}`).join('; ');
    throw new Error(`${file}: frontmatter: ${issues}`);
  }
  const expectedKey = file.replace(/^.*\//, '').replace(/\.md$/, '');
  if (parsed.data.key !== expectedKey)
    throw new Error(`${file}: frontmatter key "${parsed.data.key}" must match the file name "${expectedKey}"`);
  const bodyLine = m[0].split('\n').length - (m[0].endsWith('\n') ? 1 : 0) + 1;
  return { ...parsed.data, lang, body: text.slice(m[0].length), file, bodyLine };
}

/** Every story under `dir` (absolute), with paths in messages relative to `root`. */
export function readStories(dir: string, root: string): Story[] {
  const out: Story[] = [];
  for (const lang of STORY_LANGS) {
    let names: string[] = [];
    try {
      names = readdirSync(join(dir, lang))
        .filter((n) => n.endsWith('.md'))
        .sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const abs = join(dir, lang, name);
      out.push(parseStoryFile(readFileSync(abs, 'utf8'), relative(root, abs), lang));
    }
  }
  return out;
}
