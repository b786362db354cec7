/**
 * The stories as pages use them: the `stories` collection by key and language, the stories that
 * belong to a page, and the context a story is rendered with (figures, glossary, charts, counts).
 */
import { getCollection } from 'astro:content';
import { CHARTS } from '../charts/registry.ts';
import { siteData } from './data.ts';
import type { Lang } from './format.ts';
import { glossary } from './glossary.ts';
import type { Story } from './story-files.ts';
import { storyCounts, type StoryContext } from './stories.ts';

let cache: Promise<Story[]> | undefined;
export function allStories(): Promise<Story[]> {
  cache ??= getCollection('stories').then((entries) => entries.map((e) => e.data as Story));
  return cache;
}

/** One story in one language; a missing file names what to create. */
export async function story(key: string, lang: Lang): Promise<Story> {
  const s = (await allStories()).find((x) => x.key === key && x.lang === lang);
  if (!s) throw new Error(`missing story src/content/stories/${lang}/${key}.md`);
  return s;
}

/** The stories that belong to a page (frontmatter `page` and `param`), leading story first. */
export async function pageStories(page: string, lang: Lang, param?: string): Promise<Story[]> {
  return (await allStories())
    .filter((s) => s.lang === lang && s.page === page && s.param === param)
    .sort((a, b) => a.order - b.order);
}

export async function storyContext(): Promise<StoryContext> {
  const d = await siteData();
  const byId = new Map(d.figures.map((f) => [f.id, f]));
  const terms = glossary();
  const topics = new Set(d.topics.map((t) => t.topic));
  const sources = new Set(d.sources.map((s) => s.id));
  const charts = new Set(CHARTS.map((c) => c.id));
  const counts = storyCounts(d);
  return {
    fig: (id) => byId.get(id),
    term: (t) => terms.find((g) => g.term === t),
    hasChart: (id) => charts.has(id),
    hasTopic: (t) => topics.has(t),
    hasSource: (id) => sources.has(id),
    count: (what) => counts[what],
  };
}
