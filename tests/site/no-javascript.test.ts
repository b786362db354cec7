/**
 * With JavaScript off, what the <noscript> elements promise is there: the search page says why it
 * cannot search and offers the province list; a host page that pasted our embed code shows the
 * chart's PNG, linked to the chart, with its text alternative.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { browserSite } from '../helpers/browser.ts';
import { DIST, read } from '../helpers/dist.ts';

const PUBLISHED = 'https://khuyencong.example.org';
const env = browserSite({ headers: true, hosts: 1 });

describe('without JavaScript', () => {
  it.each([
    ['/tim-kiem/', 'Tìm kiếm cần JavaScript'],
    ['/en/search/', 'Search needs JavaScript'],
  ])('%s says search needs JavaScript and offers every province', async (path, message) => {
    const ctx = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    try {
      await page.goto(env.origin + path);
      const note = page.locator('noscript p, p', { hasText: message });
      expect(await note.count()).toBe(1);
      expect(await note.first().isVisible()).toBe(true);
      const provinces = page.locator('#provinces + ul a');
      expect(await provinces.count()).toBe(63);
      // The list leads somewhere real.
      const href = await provinces.first().getAttribute('href');
      expect((await page.request.get(env.origin + href!)).status()).toBe(200);
    } finally {
      await ctx.close();
    }
  });

  it.each([
    ['kinh-phi-theo-vung-2014-2020', 'vi'],
    ['tra-vinh-2016-2020', 'en'],
  ] as const)('a host page with our embed code shows %s’s PNG (%s), linked to the chart', async (id, lang) => {
    const chartPage = lang === 'vi' ? `/bieu-do/${id}/` : `/en/charts/${id}/`;
    const doc = new JSDOM(read(join(DIST, chartPage, 'index.html'))).window.document;
    const code = (doc.querySelector('#embed-code') as HTMLTextAreaElement).value.replaceAll(PUBLISHED, env.origin);
    const alt = /<img[^>]*alt="([^"]*)"/.exec(code)?.[1];
    expect(alt, 'the fallback image has a text alternative').toBeTruthy();
    // A host page that runs no scripts: the iframe is dropped, as a feed reader or e-mail would.
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Feed</title></head><body>${code.replace(/<iframe[\s\S]*?<\/iframe>/, '')}</body></html>`;
    const ctx = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    try {
      await page.goto(env.host.set(`/noscript-${id}.html`, html), { waitUntil: 'load' });
      const img = page.locator('a > img');
      expect(await img.count()).toBe(1);
      expect(await img.isVisible()).toBe(true);
      const loaded = await img.evaluate((i: HTMLImageElement) => ({
        w: i.naturalWidth,
        src: new URL(i.src).pathname,
        alt: i.alt,
      }));
      expect(loaded.src).toBe(`/charts/${id}-${lang}.png`);
      expect(loaded.w, 'the PNG loaded').toBeGreaterThan(500);
      expect(loaded.alt).toBe(new JSDOM(`<p>${alt}</p>`).window.document.querySelector('p')!.textContent);
      expect(new URL((await page.locator('a:has(> img)').getAttribute('href'))!).pathname).toBe(chartPage);
    } finally {
      await ctx.close();
    }
  });
});

describe('oEmbed', () => {
  it('declares a height that holds the whole embed at the declared width, for every chart', async () => {
    const files = readdirSync(join(DIST, 'oembed'));
    expect(files.length).toBeGreaterThanOrEqual(18);
    const ctx = await env.browser.newContext();
    const page = await ctx.newPage();
    const short: string[] = [];
    try {
      for (const f of files) {
        const o = JSON.parse(read(join(DIST, 'oembed', f))) as { width: number; height: number; html: string };
        const src = /src="([^"]+)"/.exec(o.html)![1]!.replace(PUBLISHED, env.origin);
        await page.setViewportSize({ width: o.width, height: o.height });
        await page.goto(src, { waitUntil: 'load' });
        const needed = await page.evaluate(() => document.documentElement.scrollHeight);
        if (needed > o.height) short.push(`${f}: declares ${o.height}px, the embed needs ${needed}px at ${o.width}px`);
      }
    } finally {
      await ctx.close();
    }
    expect(short).toEqual([]);
  });
});
