/**
 * The site in a real browser (Debian's Chromium): every page template at 375 px and 1280 px,
 * light and dark, checked with axe; search as Vietnamese readers type it; charts with
 * JavaScript off; no request leaving the site's origin.
 */
import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { browserSite } from '../helpers/browser.ts';

// Every page template, in both languages.
const TEMPLATES = [
  '/',
  '/en/',
  '/ket-qua-2013-2022/',
  '/en/results-2013-2022/',
  '/chuong-trinh-2014-2020/',
  '/en/programme-2014-2020/',
  '/vung/',
  '/en/regions/',
  '/vung/dbscl/',
  '/en/regions/tn/',
  '/vung/phia-bac-2022-2023/',
  '/en/regions/north-2022-2023/',
  '/tinh/',
  '/en/provinces/',
  '/tinh/tra-vinh/',
  '/en/provinces/dong-nai/',
  '/nguon/kcqg-2014-2020/',
  '/en/sources/nd45-2013-2022/',
  '/nguon/kcqg-2014-2020/van-ban/',
  '/en/sources/nd45-2013-2022/text/',
  '/ghi-chu-du-lieu/',
  '/en/data-notes/',
  '/thuat-ngu/',
  '/en/glossary/',
  '/du-lieu/',
  '/en/data/',
  '/phuong-phap/',
  '/en/methodology/',
  '/tim-kiem/',
  '/en/search/',
  '/tra-cuu/',
  '/en/figures/',
  '/bieu-do/kinh-phi-theo-vung-2014-2020/',
  '/bieu-do/ket-qua-so-voi-muc-tieu-2014-2020/',
  '/en/charts/muc-tieu-2021-2025/',
  '/en/charts/phia-bac-2022-2023/kcdp/',
  '/embed/tra-vinh-2016-2020/',
  '/en/embed/phia-bac-2022-2023/',
  '/trinh-chieu/',
  '/en/present/',
  '/tinh-2025/',
  '/en/provinces-2025/',
  '/tinh-2025/lam-dong/',
  '/en/provinces-2025/tuyen-quang/',
  '/404.html',
];

const env = browserSite();

describe('every template in Chromium', () => {
  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`renders and passes axe at ${width}px, ${scheme}`, async () => {
        // No service worker: each page is checked as the host serves it (tests/site/offline.test.ts
        // covers the worker), and 36 pages need not wait on a 6 MB background precache.
        const ctx = await env.browser.newContext({
          viewport: { width, height: 900 },
          colorScheme: scheme,
          serviceWorkers: 'block',
        });
        const page = await ctx.newPage();
        const foreign: string[] = [];
        page.on('request', (r) => {
          if (!r.url().startsWith(env.origin) && !r.url().startsWith('data:')) foreign.push(r.url());
        });
        const problems: string[] = [];
        for (const u of TEMPLATES) {
          await page.goto(env.origin + u, { waitUntil: 'load' });
          expect(await page.locator('h1').first().isVisible(), u).toBe(true);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, `${u} scrolls sideways at ${width}px`).toBeLessThanOrEqual(1);
          const r = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
            .analyze();
          for (const v of r.violations)
            problems.push(
              `${u} ${v.id} (${v.impact}): ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(', ')}`,
            );
        }
        expect(problems).toEqual([]);
        expect(foreign).toEqual([]);
        await ctx.close();
      }, 400_000);
    }
  }
});

