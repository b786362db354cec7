/**
 * The one door pages use to reach the data: typed arrays from the content collections, loaded
 * once per build. Also the small lookups every page needs (figure by id, region of a province).
 */
import { getCollection } from 'astro:content';
import type {
  DataNote,
  Figure,
  Metric,
  Province,
  ProvinceFact,
  ProvinceMention,
  Region,
  Source,
  SourceText,
} from './schema.ts';
import { topicOf, type TopicRow } from './topics.ts';

export interface SiteData {
  figures: Figure[];
  fig: (id: string) => Figure;
  facts: ProvinceFact[];
  notes: DataNote[];
  sources: Source[];
  source: (id: string) => Source;
  metrics: Map<string, Metric>;
  provinces: Province[];
  province: (slug: string) => Province;
  regions: Region[];
  region: (code: string) => Region;
  factKinds: Map<string, { label_vi: string; label_en: string }>;
  exclusions: { id: string; reason_vi: string; reason_en: string }[];
  topics: TopicRow[];
  /** What pages group a figure by (its metric's topic, data/reference/topics.csv). */
  topic: (f: Pick<Figure, 'metric'>) => string;
  /** Each report's text, for its reader page. */
  sourceText: (id: string) => SourceText;
  /** Provinces named inside lists of the reports. */
  mentions: ProvinceMention[];
  /** Each stated target beside the earlier result of the same quantity ('' when none), with the reason or caveat. */
  targetResults: { target_id: string; result_id: string; note_vi: string; note_en: string }[];
}

let cache: Promise<SiteData> | undefined;

async function load(): Promise<SiteData> {
  const figures = (await getCollection('figures')).map((e) => e.data);
  const byId = new Map(figures.map((f) => [f.id, f]));
  const sources = (await getCollection('sources')).map((e) => e.data);
  const provinces = (await getCollection('provinces')).map((e) => e.data);
  const regions = (await getCollection('regions')).map((e) => e.data);
  const topics = (await getCollection('topics')).map((e) => e.data);
  const need =
    <T>(m: Map<string, T>, what: string) =>
    (k: string): T => {
      const v = m.get(k);
      if (!v) throw new Error(`unknown ${what} "${k}"`);
      return v;
    };
  return {
    figures,
    fig: need(byId, 'figure id'),
    facts: (await getCollection('facts')).map((e) => e.data),
    notes: (await getCollection('notes')).map((e) => e.data),
    sources,
    source: need(new Map(sources.map((s) => [s.id, s])), 'source'),
    metrics: new Map((await getCollection('metrics')).map((e) => [e.data.metric, e.data])),
    provinces,
    province: need(new Map(provinces.map((p) => [p.slug, p])), 'province'),
    regions,
    region: need(new Map(regions.map((r) => [r.code, r])), 'region'),
    factKinds: new Map((await getCollection('factKinds')).map((e) => [e.data.fact, e.data])),
    exclusions: (await getCollection('exclusions')).map((e) => e.data),
    topics,
    topic: (f) => topicOf(f.metric, topics),
    sourceText: need(new Map((await getCollection('sourceTexts')).map((e) => [e.data.source, e.data])), 'source text'),
    mentions: (await getCollection('mentions')).map((e) => e.data),
    targetResults: (await getCollection('targetResults')).map((e) => e.data),
  };
}

export function siteData(): Promise<SiteData> {
  cache ??= load();
  return cache;
}
