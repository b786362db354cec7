/**
 * Builds each chart once per language per build, twice over: drawn for a desktop column and for
 * a phone, so text stays readable at 375 px. Pages share the result.
 */
import { chartDef, NARROW, WIDE, type ChartModel } from '../charts/registry.ts';
import { siteData } from './data.ts';
import type { Lang } from './format.ts';

const cache = new Map<string, ChartModel>();
export async function chart(id: string, lang: Lang): Promise<ChartModel> {
  const key = `${id}:${lang}`;
  if (!cache.has(key)) {
    const d = await siteData();
    const wide = chartDef(id).build(d, lang, WIDE);
    const narrow = chartDef(id).build(d, lang, NARROW);
    cache.set(key, { ...wide, views: wide.views.map((v, i) => ({ ...v, svgNarrow: narrow.views[i]!.svg })) });
  }
  return cache.get(key)!;
}
