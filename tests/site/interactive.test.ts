/**
 * Every mark answers, in Chromium: mouse hover, touch tap and keyboard-only navigation show the
 * right figure on three charts in a page and three in embeds, at 375 and 1280 px; the tooltip is
 * announced and axe passes with it open; legends highlight their marks. Expected values are the
 * reports' own figures as the site writes them (typed here from the reports, not computed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import type { Server } from 'node:http';
import { launch } from '../helpers/browser.ts';
import { DIST, requireDist, serveDist } from '../helpers/dist.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { figureHref } from '../../src/lib/routes.ts';

interface Case {
  url: string;
  chart: string;
  fig: string;
  value: string;
  source: RegExp;
  next?: string;
}
// A page with three charts (Vietnamese) …
const PAGE: Case[] = [
  {
    url: '/vung/',
    chart: 'kinh-phi-theo-vung-2014-2020',
    fig: 'kcqg-2014-2020.region.red-river.amount',
    value: '363,31 tỷ đồng',
    source: /Nguồn: Báo cáo tổng kết Chương trình khuyến công quốc gia.*, dòng 595$/,
    next: 'kcqg-2014-2020.region.northern-midlands.amount',
  },
  {
    url: '/vung/',
    chart: 'binh-quan-moi-tinh-theo-vung',
    fig: 'kcqg-2014-2020.region.southeast.avg-per-province',
    value: '26,27 tỷ đồng',
    source: /, dòng 623$/,
    next: 'derived.kcqg-2014-2020.region.central-highlands.avg-per-province',
  },
  {
    url: '/vung/',
    chart: 'tinh-co-kinh-phi-duoc-neu',
    fig: 'kcqg-2014-2020.province.ha-noi.amount',
    value: '116,49 tỷ đồng',
    source: /, dòng 627$/,
    next: 'kcqg-2014-2020.province.lam-dong.amount',
  },
];
// … and three other kinds of chart embedded (English and Vietnamese): dots on a line, faceted columns, bars.
const EMBED: Case[] = [
  {
    url: '/en/embed/chi-so-kinh-phi-2014-2020/',
    chart: 'chi-so-kinh-phi-2014-2020',
    fig: 'derived.kcqg-2014-2020.funding-index.2017',
    value: '140.57',
    source: /derived from the report’s figures$/,
    next: 'derived.kcqg-2014-2020.funding-index.2018',
  },
  {
    url: '/embed/phia-bac-2022-2023/',
    chart: 'phia-bac-2022-2023',
    fig: 'north-2023.funding.2023.plan.kcdp',
    value: '94,6 tỷ đồng',
    source: /Hội nghị khuyến công các tỉnh khu vực phía Bắc.*, dòng 23$/,
    next: 'north-2023.funding.2023h1.kcqg',
  },
  {
    url: '/en/embed/tra-vinh-2016-2020/',
    chart: 'tra-vinh-2016-2020',
    fig: 'tra-vinh-2016-2020.training.funding',
    value: 'VND 314,233,000',
    source: /, line 31$/,
    next: 'tra-vinh-2016-2020.media.funding',
  },
  // Targets against results: a target's tick on the 100% line (a derived figure) and a number
  // beside a dot (text marks take the focus where the dot stands for a derived multiple).
  {
    url: '/embed/ket-qua-so-voi-muc-tieu-2014-2020/',
    chart: 'ket-qua-so-voi-muc-tieu-2014-2020',
    fig: 'derived.kcqg-2014-2020.training.workers.implied-target',
    value: 'khoảng 140.030',
    source: /tính toán từ số liệu báo cáo$/,
    next: 'derived.kcqg-2014-2020.mgmt-training.trainees.implied-target',
  },
  {
    url: '/en/embed/muc-tieu-2021-2025/',
    chart: 'muc-tieu-2021-2025',
    fig: 'kcqg-2014-2020.target.training.workers',
    value: '10,000',
    source: /, line 946$/,
    next: 'kcqg-2014-2020.target.product-selection.regional',
  },
];

let browser: Browser;
let server: Server;
let origin: string;
let published: Map<string, { id: string; source: string; derived: boolean }>;
beforeAll(async () => {
  requireDist();
  published = new Map(
    (
      JSON.parse(readFileSync(join(DIST, 'data/figures.json'), 'utf8')) as {
        id: string;
        source: string;
        derived: boolean;
      }[]
    ).map((f) => [f.id, f]),
  );
  ({ server, origin } = await serveDist());
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

const mark = (p: Page, c: Case, fig = c.fig): Locator =>
  p.locator(`[data-chart="${c.chart}"] [data-fig="${fig}"][data-focus]`).locator('visible=true');
const tip = (p: Page) => p.locator('#kc-tip');

async function expectTip(p: Page, c: Case): Promise<void> {
  await expect.poll(() => tip(p).isVisible()).toBe(true);
  const text = await tip(p).innerText();
  expect(text).toContain(c.value);
  const link = tip(p).locator('a');
  expect((await link.innerText()).trim()).toMatch(c.source);
  // The link goes where every clicked number goes on the site (figureHref decides).
  const lang = new URL(p.url()).pathname.startsWith('/en/') ? 'en' : 'vi';
  expect(await link.getAttribute('href')).toBe(figureHref(lang, published.get(c.fig)!));
  // The tooltip stays inside the viewport.
  const box = (await tip(p).boundingBox())!;
  const vw = p.viewportSize()!.width;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(vw + 1);
}

for (const width of [375, 1280]) {
  for (const [where, cases] of [
    ['page', PAGE],
    ['embed', EMBED],
  ] as const) {
    describe(`marks answer in a ${where} at ${width}px`, () => {
      let mouse: BrowserContext;
      let touch: BrowserContext;
      beforeAll(async () => {
        mouse = await browser.newContext({ viewport: { width, height: 900 } });
        touch = await browser.newContext({ viewport: { width, height: 900 }, hasTouch: true, isMobile: width < 500 });
      });
      afterAll(async () => {
        await mouse?.close();
        await touch?.close();
      });

      for (const c of cases) {
        it(`mouse hover on ${c.chart}`, async () => {
          const p = await mouse.newPage();
          await p.goto(origin + c.url);
          await mark(p, c).hover();
          await expectTip(p, c);
          // Moving off the chart hides it.
          await p.mouse.move(1, 1);
          await expect.poll(() => tip(p).isVisible()).toBe(false);
          await p.close();
        });
        it(`touch tap on ${c.chart}`, async () => {
          const p = await touch.newPage();
          await p.goto(origin + c.url);
          await mark(p, c).tap();
          await expectTip(p, c);
          await p.close();
        });
        it(`keyboard only on ${c.chart}`, async () => {
          const p = await mouse.newPage();
          await p.goto(origin + c.url);
          // Tab from the top of the page until focus enters this chart's marks.
          let inChart = false;
          for (let i = 0; i < 150 && !inChart; i++) {
            await p.keyboard.press('Tab');
            inChart = await p.evaluate(
              (id) =>
                !!document.activeElement?.closest(`[data-chart="${id}"]`) &&
                document.activeElement!.hasAttribute('data-focus'),
              c.chart,
            );
          }
          expect(inChart, 'Tab reaches the chart').toBe(true);
          // Arrow keys move across the marks to the one wanted (and on to the next).
          let fig = '';
          for (let i = 0; i < 30 && fig !== c.fig; i++) {
            fig = await p.evaluate(() => document.activeElement!.getAttribute('data-fig')!);
            if (fig !== c.fig) await p.keyboard.press('ArrowRight');
          }
          expect(fig).toBe(c.fig);
          await expectTip(p, c);
          // Announced: the focused mark is named with the figure and described by the tooltip.
          const a11y = await p.evaluate(() => ({
            label: document.activeElement!.getAttribute('aria-label'),
            described: document.activeElement!.getAttribute('aria-describedby'),
            role: document.getElementById('kc-tip')!.getAttribute('role'),
          }));
          expect(a11y.label).toContain(c.value);
          expect(a11y.described).toBe('kc-tip');
          expect(a11y.role).toBe('tooltip');
          await p.keyboard.press('ArrowRight');
          expect(await p.evaluate(() => document.activeElement!.getAttribute('data-fig'))).toBe(c.next);
          await p.keyboard.press('ArrowLeft');
          expect(await p.evaluate(() => document.activeElement!.getAttribute('data-fig'))).toBe(c.fig);
          // Esc closes the tooltip and leaves the marks.
          await p.keyboard.press('Escape');
          expect(await tip(p).isVisible()).toBe(false);
          expect(await p.evaluate(() => document.activeElement?.hasAttribute('data-focus'))).toBe(false);
          await p.close();
        });
      }
    });
  }
}

describe('the tooltip with assistive technology', () => {
  for (const [url, c] of [
    ['/vung/', PAGE[0]!],
    ['/en/embed/chi-so-kinh-phi-2014-2020/', EMBED[0]!],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`axe passes with a tooltip open on ${url} (${scheme})`, async () => {
        const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
        const p = await ctx.newPage();
        await p.goto(origin + url);
        await mark(p, c).focus();
        await expectTip(p, c);
        const r = await new AxeBuilder({ page: p })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        expect(
          r.violations.map(
            (v) =>
              `${v.id}: ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(', ')}`,
          ),
        ).toEqual([]);
        // The marks are in the accessibility tree with their names (role img inside a group).
        const snap = await p.locator(`[data-chart="${c.chart}"] svg.kc-plot`).locator('visible=true').ariaSnapshot();
        expect(snap).toContain(c.value);
        await ctx.close();
      });
    }
  }
  it('Enter on a mark opens its sentence in the report', async () => {
    const p = await browser.newPage();
    await p.goto(`${origin}/vung/`);
    await mark(p, PAGE[0]!).focus();
    await p.keyboard.press('Enter');
    const href = figureHref('vi', published.get(PAGE[0]!.fig)!);
    await p.waitForURL(origin + href);
    // The sentence is there to land on.
    expect(await p.locator(`[id="${decodeURIComponent(href.split('#')[1]!)}"]`).count()).toBe(1);
    await p.close();
  });
  it('does not turn slides when a chart mark takes the arrow keys, and marks answer on slides', async () => {
    const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await p.goto(`${origin}/trinh-chieu/#slide-3`);
    const m = p.locator('#slide-3 [data-fig="kcqg-2014-2020.region.red-river.amount"][data-focus]');
    await m.hover();
    await expectTip(p, PAGE[0]!);
    await m.focus();
    await p.keyboard.press('ArrowRight');
    expect(new URL(p.url()).hash).toBe('#slide-3');
    expect(await p.evaluate(() => document.activeElement!.getAttribute('data-fig'))).toBe(
      'kcqg-2014-2020.region.northern-midlands.amount',
    );
    await m.click();
    expect(new URL(p.url()).hash).toBe('#slide-3');
    await p.close();
  });
});

describe('legends highlight their marks', () => {
  it('hovering or focusing a programme in the key dims the other programme’s columns', async () => {
    const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await p.goto(`${origin}/vung/phia-bac-2022-2023/`);
    const fig = p.locator('[data-chart="phia-bac-2022-2023"]');
    const dimmed = () =>
      fig
        .locator('.view.v0 .w-wide [data-series].kc-dim')
        .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-series')))]);
    expect(await dimmed()).toEqual([]);
    // The key says what it does, in the page's language (from the dictionary, not the script).
    expect(await fig.locator('.chart-legend button[data-series="KCQG"]').getAttribute('title')).toMatch(/biểu đồ/);
    await fig.locator('.chart-legend button[data-series="KCQG"]').hover();
    expect(await dimmed()).toEqual(['KCDP']);
    await p.mouse.move(1, 1);
    expect(await dimmed()).toEqual([]);
    await fig.locator('.chart-legend button[data-series="KCDP"]').focus();
    expect(await dimmed()).toEqual(['KCQG']);
    await p.keyboard.press('Enter');
    expect(await fig.locator('.chart-legend button[data-series="KCDP"]').getAttribute('aria-pressed')).toBe('true');
    await p.close();
  });
});
