/**
 * schema.org descriptions (JSON-LD) for search engines and dataset catalogues, typed with
 * schema-dts: a Dataset for the downloads page and for each report's figures, an Article for
 * story pages, a BreadcrumbList wherever there are breadcrumbs. Every URL is absolute on the
 * public address (SITE_URL).
 */
import type {
  Article,
  BreadcrumbList,
  CreativeWork,
  DataDownload,
  Dataset,
  Organization,
  WithContext,
} from 'schema-dts';
import type { Lang } from './format.ts';
import { SITE, T } from './i18n.ts';
import { path } from './routes.ts';
import { CSV_MEDIA_TYPE } from './csv.ts';

export const LICENCE = 'https://creativecommons.org/licenses/by/4.0/';
const FORMAT: Record<string, string> = { csv: CSV_MEDIA_TYPE, json: 'application/json' };

/** Who made the datasets: the project itself. */
export function publisher(lang: Lang, site: URL | string): Organization {
  return { '@type': 'Organization', name: SITE[lang].name, url: new URL(path(lang, 'home'), site).href };
}

export function download(file: string, site: URL | string, description?: string): DataDownload {
  const ext = file.slice(file.lastIndexOf('.') + 1);
  const encodingFormat = FORMAT[ext];
  if (!encodingFormat) throw new Error(`jsonld: no media type known for download ${file}`);
  return {
    '@type': 'DataDownload',
    name: file,
    contentUrl: new URL(`/data/${file}`, site).href,
    encodingFormat,
    ...(description ? { description } : {}),
  };
}

export function dataset(o: {
  lang: Lang;
  site: URL | string;
  url: string;
  name: string;
  description: string;
  temporalCoverage: string;
  downloads: DataDownload[];
  isBasedOn?: CreativeWork[];
  keywords?: string[];
}): WithContext<Dataset> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: o.name,
    description: o.description,
    url: new URL(o.url, o.site).href,
    inLanguage: o.lang,
    license: LICENCE,
    isAccessibleForFree: true,
    creator: publisher(o.lang, o.site),
    publisher: publisher(o.lang, o.site),
    temporalCoverage: o.temporalCoverage,
    spatialCoverage: {
      '@type': 'Place',
      name: T[o.lang].country,
      address: { '@type': 'PostalAddress', addressCountry: 'VN' },
    },
    distribution: o.downloads,
    ...(o.keywords ? { keywords: o.keywords } : {}),
    ...(o.isBasedOn ? { isBasedOn: o.isBasedOn } : {}),
  };
}

export function article(o: {
  lang: Lang;
  site: URL | string;
  url: string;
  headline: string;
  description: string;
  image?: string;
}): WithContext<Article> {
  const url = new URL(o.url, o.site).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: o.headline,
    description: o.description,
    url,
    mainEntityOfPage: url,
    inLanguage: o.lang,
    author: publisher(o.lang, o.site),
    publisher: publisher(o.lang, o.site),
    license: LICENCE,
    ...(o.image ? { image: new URL(o.image, o.site).href } : {}),
  };
}

export function breadcrumbs(site: URL | string, items: [href: string, name: string][]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map(([href, name], i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name,
      item: new URL(href, site).href,
    })),
  };
}

/**
 * The text inside <script type="application/ld+json">. JSON.stringify leaves `<` as is, so
 * "</script>" in a title would end the block early: every `<` becomes \u003c (same JSON value).
 */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
