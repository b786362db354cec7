/**
 * Every URL of the site, in both languages, in one place. URLs are short and speakable, and once
 * published they keep working (DESIGN.md). Vietnamese at the root, English under /en/.
 */
import type { Lang } from './format.ts';

export const LANGS = ['vi', 'en'] as const satisfies readonly Lang[];
/** The other language: a page's twin is in it. */
export const twinLang = (lang: Lang): Lang => (lang === 'vi' ? 'en' : 'vi');

export interface RouteDef {
  /** Path patterns; `:p` is the page's parameter (a slug, or `chart-id/view` for chart views). */
  vi: string;
  en: string;
  /** The page kind above it in the breadcrumbs (Home is always first). */
  parent?: string;
}

/**
 * The route table: each page kind once, with its Vietnamese and English path. Page files
 * (src/pages/[...route].astro), twins and hreflang, the language switch, breadcrumbs, the
 * sitemap and share/embed URLs all read it. Adding a URL is adding a line here.
 */
export const ROUTES = {
  home: { vi: '/', en: '/en/' },
  results: { vi: '/ket-qua-2013-2022/', en: '/en/results-2013-2022/', parent: 'home' },
  programme: { vi: '/chuong-trinh-2014-2020/', en: '/en/programme-2014-2020/', parent: 'home' },
  regions: { vi: '/vung/', en: '/en/regions/', parent: 'home' },
  north: { vi: '/vung/phia-bac-2022-2023/', en: '/en/regions/north-2022-2023/', parent: 'regions' },
  region: { vi: '/vung/:p/', en: '/en/regions/:p/', parent: 'regions' },
  provinces: { vi: '/tinh/', en: '/en/provinces/', parent: 'home' },
  province: { vi: '/tinh/:p/', en: '/en/provinces/:p/', parent: 'provinces' },
  sources: { vi: '/nguon/', en: '/en/sources/', parent: 'home' },
  source: { vi: '/nguon/:p/', en: '/en/sources/:p/', parent: 'sources' },
  data: { vi: '/du-lieu/', en: '/en/data/', parent: 'home' },
  notes: { vi: '/ghi-chu-du-lieu/', en: '/en/data-notes/', parent: 'home' },
  glossary: { vi: '/thuat-ngu/', en: '/en/glossary/', parent: 'home' },
  methodology: { vi: '/phuong-phap/', en: '/en/methodology/', parent: 'home' },
  search: { vi: '/tim-kiem/', en: '/en/search/', parent: 'home' },
  figures: { vi: '/tra-cuu/', en: '/en/figures/', parent: 'home' },
  present: { vi: '/trinh-chieu/', en: '/en/present/', parent: 'home' },
  charts: { vi: '/bieu-do/', en: '/en/charts/', parent: 'home' },
  chart: { vi: '/bieu-do/:p/', en: '/en/charts/:p/', parent: 'charts' },
  embed: { vi: '/embed/:p/', en: '/en/embed/:p/' },
  sourceText: { vi: '/nguon/:p/van-ban/', en: '/en/sources/:p/text/', parent: 'source' },
  units2025: { vi: '/tinh-2025/', en: '/en/provinces-2025/', parent: 'provinces' },
  unit2025: { vi: '/tinh-2025/:p/', en: '/en/provinces-2025/:p/', parent: 'units2025' },
} as const satisfies Record<string, RouteDef>;

export type PageKind = keyof typeof ROUTES;
export const PAGE_KINDS = Object.keys(ROUTES) as PageKind[];
export const isPageKind = (k: string): k is PageKind => Object.hasOwn(ROUTES, k);
export const hasParam = (kind: PageKind) => ROUTES[kind].vi.includes(':p');

export function path(lang: Lang, key: PageKind, param?: string): string {
  const pattern = ROUTES[key][lang];
  if (pattern.includes(':p') && !param) throw new Error(`route ${key} needs a parameter`);
  return param ? pattern.replace(':p', param) : pattern;
}

export interface PageRef {
  kind: PageKind;
  lang: Lang;
  param?: string;
}

/** Which page a path is (the reverse of `path`); undefined for a path outside the table. */
export function pageAt(pathname: string): PageRef | undefined {
  const p = pathname.endsWith('/') ? pathname : `${pathname}/`;
  let best: PageRef | undefined;
  let bestFixed = -1;
  for (const kind of PAGE_KINDS) {
    for (const lang of LANGS) {
      const pattern = ROUTES[kind][lang];
      if (!pattern.includes(':p')) {
        if (pattern === p) return { kind, lang };
        continue;
      }
      const [head, tail] = pattern.split(':p') as [string, string];
      // The most specific pattern wins: /nguon/:p/van-ban/ over /nguon/:p/.
      if (
        p.startsWith(head) &&
        p.endsWith(tail) &&
        p.length > head.length + tail.length &&
        head.length + tail.length > bestFixed
      ) {
        best = { kind, lang, param: p.slice(head.length, p.length - tail.length) };
        bestFixed = head.length + tail.length;
      }
    }
  }
  return best;
}

/** The same page in the other language. */
export function twinPath(page: PageRef): string {
  return path(twinLang(page.lang), page.kind, page.param);
}

/** The pages above this one, from Home down (not including the page itself). */
export function ancestors(kind: PageKind): PageKind[] {
  const out: PageKind[] = [];
  let k = (ROUTES[kind] as RouteDef).parent;
  while (k) {
    if (!isPageKind(k)) throw new Error(`route table: parent "${k}" is not a page kind`);
    out.unshift(k);
    k = (ROUTES[k] as RouteDef).parent;
  }
  return out;
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
 * (a chart's view page /bieu-do/<id>/<view>/): the route table's twin. Undefined outside it.
 */
export function otherLanguagePath(pathname: string): string | undefined {
  const page = pageAt(pathname);
  return page ? twinPath(page) : undefined;
}
