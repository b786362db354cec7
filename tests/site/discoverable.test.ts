/**
 * What search engines and dataset catalogues read: sitemap (vi/en alternates), robots.txt and
 * every schema.org JSON-LD block in dist/ (types, required properties, absolute URLs that
 * resolve to built files).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { DIST, htmlFiles, read, requireDist, urlOf } from '../helpers/dist.ts';

type Json = Record<string, unknown>;
const docs = new Map<string, Document>();
const blocks = new Map<string, Json[]>();
let origin = '';
beforeAll(() => {
  requireDist();
  for (const f of htmlFiles()) {
    const doc = new JSDOM(read(f)).window.document;
    docs.set(urlOf(f), doc);
    blocks.set(
      urlOf(f),
      [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => {
        // The block's raw text must not contain "<" (it could close the script element early).
        expect(s.textContent, `${urlOf(f)} raw < in JSON-LD`).not.toContain('<');
        return JSON.parse(s.textContent!) as Json;
      }),
    );
  }
  // The public address this dist/ was built for, from its own home page.
  origin = new URL(docs.get('/')!.querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;
});

/** A URL on the site must name a file (or directory with index.html) in dist/. */
function resolves(url: string): boolean {
  const p = join(DIST, decodeURIComponent(new URL(url).pathname));
  return url.endsWith('/') ? existsSync(join(p, 'index.html')) : existsSync(p);
}
const ofType = (page: string, type: string) => (blocks.get(page) ?? []).filter((b) => b['@type'] === type);
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

