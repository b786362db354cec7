/**
 * The tile map answers, in Chromium: hovering a province's tile (mouse) or moving onto it with
 * the keyboard shows its region, its 2025 unit and its key figures, each with its source line
 * linked to the sentence, at 375 and 1280 px; the tooltip is role="tooltip" and describes the
 * focused tile; Esc closes it; axe passes with it open. Expected values are the reports' own
 * figures as the site writes them (typed here from the reports, not computed).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import type { Server } from 'node:http';
import { launch } from '../helpers/browser.ts';
import { DIST, requireDist, serveDist } from '../helpers/dist.ts';

let browser: Browser;
let server: Server;
let origin: string;
beforeAll(async () => {
  requireDist();
  ({ server, origin } = await serveDist());
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

const tile = (p: Page, slug: string) => p.locator(`#tiles .map63 .v0 a[data-tile="${slug}"]`);
const tip = (p: Page) => p.locator('#tiles-tip');

async function hover(p: Page, slug: string): Promise<void> {
  const rect = tile(p, slug).locator('rect');
  await rect.scrollIntoViewIfNeeded();
  await rect.hover();
  await tip(p).waitFor({ state: 'visible' });
}

describe('the tile map', () => {
  for (const width of [375, 1280]) {
    it(`shows a province's region, 2025 unit and key figures with their sources on hover, at ${width} px`, async () => {
      const p = await browser.newPage({ viewport: { width, height: 900 } });
      await p.goto(`${origin}/`);
      await hover(p, 'ha-noi');
      const text = await tip(p).innerText();
      expect(text).toContain('Hà Nội');
      expect(text).toContain('Vùng: Đồng bằng sông Hồng');
      expect(text).toContain('Từ 1/7/2025: Hà Nội (không sáp nhập)');
      // kcqg-2014-2020 line 627: "Hà Nội (116,49 tỷ đồng)"; nd45-2013-2022 line 23: over 40 staff.
      expect(text).toContain('116,49 tỷ đồng');
      expect(text).toContain('Trung tâm có trên 40 cán bộ');
      const links = await tip(p)
        .locator('a')
        .evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
      expect(links).toContainEqual(['Nguồn: nd45-2013-2022, dòng 23', '/nguon/nd45-2013-2022/van-ban/#L23']);
      expect(
        links.some(
          ([t, h]) => t === 'Nguồn: kcqg-2014-2020, dòng 627' && h!.startsWith('/nguon/kcqg-2014-2020/van-ban/#'),
        ),
      ).toBe(true);
      // Inside the viewport.
      const box = (await tip(p).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      // The tooltip can be hovered, to follow a link; leaving map and tooltip closes it.
      await tip(p).hover();
      await p.waitForTimeout(400);
      expect(await tip(p).isVisible()).toBe(true);
      await p.mouse.move(1, 1);
      await tip(p).waitFor({ state: 'hidden' });
      await p.close();
    });
  }

  it('describes the tile the keyboard moves to, in English, and closes with Esc', async () => {
    const p = await browser.newPage({ viewport: { width: 375, height: 900 } });
    await p.goto(`${origin}/en/`);
    await tile(p, 'dong-nai').focus();
    await p.keyboard.press('Shift+Tab');
    await p.keyboard.press('Tab');
    const focused = await p.evaluate(() => document.activeElement?.getAttribute('data-tile'));
    expect(focused).toBe('dong-nai');
    expect(await tile(p, 'dong-nai').getAttribute('aria-describedby')).toBe('tiles-tip');
    expect(await tip(p).getAttribute('role')).toBe('tooltip');
    const text = await tip(p).innerText();
    expect(text).toContain('Region: South East');
    // kcqg-2014-2020: Đồng Nai VND 52.05 billion; above the national average (line 628).
    expect(text).toContain('VND 52.05 billion');
    expect(text).toContain('Source: kcqg-2014-2020, line 628');
    // The next tile in the keyboard order gets its own tooltip.
    await p.keyboard.press('Tab');
    const next = await p.evaluate(() => document.activeElement?.getAttribute('data-tile'));
    expect(next).toBeTruthy();
    expect(next).not.toBe('dong-nai');
    expect(await tile(p, 'dong-nai').getAttribute('aria-describedby')).toBeNull();
    expect(await tile(p, next!).getAttribute('aria-describedby')).toBe('tiles-tip');
    await p.keyboard.press('Escape');
    expect(await tip(p).isHidden()).toBe(true);
    await p.close();
  });

  it('shows a 2025 unit’s name and what it was formed from, on the map of the 34', async () => {
    const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await p.goto(`${origin}/tinh/?map=34`);
    const unit = p.locator('#tiles .map34 a[data-unit="vinh-long"]');
    await unit.locator('rect').hover();
    await tip(p).waitFor({ state: 'visible' });
    const text = await tip(p).innerText();
    // provinces.csv: Bến Tre, Trà Vinh and Vĩnh Long joined Vĩnh Long on 1 July 2025.
    expect(text).toContain('Vĩnh Long');
    expect(text).toContain('Bến Tre + Trà Vinh + Vĩnh Long');
    // One tooltip, not a second native one; the tile keeps its full name for screen readers.
    expect(await unit.locator('title').count()).toBe(0);
    expect(await unit.getAttribute('aria-label')).toContain('Bến Tre + Trà Vinh + Vĩnh Long');
    await p.mouse.move(1, 1);
    await tip(p).waitFor({ state: 'hidden' });
    // Focus scrolls the tile to the bottom edge of the screen: the tooltip goes where it fits.
    await p.setViewportSize({ width: 375, height: 700 });
    await unit.focus();
    expect(await unit.getAttribute('aria-describedby')).toBe('tiles-tip');
    expect(await tip(p).innerText()).toContain('Bến Tre + Trà Vinh + Vĩnh Long');
    const box = (await tip(p).boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(700);
    await p.keyboard.press('Escape');
    expect(await tip(p).isHidden()).toBe(true);
    await p.close();
  });

  it('says so where the reports give nothing about a province', async () => {
    const facts: { geo: string }[] = JSON.parse(
      readFileSync(join(DIST, '../data/generated/province-facts.json'), 'utf8'),
    );
    const figures: { geo: string }[] = JSON.parse(readFileSync(join(DIST, '../data/generated/figures.json'), 'utf8'));
    const provinces: { slug: string }[] = JSON.parse(
      readFileSync(join(DIST, '../data/generated/provinces.json'), 'utf8'),
    );
    const silent = provinces.find(
      (x) => !facts.some((f) => f.geo === x.slug) && !figures.some((f) => f.geo === x.slug),
    )!;
    expect(silent).toBeTruthy();
    const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await p.goto(`${origin}/`);
    await hover(p, silent.slug);
    expect(await tip(p).innerText()).toContain('Các báo cáo không nêu số liệu riêng về tỉnh này.');
    expect(await tip(p).locator('a').count()).toBe(0);
    await p.close();
  });

  for (const width of [375, 1280])
    it(`passes axe with the tooltip open, at ${width} px`, async () => {
      const ctx = await browser.newContext({ viewport: { width, height: 900 } });
      const p = await ctx.newPage();
      await p.goto(`${origin}/tinh/`);
      await tile(p, 'ha-noi').focus();
      await tip(p).waitFor({ state: 'visible' });
      const r = await new AxeBuilder({ page: p })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(await tip(p).isVisible()).toBe(true);
      await ctx.close();
    });
});
