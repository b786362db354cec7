/**
 * In Chromium: following a number lands on its sentence with the number highlighted and in view
 * (light and dark, 375 and 1280 px, with and without JavaScript; screenshots in out/reader/);
 * a phrase of a report typed without diacritics finds its reader page and lands on the line.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { browserSite } from '../helpers/browser.ts';
import { fold } from '../../src/lib/fold.ts';

const env = browserSite();
beforeAll(() => {
  mkdirSync('out/reader', { recursive: true });
});

/** The arrived-at figure: its id, whether it is :target, in the viewport, and its colours. */
async function landed(page: Page) {
  return page.evaluate(() => {
    const id = decodeURIComponent(location.hash.slice(1));
    const el = document.getElementById(id);
    if (!el) return { id, found: false };
    const r = el.getBoundingClientRect();
    const line = el.closest('.l');
    return {
      id,
      found: true,
      tag: el.tagName,
      text: el.textContent,
      target: el.matches(':target'),
      inView: r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth,
      markBg: getComputedStyle(el).backgroundColor,
      lineBg: line ? getComputedStyle(line).backgroundColor : '',
      lineId: line?.id,
    };
  });
}

const HIGHLIGHT = 'rgb(255, 210, 63)';

describe('a clicked number lands on its sentence, highlighted and visible', () => {
  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      for (const js of [true, false]) {
        it(`from /tinh/tra-vinh/ (table, narrative, chart data table) at ${width}px, ${scheme}${js ? '' : ', no JavaScript'}`, async () => {
          const ctx = await env.browser.newContext({
            viewport: { width, height: 800 },
            colorScheme: scheme,
            javaScriptEnabled: js,
          });
          const page = await ctx.newPage();
          const starts: [string, string][] = [
            ['table', 'table td.num a[href*="#f-"]'],
            ['narrative', '.fig a[href*="#f-"]'],
            ['chart', 'figure.chart details.data-table a[href*="#f-"]'],
          ];
          for (const [what, selector] of starts) {
            await page.goto(`${env.origin}/tinh/tra-vinh/`);
            const link = page.locator(selector).first();
            if (what === 'chart') await page.locator('figure.chart details.data-table summary').first().click();
            const shown = (await link.textContent())!.trim();
            await link.click();
            await page.waitForURL(/\/van-ban\/#f-/);
            const r = await landed(page);
            expect(r.found, `${what}: ${r.id}`).toBe(true);
            expect(r.tag).toBe('MARK');
            expect(r.target).toBe(true);
            expect(r.inView, `${what}: ${r.id} in view`).toBe(true);
            expect(r.markBg).toBe(HIGHLIGHT);
            expect(r.lineBg).not.toBe('rgba(0, 0, 0, 0)');
            // The characters marked are the report's, and the link showed the same number.
            const digits = (x: string) => x.replace(/\D/g, '').replace(/^0+|0+$/g, '');
            const [a, b] = [digits(shown), digits(r.text ?? '')];
            expect(a.startsWith(b) || b.startsWith(a), `${what}: link “${shown}”, marked “${r.text}”`).toBe(true);
            await page.screenshot({ path: `out/reader/tra-vinh-${what}-${width}-${scheme}${js ? '' : '-nojs'}.png` });
          }
          await ctx.close();
        });
      }
    }
  }

  it('from a chart page’s data table to the OCR report, and back from the entry to the source table row', async () => {
    const ctx = await env.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await ctx.newPage();
    await page.goto(`${env.origin}/bieu-do/kinh-phi-theo-vung-2014-2020/`);
    await page.locator('details.data-table summary').first().click();
    await page.locator('details.data-table a[href*="#f-"]').first().click();
    await page.waitForURL(/\/nguon\/kcqg-2014-2020\/van-ban\/#f-/);
    const r = await landed(page);
    expect(r.target && r.inView).toBe(true);
    expect(r.markBg).toBe(HIGHLIGHT);
    await page.screenshot({ path: 'out/reader/chart-kcqg-375.png' });
    // The mark leads to its entry; the entry to the figure's row on the source page.
    await page.locator(`[id="${r.id}"] a`).first().click();
    await page.waitForURL(/#e-/);
    await page.locator(`[id="${r.id!.replace(/^f-/, 'e-')}"] a[href^="/nguon/kcqg-2014-2020/#"]`).click();
    await page.waitForURL(/\/nguon\/kcqg-2014-2020\/#kcqg-2014-2020\.region\./);
    expect(
      await page.evaluate(() => document.getElementById(decodeURIComponent(location.hash.slice(1)))?.tagName),
    ).toBe('TR');
    await ctx.close();
  });
});

describe('a phrase of a report, typed without diacritics, finds its reader page and lands on the line', () => {
  const cases: [string, string, string][] = [
    // [query as typed, reader page, the words of the line it must land on]
    ['mang luoi cong tac vien cap huyen', '/nguon/nd45-2013-2022/van-ban/', 'mang luoi cong tac vien cap huyen'],
    ['don vi su nghiep truc thuoc', '/nguon/nd45-2013-2022/van-ban/', 'don vi su nghiep truc thuoc'],
    [
      'chuyen muc khuyen cong tren dai phat thanh',
      '/nguon/tra-vinh-2016-2020/van-ban/',
      'chuyen muc khuyen cong tren dai phat thanh',
    ],
  ];
  for (const [q, reader, words] of cases) {
    it(`"${q}"`, async () => {
      const page = await env.browser.newPage();
      await page.goto(`${env.origin}/tim-kiem/?q=${encodeURIComponent(q)}`);
      await page.waitForSelector('#results li a', { timeout: 15_000 });
      const hrefs = await page.$$eval('#results li a', (as) => as.map((a) => a.getAttribute('href')!));
      const hit = hrefs.find((h) => h.startsWith(reader));
      expect(hit, hrefs.join(' ')).toMatch(/#L\d+$/);
      await page.locator(`#results li a[href="${hit}"]`).click();
      await page.waitForURL(/#L\d+$/);
      const line = await page.evaluate(() => {
        const el = document.getElementById(location.hash.slice(1))!;
        const r = el.getBoundingClientRect();
        return {
          text: el.textContent ?? '',
          target: el.matches(':target'),
          inView: r.top >= 0 && r.top < window.innerHeight,
        };
      });
      expect(fold(line.text)).toContain(words);
      expect(line.target && line.inView).toBe(true);
      await page.close();
    });
  }
});