describe('JSON-LD', () => {
  it('uses absolute URLs that resolve in dist/ for everything on the site', () => {
    const bad: string[] = [];
    let checked = 0;
    for (const [page, list] of blocks) {
      for (const b of list) {
        expect(b['@context'], page).toBe('https://schema.org');
        for (const s of strings(b)) {
          if (!/^(https?:)?\//.test(s)) continue;
          if (!/^https?:\/\//.test(s)) {
            bad.push(`${page}: relative ${s}`);
            continue;
          }
          if (new URL(s).origin !== origin) continue;
          checked++;
          if (!resolves(s)) bad.push(`${page}: ${s}`);
        }
      }
    }
    expect(bad).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });

  it('describes the downloads page as a Dataset with a DataDownload for every file in dist/data/', () => {
    const files = readdirSync(join(DIST, 'data')).sort();
    for (const page of ['/du-lieu/', '/en/data/']) {
      const [d, more] = ofType(page, 'Dataset');
      expect(d, page).toBeDefined();
      expect(more, page).toBeUndefined();
      for (const k of ['name', 'description', 'creator', 'temporalCoverage', 'spatialCoverage', 'distribution', 'url'])
        expect(d![k], `${page} ${k}`).toBeTruthy();
      expect(d!.license).toBe('https://creativecommons.org/licenses/by/4.0/');
      expect(d!.temporalCoverage).toBe('2013/2023');
      expect(JSON.stringify(d!.spatialCoverage)).toContain('"addressCountry":"VN"');
      expect(d!.url).toBe(`${origin}${page}`);
      const dist = d!.distribution as Json[];
      expect(dist.map((x) => String(x.contentUrl).replace(`${origin}/data/`, '')).sort()).toEqual(files);
      for (const x of dist) {
        expect(x['@type']).toBe('DataDownload');
        expect(x.encodingFormat, String(x.contentUrl)).toBe(
          String(x.contentUrl).endsWith('.csv') ? 'text/csv' : 'application/json',
        );
      }
    }
  });

  it('describes each report page as a Dataset based on that report', () => {
    const pages = [...docs.keys()].filter((u) => /^\/(nguon|en\/sources)\/[^/]+\/$/.test(u));
    expect(pages.length).toBe(10);
    for (const page of pages) {
      const [d] = ofType(page, 'Dataset');
      expect(d, page).toBeDefined();
      expect(d!.temporalCoverage, page).toMatch(/^\d{4}\/\d{4}$/);
      expect(d!.license).toBe('https://creativecommons.org/licenses/by/4.0/');
      const report = (d!.isBasedOn as Json[])[0]!;
      expect(report.name, page).toBe(docs.get(page)!.querySelector('h1')!.textContent);
    }
  });

  it('marks the story pages as Articles whose headline is the page heading', () => {
    for (const page of [
      '/',
      '/en/',
      '/ket-qua-2013-2022/',
      '/en/results-2013-2022/',
      '/chuong-trinh-2014-2020/',
      '/en/programme-2014-2020/',
      '/vung/',
      '/en/regions/',
      '/vung/dbscl/',
      '/en/regions/dbsh/',
      '/vung/phia-bac-2022-2023/',
      '/en/regions/north-2022-2023/',
    ]) {
      const [a] = ofType(page, 'Article');
      expect(a, page).toBeDefined();
      expect(a!.headline, page).toBe(docs.get(page)!.querySelector('h1')!.textContent);
      expect(a!.url, page).toBe(`${origin}${page}`);
      expect(a!.inLanguage, page).toBe(page.startsWith('/en/') ? 'en' : 'vi');
      expect((a!.author as Json).name, page).toBeTruthy();
    }
  });

  it('gives every page with breadcrumbs a BreadcrumbList matching them, ending at the page itself', () => {
    let pages = 0;
    for (const [page, doc] of docs) {
      const crumbs = doc.querySelector('nav.crumbs');
      const [list, more] = ofType(page, 'BreadcrumbList');
      if (!crumbs) {
        expect(list, page).toBeUndefined();
        continue;
      }
      pages++;
      expect(list, page).toBeDefined();
      expect(more, page).toBeUndefined();
      const items = list!.itemListElement as Json[];
      const lis = [...crumbs.querySelectorAll('li')];
      expect(
        items.map((i) => i.name),
        page,
      ).toEqual(lis.map((li) => li.textContent));
      expect(items.map((i) => i.position)).toEqual(lis.map((_, k) => k + 1));
      expect(
        items.slice(0, -1).map((i) => new URL(String(i.item)).pathname),
        page,
      ).toEqual(lis.slice(0, -1).map((li) => li.querySelector('a')!.getAttribute('href')));
      expect(items.at(-1)!.item, page).toBe(`${origin}${page}`);
      // Each crumb names its page in words, never by the URL slug (chart pages once did).
      for (const li of lis) expect(li.textContent, page).not.toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
    }
    expect(pages).toBeGreaterThan(100);
  });
});

describe('sitemap and robots.txt', () => {
  const locs = () => {
    const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, u]) => ({
      loc: /<loc>([^<]+)<\/loc>/.exec(u!)![1]!,
      alt: Object.fromEntries([...u!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, l, h]) => [l!, h!])),
    }));
  };

  it('lists every page but embeds and 404, each with the vi/en alternates the page itself declares', () => {
    const urls = locs();
    const expected = [...docs.keys()].filter((u) => !/^\/(en\/)?embed\//.test(u) && !u.endsWith('404.html')).sort();
    expect(urls.map((u) => u.loc.replace(origin, '')).sort()).toEqual(expected);
    for (const u of urls) {
      const doc = docs.get(u.loc.replace(origin, ''))!;
      for (const lang of ['vi', 'en', 'x-default']) {
        expect(u.alt[lang], `${u.loc} ${lang}`).toBe(
          doc.querySelector(`link[rel="alternate"][hreflang="${lang}"]`)!.getAttribute('href'),
        );
        expect(resolves(u.alt[lang]!), u.alt[lang]).toBe(true);
      }
    }
  });

  it('robots.txt points to the sitemap index on the public address', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    const m = /^Sitemap: (\S+)$/m.exec(robots);
    expect(m?.[1]).toBe(`${origin}/sitemap-index.xml`);
    expect(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8')).toContain(`<loc>${origin}/sitemap-0.xml</loc>`);
  });
});
