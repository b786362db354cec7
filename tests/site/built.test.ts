/**
 * Tests over the built HTML in dist/: every page valid, every internal link, anchor, image,
 * download and hreflang alternate resolving, every figure on a page, every province profiled,
 * preview tags present, no inline scripts or event handlers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { JSDOM } from 'jsdom';
import { DIST, htmlFiles, read, requireDist, urlOf } from '../helpers/dist.ts';

let files: string[] = [];
const docs = new Map<string, Document>();
beforeAll(() => {
  requireDist();
  files = htmlFiles();
  for (const f of files) docs.set(f, new JSDOM(read(f)).window.document);
});

describe('built site', () => {
  it('has every page of both languages', () => {
    const urls = new Set(files.map(urlOf));
    for (const u of [
      '/',
      '/en/',
      '/ket-qua-2013-2022/',
      '/en/results-2013-2022/',
      '/chuong-trinh-2014-2020/',
      '/en/programme-2014-2020/',
      '/vung/',
      '/en/regions/',
      '/vung/dbsh/',
      '/en/regions/dbscl/',
      '/vung/phia-bac-2022-2023/',
      '/tinh/',
      '/tinh/tra-vinh/',
      '/en/provinces/dong-nai/',
      '/nguon/kcqg-2014-2020/',
      '/en/sources/nd45-2013-2022/',
      '/du-lieu/',
      '/en/data/',
      '/ghi-chu-du-lieu/',
      '/en/data-notes/',
      '/thuat-ngu/',
      '/en/glossary/',
      '/phuong-phap/',
      '/en/methodology/',
      '/tim-kiem/',
      '/en/search/',
    ]) {
      expect(urls, u).toContain(u);
    }
  });

  it('profiles all 63 provinces in both languages', () => {
    const provinces = JSON.parse(readFileSync(join(DIST, 'data/figures.json'), 'utf8')) as unknown[];
    expect(provinces.length).toBeGreaterThan(300);
    const list = readFileSync(join(DIST, 'data/provinces.csv'), 'utf8').trim().split('\n').slice(1);
    expect(list).toHaveLength(63);
    for (const line of list) {
      const slug = line.split(',')[1]!;
      expect(existsSync(join(DIST, 'tinh', slug, 'index.html')), slug).toBe(true);
      expect(existsSync(join(DIST, 'en/provinces', slug, 'index.html')), slug).toBe(true);
    }
  });

  it('shows every figure of figures.csv on at least one page', () => {
    const figures = JSON.parse(readFileSync(join(DIST, 'data/figures.json'), 'utf8')) as { id: string }[];
    const ids = new Set<string>();
    for (const doc of docs.values()) for (const el of doc.querySelectorAll('[id]')) ids.add(el.id);
    const missing = figures.filter((f) => !ids.has(f.id)).map((f) => f.id);
    expect(missing).toEqual([]);
  });

  it('passes html-validate with zero errors', async () => {
    // .htmlvalidate.json: recommended rules; ids may hold dots (HTML allows them, and figure ids
    // are the anchors); inline styles are Plot's SVG attributes and legend swatches.
    const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    for (const f of files) {
      const report = await htmlvalidate.validateFile(f);
      for (const r of report.results)
        for (const m of r.messages) errors.push(`${urlOf(f)}:${m.line} ${m.ruleId} ${m.message}`);
    }
    expect(errors).toEqual([]);
  });

  it('resolves every internal link, anchor, image, download and hreflang alternate', () => {
    const broken: string[] = [];
    const exists = (pathname: string) => {
      const p = join(DIST, decodeURIComponent(pathname));
      return existsSync(p) && (!p.endsWith('/') || existsSync(join(p, 'index.html')));
    };
    const docFor = (pathname: string) =>
      docs.get(join(DIST, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : ''));
    for (const [file, doc] of docs) {
      const base = new URL(urlOf(file), 'https://khuyencong.example.org');
      const refs = [...doc.querySelectorAll('a[href], link[href], img[src], script[src], iframe[src]')]
        .map((el) => el.getAttribute('href') ?? el.getAttribute('src')!)
        .concat([...doc.querySelectorAll('meta[property="og:image"]')].map((m) => m.getAttribute('content')!));
      for (const ref of refs) {
        const u = new URL(ref, base);
        if (u.host !== base.host) continue;
        if (!exists(u.pathname)) {
          broken.push(`${urlOf(file)} → ${ref}`);
          continue;
        }
        if (u.hash) {
          const target = u.pathname === base.pathname ? doc : docFor(u.pathname);
          if (target && !target.getElementById(decodeURIComponent(u.hash.slice(1))))
            broken.push(`${urlOf(file)} → ${ref} (no anchor)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('gives every page preview tags and both language alternates', () => {
    for (const [file, doc] of docs) {
      if (file.endsWith('404.html')) continue;
      const u = urlOf(file);
      for (const sel of [
        'meta[property="og:title"]',
        'meta[property="og:description"]',
        'meta[property="og:image"]',
        'meta[name="twitter:card"]',
        'link[hreflang="vi"]',
        'link[hreflang="en"]',
      ]) {
        expect(doc.querySelector(sel), `${u} ${sel}`).not.toBeNull();
      }
      expect(doc.documentElement.lang, u).toMatch(/^(vi|en)$/);
    }
  });

  it('has no inline scripts and no inline event handlers', () => {
    for (const [file, doc] of docs) {
      for (const s of doc.querySelectorAll('script')) {
        if (s.getAttribute('type') === 'application/ld+json') continue;
        // A chart's or a tile map's data island: JSON its script reads, never run.
        if (
          s.getAttribute('type') === 'application/json' &&
          (s.hasAttribute('data-figs') || s.hasAttribute('data-tiles'))
        ) {
          expect(() => JSON.parse(s.textContent ?? '')).not.toThrow();
          continue;
        }
        expect(s.getAttribute('src'), `${urlOf(file)} inline script`).toBeTruthy();
      }
      for (const el of doc.querySelectorAll('*')) {
        for (const a of el.getAttributeNames())
          expect(a.startsWith('on'), `${urlOf(file)} ${el.tagName} ${a}`).toBe(false);
      }
    }
  });

  it('gives every chart a title, a text alternative, a source line and a data table', () => {
    let charts = 0;
    for (const doc of docs.values()) {
      for (const fig of doc.querySelectorAll('figure.chart')) {
        charts++;
        expect(fig.querySelector('h1, h2, h3')?.textContent?.length).toBeGreaterThan(10);
        expect(fig.querySelector('svg[role="img"][aria-label]')).not.toBeNull();
        expect(fig.querySelector('.alt')?.textContent?.length).toBeGreaterThan(30);
        expect(fig.querySelector('figcaption')?.textContent).toMatch(/Nguồn|Source/);
        expect(fig.querySelectorAll('table tbody tr').length).toBeGreaterThan(0);
      }
    }
    expect(charts).toBeGreaterThan(20);
  });

  it('colours the tile map by region or by a province-level figure, naming silence as silence', () => {
    const doc = docs.get(join(DIST, 'tinh/index.html'))!;
    const views = [...doc.querySelectorAll('figure.tiles .view')];
    expect(views.map((v) => v.getAttribute('data-view'))).toEqual([
      'region',
      'funding-2014-2020',
      'staffing-2022',
      'staffing-2020',
      'collaborators-2022',
    ]);
    for (const v of views) expect(v.querySelectorAll('svg a')).toHaveLength(63);
    const titleOf = (view: string, slug: string) =>
      doc.querySelector(`figure.tiles .view[data-view="${view}"] a[href="/tinh/${slug}/"] title`)!.textContent;
    expect(titleOf('funding-2014-2020', 'dong-nai')).toBe('Đồng Nai: 52,05 tỷ đồng (bình quân 27,58 tỷ đồng)');
    expect(titleOf('funding-2014-2020', 'kon-tum')).toBe('Kon Tum: Báo cáo không nêu tên');
    expect(titleOf('staffing-2022', 'ha-noi')).toBe('Hà Nội: Trung tâm có trên 40 cán bộ');
    expect(titleOf('region', 'tra-vinh')).toBe('Trà Vinh: Đồng bằng sông Cửu Long');
  });

  it('builds a page for each non-default chart view, opening on that view', () => {
    const doc = docs.get(join(DIST, 'bieu-do/kinh-phi-theo-vung-2014-2020/share/index.html'))!;
    expect(doc).toBeDefined();
    expect(doc.querySelector('input[type="radio"][value="share"]')!.hasAttribute('checked')).toBe(true);
    expect(doc.querySelector('input[type="radio"][value="amount"]')!.hasAttribute('checked')).toBe(false);
    expect(doc.querySelector('meta[property="og:image"]')!.getAttribute('content')).toMatch(
      /\/og\/bieu-do\/kinh-phi-theo-vung-2014-2020\/share\.png$/,
    );
    const north = docs.get(join(DIST, 'en/charts/phia-bac-2022-2023/kcdp/index.html'))!;
    expect(north.querySelector('input[value="kcdp"]')!.hasAttribute('checked')).toBe(true);
  });

  it('formats numbers for the page locale', () => {
    const vi = read(join(DIST, 'index.html'));
    const en = read(join(DIST, 'en/index.html'));
    expect(vi).toContain('1.737,73 tỷ đồng');
    expect(en).toContain('VND 1,737.73 billion');
    expect(vi).toContain('113.370');
    expect(en).toContain('113,370');
  });
});

describe('figures reach readers', () => {
  it('shows every transcribed figure on some page besides its report’s listing (pages select by topic, not id patterns)', () => {
    const figures = JSON.parse(readFileSync(join(DIST, 'data/figures.json'), 'utf8')) as {
      id: string;
      derived: boolean;
    }[];
    const linked = new Set<string>();
    for (const f of htmlFiles()) {
      const url = urlOf(f);
      if (/^\/(en\/sources|nguon)\//.test(url)) continue;
      const doc = new JSDOM(read(f)).window.document;
      // A number links to its sentence (#f-<id> on the reader page) or, derived, to its row (#<id>).
      for (const a of doc.querySelectorAll('a[href*="#"]'))
        linked.add(decodeURIComponent(a.getAttribute('href')!.split('#')[1]!).replace(/^f-/, ''));
    }
    const orphans = figures.filter((f) => !f.derived && !linked.has(f.id)).map((f) => f.id);
    expect(orphans).toEqual([]);
  });
});
