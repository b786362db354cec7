/**
 * The figure finder in Chromium: filters, free text without diacritics (`d` for `đ`), sort,
 * state in the URL (a filtered link opened in a new page shows the same rows), copy citation
 * and "download these rows" as CSV. Expectations come from dist/data/figures.json (the
 * published data), not from the page's script.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Server } from 'node:http';
import { launch } from '../helpers/browser.ts';
import { DIST, requireDist, serveDist } from '../helpers/dist.ts';
import { figureHref } from '../../src/lib/routes.ts';

interface Fig {
  id: string;
  source: string;
  geo: string;
  label_vi: string;
  label_en: string;
  status: string;
  programme: string;
  value: number;
  line: number;
  derived: boolean;
}
let figures: Fig[];
let browser: Browser;
let server: Server;
let origin: string;
beforeAll(async () => {
  requireDist();
  figures = JSON.parse(readFileSync(join(DIST, 'data/figures.json'), 'utf8'));
  ({ server, origin } = await serveDist());
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

// With JavaScript the finder adds matching rows as the reader scrolls; "show all" puts them all in.
async function shownIds(p: Page): Promise<string[]> {
  // With JavaScript, an input paints first and the rows follow (the table is aria-busy meanwhile).
  await p.locator('#f-table:not([aria-busy])').waitFor({ state: 'attached' });
  // In one step in the page: rows also grow on their own as the end of the table nears.
  await p.evaluate(() => (document.querySelector('#f-more:not([hidden]) button') as HTMLButtonElement | null)?.click());
  return p.$$eval('#f-table tbody tr:not([hidden])', (rs) => rs.map((r) => (r as HTMLElement).dataset.id!));
}

describe('the figure finder', () => {
  it('lists every published figure without JavaScript', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(`${origin}/tra-cuu/`);
    expect((await shownIds(p)).sort()).toEqual(figures.map((f) => f.id).sort());
    // Each row links to its sentence.
    const href = await p
      .locator(`#f-table tr[data-id="kcqg-2014-2020.region.red-river.amount"] a:not(.note-mark)`)
      .getAttribute('href');
    expect(href).toBe(figureHref('vi', figures.find((f) => f.id === 'kcqg-2014-2020.region.red-river.amount')!));
    await ctx.close();
  });

  it('with JavaScript, adds rows as the reader scrolls, and all of them with "show all"', async () => {
    const p = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await p.goto(`${origin}/tra-cuu/`);
    const n = () => p.locator('#f-table tbody tr').count();
    const first = await n();
    expect(first).toBeLessThan(figures.length);
    expect(await p.locator('#f-count').innerText()).toContain(String(figures.length));
    await p.locator('#f-table tbody tr').last().scrollIntoViewIfNeeded();
    await expect.poll(n).toBeGreaterThan(first);
    await p.locator('#f-more button').click();
    expect(await n()).toBe(figures.length);
    expect(await p.locator('#f-more').isHidden()).toBe(true);
    await p.close();
  });

  it('filters by report, status, programme and place (a region takes in its provinces)', async () => {
    const p = await browser.newPage();
    await p.goto(`${origin}/tra-cuu/`);
    await p.selectOption('#f-src', 'tra-vinh-2016-2020');
    expect((await shownIds(p)).sort()).toEqual(
      figures
        .filter((f) => f.source === 'tra-vinh-2016-2020')
        .map((f) => f.id)
        .sort(),
    );
    expect(await p.locator('#f-count').innerText()).toContain(
      String(figures.filter((f) => f.source === 'tra-vinh-2016-2020').length),
    );
    await p.selectOption('#f-src', '');
    await p.selectOption('#f-status', 'plan');
    await p.selectOption('#f-prog', 'KCDP');
    expect((await shownIds(p)).sort()).toEqual(
      figures
        .filter((f) => f.status === 'plan' && f.programme === 'KCDP')
        .map((f) => f.id)
        .sort(),
    );
    await p.selectOption('#f-status', '');
    await p.selectOption('#f-prog', '');
    await p.selectOption('#f-geo', 'r:DBSCL');
    const mekong = await shownIds(p);
    expect(mekong).toContain('kcqg-2014-2020.region.mekong-delta.amount');
    expect(mekong).toContain('kcqg-2014-2020.province.can-tho.amount');
    expect(mekong).not.toContain('kcqg-2014-2020.province.ha-noi.amount');
    await p.selectOption('#f-geo', 'p:ha-noi');
    expect((await shownIds(p)).sort()).toEqual(
      figures
        .filter((f) => f.geo === 'ha-noi')
        .map((f) => f.id)
        .sort(),
    );
    await p.close();
  });

  it('finds what readers type without diacritics, with d for đ', async () => {
    const p = await browser.newPage();
    await p.goto(`${origin}/tra-cuu/`);
    await p.fill('#f-q', 'dao tao');
    const training = await shownIds(p);
    const withDaoTao = figures.filter((f) => /đào tạo/i.test(f.label_vi)).map((f) => f.id);
    expect(withDaoTao.length).toBeGreaterThan(3);
    for (const id of withDaoTao) expect(training).toContain(id);
    await p.fill('#f-q', 'dong nai');
    expect(await shownIds(p)).toContain('kcqg-2014-2020.province.dong-nai.amount');
    await p.fill('#f-q', 'zzzz');
    expect(await shownIds(p)).toEqual([]);
    await p.close();
  });

  it('shows the rows of the last key when keys come faster than rows can be drawn', async () => {
    // What the finder shows for a text typed at once (fill: one input event).
    const reference = await browser.newPage();
    await reference.goto(`${origin}/tra-cuu/`);
    const rowsFor = async (text: string) => {
      await reference.fill('#f-q', text);
      return shownIds(reference);
    };
    const dongNai = await rowsFor('dong nai');
    const dong = await rowsFor('dong');
    expect(dongNai).toContain('kcqg-2014-2020.province.dong-nai.amount');
    expect(dong.length).toBeGreaterThan(dongNai.length);
    await reference.close();

    // The same texts typed key by key at machine speed on a slowed CPU: the finder draws some
    // keys together, and must end on the rows of the last one.
    const p = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await p.goto(`${origin}/tra-cuu/`);
    const cdp = await p.context().newCDPSession(p);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await p.locator('#f-q').click();
    await p.keyboard.type('dong nai', { delay: 0 });
    expect(await shownIds(p)).toEqual(dongNai);
    for (let i = 0; i < 4; i++) await p.keyboard.press('Backspace', { delay: 0 });
    expect(await shownIds(p)).toEqual(dong);
    await p.close();
  });

  it('styles the buttons its script makes: plain sortable headings and bordered copy buttons', async () => {
    const p = await browser.newPage();
    await p.goto(`${origin}/tra-cuu/`);
    const style = (sel: string) =>
      p
        .locator(sel)
        .first()
        .evaluate((b) => {
          const c = getComputedStyle(b);
          return {
            border: c.borderTopWidth,
            background: c.backgroundColor,
            arrow: getComputedStyle(b, '::after').content,
          };
        });
    // A heading reads as a heading that sorts, not as a grey browser button.
    const sortButton = await style('#f-table th[data-col="0"] button');
    expect(sortButton.border).toBe('0px');
    expect(sortButton.background).toBe('rgba(0, 0, 0, 0)');
    expect(sortButton.arrow).toContain('↕');
    expect((await style('#f-table td.f-act button')).border).toBe('1px');
    await p.close();
  });

  it('sorts by any column, both ways', async () => {
    const p = await browser.newPage();
    await p.goto(`${origin}/tra-cuu/?src=kcqg-2014-2020`);
    const values = async () => {
      await shownIds(p); // waits until the finder has drawn its rows
      return p.$$eval('#f-table tbody tr:not([hidden]) td.num', (tds) =>
        tds.map((td) => Number((td as HTMLElement).dataset.v)),
      );
    };
    await p.locator('#f-table th[data-col="1"] button').click();
    const up = await values();
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(await p.locator('#f-table th[data-col="1"]').getAttribute('aria-sort')).toBe('ascending');
    await p.locator('#f-table th[data-col="1"] button').click();
    const down = await values();
    expect(down).toEqual([...up].sort((a, b) => b - a));
    // The URL follows once the rows are on screen.
    await expect.poll(() => new URL(p.url()).searchParams.get('sort')).toBe('-2');
    // A text column, in Vietnamese order.
    await p.locator('#f-table th[data-col="0"] button').click();
    await shownIds(p);
    const labels = await p.$$eval('#f-table tbody tr:not([hidden]) th', (ths) => ths.map((th) => th.textContent ?? ''));
    expect(labels).toEqual([...labels].sort(new Intl.Collator('vi').compare));
    await p.close();
  });

  it('keeps its state in the URL: a filtered link opened in a new page shows the same rows', async () => {
    const p = await browser.newPage();
    await p.goto(`${origin}/en/figures/`);
    await p.selectOption('#f-src', 'kcqg-2014-2020');
    await p.fill('#f-q', 'region');
    await p.locator('#f-table th[data-col="1"] button').click();
    const rows = await shownIds(p);
    expect(rows.length).toBeGreaterThan(3);
    await expect.poll(() => new URL(p.url()).searchParams.get('sort')).toBe('2');
    const link = p.url();
    expect(new URL(link).searchParams.get('src')).toBe('kcqg-2014-2020');
    expect(new URL(link).searchParams.get('q')).toBe('region');
    const fresh = await (await browser.newContext()).newPage();
    await fresh.goto(link);
    expect(await shownIds(fresh)).toEqual(rows);
    expect(await fresh.inputValue('#f-q')).toBe('region');
    await fresh.context().close();
    await p.close();
  });

  it('writes typed text into the URL once typing pauses', async () => {
    const p = await browser.newPage();
    await p.goto(`${origin}/tra-cuu/`);
    await p.locator('#f-q').pressSequentially('dong nai');
    await expect.poll(() => new URL(p.url()).searchParams.get('q'), { timeout: 5000 }).toBe('dong nai');
    expect(await shownIds(p)).toContain('kcqg-2014-2020.province.dong-nai.amount');
    await p.close();
  });

  it('copies a citation with the report, the line and the link to the sentence', async () => {
    for (const [url, report, line] of [
      ['/tra-cuu/', 'Báo cáo tổng kết Chương trình khuyến công quốc gia', 'dòng 595'],
      ['/en/figures/', 'Closing report of the national khuyến công programme', 'line 595'],
    ] as const) {
      const ctx = await browser.newContext();
      await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
      const p = await ctx.newPage();
      await p.goto(`${origin}${url}`);
      await shownIds(p);
      await p.locator('#f-table tr[data-id="kcqg-2014-2020.region.red-river.amount"] .f-act button').click();
      const text = await p.evaluate(() => navigator.clipboard.readText());
      expect(text).toContain(url === '/tra-cuu/' ? '363,31 tỷ đồng' : 'VND 363.31 billion');
      expect(text).toContain(report);
      expect(text).toContain(line);
      expect(text).toContain(
        origin +
          figureHref(
            url === '/tra-cuu/' ? 'vi' : 'en',
            figures.find((f) => f.id === 'kcqg-2014-2020.region.red-river.amount')!,
          ),
      );
      await ctx.close();
    }
  });

  it('downloads the rows shown, in their order, as CSV with every field', async () => {
    const ctx = await browser.newContext({ acceptDownloads: true });
    const p = await ctx.newPage();
    await p.goto(`${origin}/tra-cuu/?src=north-2023&sort=-2`);
    const rows = await shownIds(p);
    const [download] = await Promise.all([p.waitForEvent('download'), p.click('#f-csv')]);
    const text = readFileSync((await download.path())!, 'utf8');
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.data.map((r) => r.id)).toEqual(rows);
    expect(parsed.meta.fields).toEqual(readFileSync(join(DIST, 'data/figures.csv'), 'utf8').split('\n')[0]!.split(','));
    const first = figures.find((f) => f.id === rows[0])!;
    expect(Number(parsed.data[0]!.value)).toBe(first.value);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    await ctx.close();
  });
});
