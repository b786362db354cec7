/**
 * Every URL of the site, in both languages, in one place. URLs are short and speakable, and once
 * published they keep working (DESIGN.md). Vietnamese at the root, English under /en/.
 */
import type { Lang } from './format.ts';

type PageKey =
  | 'home' | 'results' | 'programme' | 'regions' | 'region' | 'provinces' | 'province' | 'sources' | 'source' | 'sourceText'
  | 'data' | 'notes' | 'glossary' | 'methodology' | 'search' | 'chart' | 'embed' | 'present' | 'north' | 'tra-vinh'
  | 'units2025' | 'unit2025' | 'figures';

const VI: Record<PageKey, string> = {
  home: '/', results: '/ket-qua-2013-2022/', programme: '/chuong-trinh-2014-2020/', regions: '/vung/', region: '/vung/:p/',
  provinces: '/tinh/', province: '/tinh/:p/', sources: '/nguon/', source: '/nguon/:p/', sourceText: '/nguon/:p/van-ban/', data: '/du-lieu/', notes: '/ghi-chu-du-lieu/',
  glossary: '/thuat-ngu/', methodology: '/phuong-phap/', search: '/tim-kiem/', chart: '/bieu-do/:p/', embed: '/embed/:p/',
  present: '/trinh-chieu/', north: '/vung/phia-bac-2022-2023/', 'tra-vinh': '/tinh/tra-vinh/', figures: '/tra-cuu/',
  units2025: '/tinh-2025/', unit2025: '/tinh-2025/:p/',
};
const EN: Record<PageKey, string> = {
  home: '/en/', results: '/en/results-2013-2022/', programme: '/en/programme-2014-2020/', regions: '/en/regions/', region: '/en/regions/:p/',
  provinces: '/en/provinces/', province: '/en/provinces/:p/', sources: '/en/sources/', source: '/en/sources/:p/', sourceText: '/en/sources/:p/text/', data: '/en/data/',
  notes: '/en/data-notes/', glossary: '/en/glossary/', methodology: '/en/methodology/', search: '/en/search/', chart: '/en/charts/:p/',
  embed: '/en/embed/:p/', present: '/en/present/', north: '/en/regions/north-2022-2023/', 'tra-vinh': '/en/provinces/tra-vinh/', figures: '/en/figures/',
  units2025: '/en/provinces-2025/', unit2025: '/en/provinces-2025/:p/',
};

export function path(lang: Lang, key: PageKey, param?: string): string {
  const pattern = (lang === 'vi' ? VI : EN)[key];
  if (pattern.includes(':p') && !param) throw new Error(`route ${key} needs a parameter`);
  return param ? pattern.replace(':p', param) : pattern;
}

/** Regions use their code in lowercase with hyphens in URLs: /vung/dbsh/. */
export const regionParam = (code: string) => code.toLowerCase().replace('_', '-');

/** The anchor of a figure's characters on its report's reader page (scripts/lib/reader.ts places them). */
export const figureAnchor = (id: string) => `f-${id}`;
/** The anchor of a figure's entry (id, value, unit, period, status, notes) on the reader page. */
export const entryAnchor = (id: string) => `e-${id}`;

/**
 * Where a number leads when a reader clicks it: the one place that decides, so that narratives,
 * key-figure cards, tables and profiles all link the same way. A transcribed figure leads to its
 * sentence: the report's reader page, on the figure's characters, highlighted (:target). A
 * derived figure has no sentence: it leads to its row on its report's page, where the formula
 * lists each input linked to that input's sentence.
 */
export function figureHref(lang: Lang, f: { id: string; source: string; derived: boolean }): string {
  if (f.derived) return `${path(lang, 'source', f.source)}#${encodeURIComponent(f.id)}`;
  return `${path(lang, 'sourceText', f.source)}#${encodeURIComponent(figureAnchor(f.id))}`;
}

/** A line of a report on its reader page (facts, mentions: what is not a figure). */
export function lineHref(lang: Lang, source: string, line: number): string {
  return `${path(lang, 'sourceText', source)}#L${line}`;
}

/**
 * The same page in the other language, for any page path (the sitemap's alternates): a fixed
 * route maps to its counterpart, a route with a parameter keeps the parameter and any sub-path
 * (a chart's view page /bieu-do/<id>/<view>/). Undefined for paths outside the route table.
 */
export function otherLanguagePath(pathname: string): string | undefined {
  const [from, to] = pathname.startsWith('/en/') ? [EN, VI] : [VI, EN];
  const keys = Object.keys(from) as PageKey[];
  const fixed = keys.find((k) => !from[k].includes(':p') && from[k] === pathname);
  if (fixed) return to[fixed];
  // The most specific pattern first: /nguon/:p/van-ban/ before /nguon/:p/ (whose sub-paths are chart-view-like).
  for (const k of keys.filter((k) => from[k].includes(':p')).sort((a, b) => from[b].length - from[a].length)) {
    const [head, tail] = from[k].split(':p') as [string, string];
    if (!pathname.startsWith(head) || pathname.length <= head.length) continue;
    const rest = pathname.slice(head.length);
    const param = rest.slice(0, rest.indexOf('/'));
    if (!param || !rest.startsWith(param + tail)) continue;
    return to[k].replace(':p', param) + rest.slice(param.length + tail.length);
  }
  return undefined;
}
