/**
 * Search says what happened: a loading state while Pagefind loads, the results or "none", and
 * when the index cannot be loaded (blocked here with Chromium's request routing) a clear message,
 * the province list and a retry that works once the index is reachable again.
 */
import type { Server } from 'node:http';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser.ts';
import { DIST, requireDist, serveDist } from '../helpers/dist.ts';

let browser: Browser;
let site: { server: Server; origin: string };
beforeAll(async () => {
  requireDist();
  site = await serveDist(0, DIST);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  site?.server.close();
});

const status = (page: Page) =>
  page
    .locator('#status')
    .textContent()
    .then((t) => (t ?? '').trim());

describe.each([
  {
    path: '/tim-kiem/',
    loading: 'Đang tìm…',
    error: /Không tải được chỉ mục tìm kiếm/,
    retry: 'Thử lại',
    count: /^\d+ kết quả$/,
  },
  {
    path: '/en/search/',
    loading: 'Searching…',
    error: /search index could not be loaded/,
    retry: 'Try again',
    count: /^\d+ results$/,
  },
])('$path', ({ path, loading, error, retry, count }) => {
  it('shows a loading state, then the results', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    // Hold Pagefind's files back for a moment, as a slow phone connection would.
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    await page.route('**/pagefind/**', async (route: Route) => {
      await held;
      await route.continue();
    });
    try {
      await page.goto(site.origin + path);
      await page.fill('#q', 'dong nai');
      await expect.poll(() => status(page)).toBe(loading);
      expect(await page.getAttribute('#results', 'aria-busy')).toBe('true');
      release();
      await expect.poll(() => status(page), { timeout: 10_000 }).toMatch(count);
      expect(await page.locator('#results li').count()).toBeGreaterThan(0);
      expect(await page.getAttribute('#results', 'aria-busy')).toBeNull();
    } finally {
      await ctx.close();
    }
  });

  it('says the index could not be loaded, keeps the province list, and retries', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.route('**/pagefind/**', (route: Route) => route.abort('internetdisconnected'));
    try {
      await page.goto(site.origin + path);
      await page.fill('#q', 'dong nai');
      await expect.poll(() => status(page), { timeout: 10_000 }).toMatch(error);
      expect(await status(page)).not.toMatch(/Không tìm thấy|No results/);
      const button = page.locator('#retry');
      expect(await button.isVisible()).toBe(true);
      expect(await button.textContent()).toBe(retry);
      // The way on without search: the province list, every province a link.
      expect(await page.locator('#provinces + ul a').count()).toBe(63);
      expect(errors, 'no uncaught error').toEqual([]);

      // The connection is back: the retry finds the results.
      await page.unroute('**/pagefind/**');
      await button.click();
      await expect.poll(() => status(page), { timeout: 10_000 }).toMatch(count);
      expect(await button.isVisible()).toBe(false);
      expect(await page.locator('#results li').count()).toBeGreaterThan(0);
    } finally {
      await ctx.close();
    }
  });
});