describe('search finds what Vietnamese readers type without diacritics', () => {
  const cases: [string, string, RegExp][] = [
    ['/tim-kiem/', 'dong nai', /^\/tinh\/dong-nai\/$/],
    ['/tim-kiem/', 'Đồng Nai', /^\/tinh\/dong-nai\/$/],
    ['/tim-kiem/', 'tra vinh', /^\/tinh\/tra-vinh\/$/],
    ['/tim-kiem/', 'da nang', /^\/tinh\/da-nang\/$/],
    ['/tim-kiem/', 'dien bien', /^\/tinh\/dien-bien\/$/],
  ];
  for (const [page, q, first] of cases) {
    it(`"${q}" finds ${first} first`, async () => {
      const p = await env.browser.newPage();
      await p.goto(`${env.origin}${page}?q=${encodeURIComponent(q)}`);
      await p.waitForSelector('#results li a', { timeout: 15_000 });
      const hrefs = await p.$$eval('#results li a', (as) =>
        as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      expect(hrefs[0]).toMatch(first);
      await p.close();
    });
  }
  it('"dao tao nghe" finds the vocational training narrative', async () => {
    const p = await env.browser.newPage();
    await p.goto(`${env.origin}/tim-kiem/?q=${encodeURIComponent('dao tao nghe')}`);
    await p.waitForSelector('#results li a', { timeout: 15_000 });
    const hrefs = await p.$$eval('#results li a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(hrefs.slice(0, 5)).toContain('/ket-qua-2013-2022/');
    await p.close();
  });
  it('"khuyen cong dia phuong" finds pages on local programmes', async () => {
    const p = await env.browser.newPage();
    await p.goto(`${env.origin}/tim-kiem/?q=${encodeURIComponent('khuyen cong dia phuong')}`);
    await p.waitForSelector('#results li a', { timeout: 15_000 });
    const texts = await p.$$eval('#results li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.join(' ')).toMatch(/địa phương/i);
    await p.close();
  });
  it('narrows results with the page-kind and region filters', async () => {
    const p = await env.browser.newPage();
    await p.goto(`${env.origin}/tim-kiem/?q=${encodeURIComponent('dong')}&kind=${encodeURIComponent('tỉnh')}`);
    await p.waitForSelector('#results li a', { timeout: 15_000 });
    const hrefs = await p.$$eval('#results li a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(hrefs.length).toBeGreaterThan(1);
    for (const h of hrefs) expect(h).toMatch(/^\/tinh\/[a-z-]+\/$/);
    expect(hrefs).toContain('/tinh/dong-nai/');
    await p.selectOption('#f-region', 'Đồng bằng sông Cửu Long');
    await p.waitForFunction(
      () => ![...document.querySelectorAll('#results li a')].some((a) => a.getAttribute('href') === '/tinh/dong-nai/'),
    );
    const mekong = await p.$$eval('#results li a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(mekong).toContain('/tinh/dong-thap/');
    expect(mekong).not.toContain('/tinh/dong-nai/');
    await p.close();
  });
  it('loads Pagefind only when searching', async () => {
    const p = await env.browser.newPage();
    const loaded: string[] = [];
    p.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    await p.goto(`${env.origin}/`);
    await p.goto(`${env.origin}/tim-kiem/`);
    expect(loaded.filter((u) => u.startsWith('/pagefind/'))).toEqual([]);
    await p.close();
  });
});

describe('chart state in the URL', () => {
  it('keeps the chosen view in the address, so a shared link opens it', async () => {
    const p = await env.browser.newPage();
    await p.goto(`${env.origin}/bieu-do/kinh-phi-theo-vung-2014-2020/`);
    await p.locator('figure.chart .views label').nth(1).click();
    await p.waitForURL(/\/bieu-do\/kinh-phi-theo-vung-2014-2020\/share\/$/);
    await p.goto(`${env.origin}/vung/?kinh-phi-theo-vung-2014-2020=share`);
    expect(await p.locator('#chart-kinh-phi-theo-vung-2014-2020 .view.v1').isVisible()).toBe(true);
    expect(await p.locator('#chart-kinh-phi-theo-vung-2014-2020 .view.v0').isVisible()).toBe(false);
    await p.locator('#chart-kinh-phi-theo-vung-2014-2020 .views label').first().click();
    expect(new URL(p.url()).searchParams.has('kinh-phi-theo-vung-2014-2020')).toBe(false);
    // The tile map's colouring too.
    await p.goto(`${env.origin}/tinh/?tiles=staffing-2022`);
    expect(await p.locator('figure.tiles .view[data-view="staffing-2022"]').isVisible()).toBe(true);
    expect(await p.locator('figure.tiles .view[data-view="region"]').isVisible()).toBe(false);
    await p.locator('figure.tiles .views label').nth(1).click();
    expect(new URL(p.url()).searchParams.get('tiles')).toBe('funding-2014-2020');
    await p.close();
  });
});

describe('without JavaScript', () => {
  it('still shows the charts and their tables', async () => {
    const ctx = await env.browser.newContext({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(`${env.origin}/ket-qua-2013-2022/`);
    const svg = p.locator('figure.chart svg').first();
    expect(await svg.isVisible()).toBe(true);
    const box = await svg.boundingBox();
    expect(box!.height).toBeGreaterThan(100);
    await p.locator('figure.chart details summary').first().click();
    expect(await p.locator('figure.chart table').first().isVisible()).toBe(true);
    await ctx.close();
  });
  it('switches a chart between amount and share with the radio buttons', async () => {
    const ctx = await env.browser.newContext({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(`${env.origin}/vung/`);
    const fig = p.locator('figure.chart').first();
    expect(await fig.locator('.view.v0').isVisible()).toBe(true);
    expect(await fig.locator('.view.v1').isVisible()).toBe(false);
    await fig.locator('label').nth(1).click();
    expect(await fig.locator('.view.v1').isVisible()).toBe(true);
    expect(await fig.locator('.view.v0').isVisible()).toBe(false);
    await ctx.close();
  });
});

describe('the 63 provinces and the 34 units of 2025', () => {
  const results = async (url: string) => {
    const p = await env.browser.newPage();
    await p.goto(`${env.origin}${url}`);
    await p.waitForSelector('#results li a', { timeout: 15_000 });
    const hrefs = await p.$$eval('#results li a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    await p.close();
    return hrefs;
  };
  // A new unit's name finds its page and its former provinces' profiles; a former name finds its
  // profile and its new unit; with diacritics and without (đ included: Lâm Đồng, Đắk Nông).
  const cases: [string, string[]][] = [
    ['Tuyên Quang', ['/tinh-2025/tuyen-quang/', '/tinh/tuyen-quang/', '/tinh/ha-giang/']],
    ['tuyen quang', ['/tinh-2025/tuyen-quang/', '/tinh/tuyen-quang/', '/tinh/ha-giang/']],
    ['Hà Giang', ['/tinh/ha-giang/', '/tinh-2025/tuyen-quang/']],
    ['ha giang', ['/tinh/ha-giang/', '/tinh-2025/tuyen-quang/']],
    ['Lâm Đồng', ['/tinh-2025/lam-dong/', '/tinh/lam-dong/', '/tinh/dak-nong/', '/tinh/binh-thuan/']],
    ['lam dong', ['/tinh-2025/lam-dong/', '/tinh/lam-dong/', '/tinh/dak-nong/', '/tinh/binh-thuan/']],
    ['Đắk Nông', ['/tinh/dak-nong/', '/tinh-2025/lam-dong/']],
    ['dak nong', ['/tinh/dak-nong/', '/tinh-2025/lam-dong/']],
  ];
  for (const [q, expected] of cases) {
    it(`search "${q}" finds ${expected.join(', ')}`, async () => {
      const hrefs = await results(`/tim-kiem/?q=${encodeURIComponent(q)}`);
      for (const e of expected) expect(hrefs, q).toContain(e);
    });
  }
  it('search in English: "Tuyen Quang" finds the unit and both profiles', async () => {
    const hrefs = await results(`/en/search/?q=${encodeURIComponent('Tuyen Quang')}`);
    for (const e of ['/en/provinces-2025/tuyen-quang/', '/en/provinces/tuyen-quang/', '/en/provinces/ha-giang/'])
      expect(hrefs).toContain(e);
  });

  it('switches the tile map between the 63 and the 34 in place, and the URL brings the choice back', async () => {
    const p = await env.browser.newPage();
    await p.goto(`${env.origin}/tinh/`);
    const fig = p.locator('figure.tiles');
    expect(await fig.locator('.map63').isVisible()).toBe(true);
    expect(await fig.locator('.map34').isVisible()).toBe(false);
    const before = p.url();
    await fig.locator('.maps label').nth(1).click();
    expect(await fig.locator('.map34').isVisible()).toBe(true);
    expect(await fig.locator('.map63').isVisible()).toBe(false);
    expect(new URL(p.url()).searchParams.get('map')).toBe('34');
    expect(p.url().split('?')[0]).toBe(before.split('?')[0]);
    expect(await fig.locator('.map34 svg a').count()).toBe(34);
    // A shared link opens the 34; choosing the 63 again drops the parameter.
    await p.goto(`${env.origin}/tinh/?map=34`);
    expect(await p.locator('figure.tiles .map34').isVisible()).toBe(true);
    expect(await p.locator('figure.tiles .map63').isVisible()).toBe(false);
    await p.locator('figure.tiles .maps label').first().click();
    expect(new URL(p.url()).searchParams.has('map')).toBe(false);
    expect(await p.locator('figure.tiles .map63').isVisible()).toBe(true);
    // The 34 index opens on the 34; ?map=63 opens the 63 there.
    await p.goto(`${env.origin}/tinh-2025/?map=63`);
    expect(await p.locator('figure.tiles .map63').isVisible()).toBe(true);
    await p.close();
  });

  it('names a tile in full on focus', async () => {
    const p = await env.browser.newPage();
    await p.goto(`${env.origin}/tinh-2025/`);
    const tile = p.locator('figure.tiles .map34 a[href="/tinh-2025/lam-dong/"]');
    expect(await tile.locator('text.tip').isVisible()).toBe(false);
    await tile.focus();
    expect(await tile.locator('text.tip').isVisible()).toBe(true);
    expect(await tile.locator('text.tip').textContent()).toBe('Lâm Đồng');
    await p.close();
  });

  it('switches between the 63 and the 34 without JavaScript too', async () => {
    const ctx = await env.browser.newContext({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(`${env.origin}/tinh/`);
    await p.locator('figure.tiles .maps label').nth(1).click();
    expect(await p.locator('figure.tiles .map34').isVisible()).toBe(true);
    expect(await p.locator('figure.tiles .map63').isVisible()).toBe(false);
    await ctx.close();
  });
});
