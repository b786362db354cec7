/**
 * The one door pages use to reach the data: typed arrays from the content collections, loaded
 * once per build. Also the small lookups every page needs (figure by id, region of a province).
 */
import { getCollection } from 'astro:content';
import type { DataNote, Figure, Metric, Province, ProvinceFact, Region, Source } from './schema.ts';

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
  exclusions: { id: string; reason: string }[];
}

let cache: Promise<SiteData> | undefined;

async function load(): Promise<SiteData> {
  const data = async <C extends Parameters<typeof getCollection>[0]>(c: C) => (await getCollection(c)).map((e) => e.data);
  const figures = (await data('figures')) as Figure[];
  const byId = new Map(figures.map((f) => [f.id, f]));
  const sources = (await data('sources')) as Source[];
  const provinces = (await data('provinces')) as Province[];
  const regions = (await data('regions')) as Region[];
  const need = <T>(m: Map<string, T>, what: string) => (k: string): T => {
    const v = m.get(k);
    if (!v) throw new Error(`unknown ${what} "${k}"`);
    return v;
  };
  return {
    figures,
    fig: need(byId, 'figure id'),
    facts: (await data('facts')) as ProvinceFact[],
    notes: (await data('notes')) as DataNote[],
    sources,
    source: need(new Map(sources.map((s) => [s.id, s])), 'source'),
    metrics: new Map(((await data('metrics')) as Metric[]).map((m) => [m.metric, m])),
    provinces,
    province: need(new Map(provinces.map((p) => [p.slug, p])), 'province'),
    regions,
    region: need(new Map(regions.map((r) => [r.code, r])), 'region'),
    factKinds: new Map(((await data('factKinds')) as { fact: string; label_vi: string; label_en: string }[]).map((k) => [k.fact, k])),
    exclusions: (await data('exclusions')) as { id: string; reason: string }[],
  };
}

export function siteData(): Promise<SiteData> {
  cache ??= load();
  return cache;
}
