/**
 * The host half of the embed code (public/js/embed-resizer.js) on a newspaper page that also
 * carries other people's iframes: it must size our chart and nothing else, whatever they post.
 */
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { browserSite } from '../helpers/browser.ts';
import { DIST, read } from '../helpers/dist.ts';

const PUBLISHED = 'https://khuyencong.example.org';
const CHART = 'kinh-phi-theo-vung-2014-2020';

// The site with its production headers, a host page on 127.0.0.2 and an ad server on 127.0.0.3.
const env = browserSite({ headers: true, hosts: 2 });

function embedCode(): string {
  const doc = new JSDOM(read(join(DIST, 'bieu-do', CHART, 'index.html'))).window.document;
  return (doc.querySelector('#embed-code') as HTMLTextAreaElement).value.replaceAll(PUBLISHED, env.origin);
}

describe('the resizer trusts only the site’s own embed frames', () => {
  it('sizes the chart and leaves an advertising iframe that posts our height message alone', async () => {
    // An "advertising" frame from a third site, posting our message over and over.
    const adUrl = env.hosts[1]!.set(
      '/ad.html',
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>ad</title></head><body>ad<script>
      setInterval(function () { parent.postMessage({ 'kc-embed': { height: 19999, id: '${CHART}' } }, '*'); }, 50);
    </script></body></html>`,
    );
    // And a host script that forges our message from the host window itself.
    const page0 = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>News</title></head><body>
      <iframe id="ad" title="ad" src="${adUrl}" height="90" style="width:100%"></iframe>
      ${embedCode()}
      <script>setInterval(function () { window.postMessage({ 'kc-embed': { height: 19999 } }, '*'); }, 50);</script>
    </body></html>`;
    const ctx = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    try {
      await page.goto(env.host.set('/article.html', page0), { waitUntil: 'load' });
      const chart = page.locator(`iframe[src*="/embed/${CHART}/"]`);
      await chart.scrollIntoViewIfNeeded();
      await page.waitForFunction(
        (sel) => (document.querySelector(sel) as HTMLIFrameElement).style.height !== '',
        `iframe[src*="/embed/${CHART}/"]`,
        { timeout: 10_000 },
      );
      await page.waitForTimeout(600); // many forged messages have been posted by now
      const heights = await page.evaluate(() =>
        [...document.querySelectorAll('iframe')].map((f) => ({
          id: f.id || 'chart',
          h: f.clientHeight,
          style: f.style.height,
        })),
      );
      const adFrame = heights.find((x) => x.id === 'ad')!;
      const chartFrame = heights.find((x) => x.id === 'chart')!;
      expect(adFrame.h, 'the advertising frame keeps its own height').toBe(90);
      expect(adFrame.style).toBe('');
      const content = await (await chart.elementHandle())!
        .contentFrame()
        .then((f) => f!.evaluate(() => document.documentElement.scrollHeight));
      expect(chartFrame.h, 'the chart frame has its chart’s height, not a forged one').toBeLessThan(2000);
      expect(
        Math.abs(chartFrame.h - content),
        `frame ${chartFrame.h}px, chart document ${content}px`,
      ).toBeLessThanOrEqual(20);
    } finally {
      await ctx.close();
    }
  });

  it('clamps the height even from our own embed', async () => {
    const ctx = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    try {
      await page.goto(
        env.host.set(
          '/clamp.html',
          `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>News</title></head><body>${embedCode()}</body></html>`,
        ),
        { waitUntil: 'load' },
      );
      const sel = `iframe[src*="/embed/${CHART}/"]`;
      await page.waitForFunction((s) => (document.querySelector(s) as HTMLIFrameElement).style.height !== '', sel, {
        timeout: 10_000,
      });
      const frame = (await (await page.$(sel))!.contentFrame())!;
      // Our own frame, misbehaving: the resizer must still keep it within bounds.
      await frame.evaluate(() => parent.postMessage({ 'kc-embed': { height: 99999 } }, '*'));
      await page.waitForTimeout(200);
      const h = await page.$eval(sel, (f) => f.getBoundingClientRect().height);
      expect(h).toBeLessThanOrEqual(4000);
      expect(h).toBeGreaterThan(1000);
    } finally {
      await ctx.close();
    }
  });
});

describe('a sandboxed embed (no allow-scripts, as some CMSs insert it)', () => {
  const CHARTS = ['kinh-phi-theo-vung-2014-2020', 'phia-bac-2022-2023', 'tra-vinh-2016-2020'];
  for (const width of [375, 1280]) {
    it(`shows the source line and the credit without any script, at ${width} px`, async () => {
      const frames = CHARTS.map((id) => {
        const doc = new JSDOM(read(join(DIST, 'bieu-do', id, 'index.html'))).window.document;
        const code = (doc.querySelector('#embed-code') as HTMLTextAreaElement).value.replaceAll(PUBLISHED, env.origin);
        return /<iframe[\s\S]*?<\/iframe>/
          .exec(code)![0]
          .replace('<iframe ', '<iframe sandbox="allow-popups allow-same-origin" ')
          .replace(' loading="lazy"', '');
      });
      const ctx = await env.browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: true });
      const page = await ctx.newPage();
      try {
        await page.goto(
          env.host.set(
            `/sandboxed-${width}.html`,
            `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>News</title></head><body>${frames.join('\n')}</body></html>`,
          ),
          { waitUntil: 'load' },
        );
        await page.waitForTimeout(500);
        for (const [i, el] of (await page.$$('iframe')).entries()) {
          const frame = (await el.contentFrame())!;
          await frame.waitForSelector('figure.chart');
          const r = await frame.evaluate(() => {
            const inView = (sel: string) => {
              const e = document.querySelector(sel);
              if (!e) return `${sel} missing`;
              const b = e.getBoundingClientRect();
              // Inside the frame's viewport, and the topmost thing at its centre (not covered).
              const top = document.elementFromPoint(b.left + Math.min(b.width / 2, 20), b.top + b.height / 2);
              return b.height > 0 && b.top >= 0 && b.bottom <= innerHeight + 1 && top && e.contains(top)
                ? 'visible'
                : `${sel} hidden (${Math.round(b.top)}–${Math.round(b.bottom)} in ${innerHeight})`;
            };
            return {
              source: inView('figcaption > p:first-child'),
              credit: inView('.credit a'),
              text: document.querySelector('.credit a')?.textContent,
            };
          });
          expect(r.source, `${CHARTS[i]} source line`).toBe('visible');
          expect(r.credit, `${CHARTS[i]} credit`).toBe('visible');
          expect(r.text).toBe('Khuyến công qua những con số');
        }
      } finally {
        await ctx.close();
      }
    });
  }
});
