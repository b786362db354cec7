/**
 * Embeds as journalists use them: the published embed code pasted on a page of another site
 * (served from a second server on another loopback address, so the frames are cross-site),
 * sized by its height messages (ours, WordPress, Datawrapper, AMP); the embed options; the
 * downloads and oEmbed agreeing with the data; the embed page's weight; the presentation view.
 * The site is served with the response headers of dist/_headers, as in production.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, ElementHandle, Page } from 'playwright-core';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import Papa from 'papaparse';
import QRCode from 'qrcode';
import { Resvg } from '@resvg/resvg-js';
import { browserSite } from '../helpers/browser.ts';
import { DIST, read } from '../helpers/dist.ts';
import { FONT_FILES } from '../../scripts/lib/images.ts';

const PUBLISHED = 'https://khuyencong.example.org';
const ROOT = resolve(import.meta.dirname, '../..');
type Lang = 'vi' | 'en';
const LANGS: Lang[] = ['vi', 'en'];

/** The chart ids, read from the registry source (not from dist, so a missing build output shows). */
const CHART_IDS: string[] = (() => {
  const src = readFileSync(join(ROOT, 'src/charts/registry.ts'), 'utf8');
  // One module per chart, imported by the registry: `import c0 from './<id>.ts';`
  return [...src.matchAll(/^import \w+ from '\.\/([a-z0-9-]+)\.ts';$/gm)].map((m) => m[1]!);
})();

const chartPagePath = (id: string, lang: Lang) => (lang === 'vi' ? `/bieu-do/${id}/` : `/en/charts/${id}/`);
const embedPath = (id: string, lang: Lang) => (lang === 'vi' ? `/embed/${id}/` : `/en/embed/${id}/`);
const distFile = (urlPath: string) =>
  join(DIST, decodeURIComponent(urlPath), urlPath.endsWith('/') ? 'index.html' : '');
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

const docs = new Map<string, Document>();
/** A built page parsed with jsdom (cached). */
function doc(urlPath: string): Document {
  let d = docs.get(urlPath);
  if (!d) {
    d = new JSDOM(read(distFile(urlPath))).window.document;
    docs.set(urlPath, d);
  }
  return d;
}

/** The embed code as published in the chart page's #embed-code textarea. */
function publishedEmbedCode(id: string, lang: Lang): string {
  const ta = doc(chartPagePath(id, lang)).querySelector('#embed-code') as HTMLTextAreaElement | null;
  if (!ta) throw new Error(`${chartPagePath(id, lang)} has no #embed-code textarea`);
  return ta.value;
}

const hostPage = (body: string, head = '') => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A news article</title>${head}</head>
<body><h1>A news article on another site</h1><p>Some text before the chart.</p>
${body}
<p>Some text after the chart.</p></body></html>`;

// The site with its production headers; a newspaper on another loopback address (another site).
const env = browserSite({ headers: true, hosts: 1 });

it('knows the charts', () => {
  expect(CHART_IDS.length).toBeGreaterThanOrEqual(3);
  expect(CHART_IDS).toContain('kinh-phi-theo-vung-2014-2020');
  expect([...CHART_IDS].sort()).toEqual(readdirSync(join(DIST, 'embed')).sort());
});

// ---------------------------------------------------------------- browser helpers

async function newPage(
  opts: { width?: number; scheme?: 'light' | 'dark' } = {},
): Promise<{ ctx: BrowserContext; page: Page; errors: string[] }> {
  const ctx = await env.browser.newContext({
    viewport: { width: opts.width ?? 1280, height: 900 },
    colorScheme: opts.scheme ?? 'light',
  });
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { ctx, page, errors };
}

interface FrameState {
  /** The iframe element in the host page. */
  height: number;
  width: number;
  attr: string | null;
  styleHeight: string;
  /** Inside the frame (null until the embed has loaded). */
  inner: null | {
    id: string;
    url: string;
    scrollH: number;
    scrollW: number;
    clientW: number;
    content: number;
    svgVisible: boolean;
    svgBottom: number;
    innerH: number;
    ready: string;
  };
}

async function frameState(el: ElementHandle<HTMLIFrameElement>): Promise<FrameState> {
  const outer = await el.evaluate((f) => ({
    height: f.clientHeight,
    width: f.clientWidth,
    attr: f.getAttribute('height'),
    styleHeight: f.style.height,
  }));
  const frame = await el.contentFrame();
  const inner = frame
    ? await frame
        .evaluate(() => {
          const main = document.querySelector('main');
          const fig = document.querySelector('figure.chart[data-chart]');
          if (!main || !fig) return null;
          const shown = [...document.querySelectorAll('figure.chart svg.kc-plot')]
            .map((s) => s.getBoundingClientRect())
            .filter((r) => r.width > 0 && r.height > 0);
          const de = document.documentElement;
          return {
            id: fig.getAttribute('data-chart') ?? '',
            url: location.href,
            scrollH: de.scrollHeight,
            scrollW: de.scrollWidth,
            clientW: de.clientWidth,
            // Where the content ends: the bottom of <main>, in document coordinates.
            content: Math.ceil(main.getBoundingClientRect().bottom + scrollY),
            svgVisible: shown.length > 0,
            svgBottom: shown.length ? Math.max(...shown.map((r) => r.bottom + scrollY)) : -1,
            innerH: innerHeight,
            ready: document.readyState,
          };
        })
        .catch(() => null)
    : null;
  return { ...outer, inner };
}

const sized = (s: FrameState) =>
  !!s.inner &&
  s.inner.ready === 'complete' &&
  s.inner.svgVisible &&
  s.inner.scrollH <= s.height + 2 &&
  s.height <= s.inner.content + 20;

/** Polls until `ok` holds (or the time is up) and returns the last value, for real assertions after. */
async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  let v = await fn();
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    v = await fn();
  }
  return v;
}

/** Scrolls each embed into view (they load lazily, as for a reader) and waits until all are sized. */
async function settle(
  page: Page,
  ok: (s: FrameState, i: number) => boolean = sized,
  timeout = 10_000,
): Promise<FrameState[]> {
  const end = Date.now() + timeout;
  const frames = (await page.$$('iframe[src*="/embed/"]')) as ElementHandle<HTMLIFrameElement>[];
  for (const f of frames) {
    await f.scrollIntoViewIfNeeded();
    await until(
      () => frameState(f),
      (s) => !!s.inner && s.inner.svgVisible && s.inner.ready === 'complete',
      Math.max(0, end - Date.now()),
    );
  }
  await page.evaluate(() => scrollTo(0, 0));
  return until(
    () => Promise.all(frames.map(frameState)),
    (ss) => ss.every((s, i) => ok(s, i)),
    Math.max(1000, end - Date.now()),
  );
}

function expectSized(states: FrameState[], label: string) {
  for (const [i, s] of states.entries()) {
    const what = `${label}: iframe ${i} (${s.inner?.id ?? 'not loaded'})`;
    expect(s.inner, `${what} loaded the chart`).not.toBeNull();
    expect(s.inner!.svgVisible, `${what} shows its chart`).toBe(true);
    expect(
      s.inner!.scrollH,
      `${what} scrolls inside (content ${s.inner!.scrollH}px, iframe ${s.height}px)`,
    ).toBeLessThanOrEqual(s.height + 2);
    expect(
      s.height,
      `${what} leaves a blank (iframe ${s.height}px, content ${s.inner!.content}px)`,
    ).toBeLessThanOrEqual(s.inner!.content + 20);
    expect(s.inner!.scrollW, `${what} scrolls sideways`).toBeLessThanOrEqual(s.inner!.clientW + 1);
  }
}

const EMBEDDED: [string, Lang][] = [
  ['kinh-phi-theo-vung-2014-2020', 'vi'],
  ['phia-bac-2022-2023', 'vi'],
  ['tra-vinh-2016-2020', 'en'],
  ['binh-quan-moi-tinh-theo-vung', 'en'],
];
const onSite = (code: string) => code.replaceAll(PUBLISHED, env.origin);

// ---------------------------------------------------------------- 1. foreign-origin embeds

describe('the published embed code on another site', () => {
  it('is what the chart pages publish: iframe to the embed route, the resizer, a PNG fallback', () => {
    for (const id of CHART_IDS) {
      for (const lang of LANGS) {
        const code = publishedEmbedCode(id, lang);
        const d = new JSDOM(`<body>${code}</body>`).window.document;
        const iframe = d.querySelector('iframe');
        expect(iframe?.getAttribute('src'), `${id} ${lang}`).toBe(PUBLISHED + embedPath(id, lang));
        expect(Number(iframe?.getAttribute('height')), `${id} ${lang} default height`).toBeGreaterThan(200);
        expect(iframe?.getAttribute('title'), `${id} ${lang} iframe title`).toBe(
          norm(doc(chartPagePath(id, lang)).querySelector('h1')!.textContent!),
        );
        expect(d.querySelector('script')?.getAttribute('src')).toBe(`${PUBLISHED}/js/embed-resizer.js`);
        expect(code).toMatch(new RegExp(`<noscript>.*src="${PUBLISHED}/charts/${id}-${lang}\\.png"`, 's'));
        expect(existsSync(distFile(embedPath(id, lang))), `${embedPath(id, lang)} is built`).toBe(true);
      }
    }
  });

  it('sizes every embed to its chart, and again when the host page narrows to 375 px', async () => {
    const url = env.host.set(
      '/article.html',
      hostPage(EMBEDDED.map(([id, lang]) => `<section>${onSite(publishedEmbedCode(id, lang))}</section>`).join('\n')),
    );
    const { ctx, page, errors } = await newPage({ width: 1280 });
    try {
      await page.goto(url, { waitUntil: 'load' });
      const wide = await settle(page);
      expectSized(wide, '1280 px');
      expect(wide.map((s) => s.inner!.id)).toEqual(EMBEDDED.map(([id]) => id));
      // Cross-site: the frames really are on the chart site's origin, the host on its own.
      for (const s of wide) expect(new URL(s.inner!.url).origin).toBe(env.origin);
      expect(new URL(page.url()).origin).not.toBe(env.origin);
      // The resizer set the heights (the default attribute is only a starting guess).
      for (const s of wide) expect(s.styleHeight).toMatch(/^\d+px$/);

      await page.setViewportSize({ width: 375, height: 800 });
      const narrow = await settle(page, (s, i) => sized(s) && s.height !== wide[i]!.height);
      expectSized(narrow, '375 px');
      for (const [i, s] of narrow.entries()) {
        expect(s.width, 'the iframe follows the host page width').toBeLessThanOrEqual(375);
        expect(s.height, `${s.inner!.id}: height changes with the width`).not.toBe(wide[i]!.height);
      }
      expect(errors).toEqual([]);
    } finally {
      await ctx.close();
    }
  });

  it('sizes two copies of one chart independently (messages matched by their frame, not by id)', async () => {
    const code = onSite(publishedEmbedCode('kinh-phi-theo-vung-2014-2020', 'vi'));
    const url = env.host.set(
      '/two-copies.html',
      hostPage(`<div style="width:300px">${code}</div>\n<div>${code}</div>`),
    );
    const { ctx, page, errors } = await newPage({ width: 1280 });
    try {
      await page.goto(url, { waitUntil: 'load' });
      const [narrow, full] = await settle(page, (s, i) => sized(s) && (i === 0 ? s.width === 300 : s.width > 1000));
      expectSized([narrow!, full!], 'two copies');
      expect(narrow!.width).toBe(300);
      expect(full!.width).toBeGreaterThan(1000);
      expect(narrow!.inner!.id).toBe(full!.inner!.id);
      expect(
        Math.abs(narrow!.height - full!.height),
        `the 300 px copy (${narrow!.height}px) and the full-width copy (${full!.height}px)`,
      ).toBeGreaterThan(50);
      expect(errors).toEqual([]);
    } finally {
      await ctx.close();
    }
  });
});

describe('the resizer arriving late', () => {
  it('still sizes embeds that loaded before it (a CMS that delays scripts until the reader interacts)', async () => {
    const codes = EMBEDDED.slice(0, 2).map(([id, lang]) => onSite(publishedEmbedCode(id, lang)));
    const iframes = codes.map((c) => /<iframe[\s\S]*?<\/iframe>/.exec(c)![0]);
    const script = /<script[^>]*><\/script>/.exec(codes[0]!)![0];
    const url = env.host.set(
      '/late.html',
      hostPage(iframes.join('\n') + '\n<template id="delayed">' + script + '</template>'),
    );
    const { ctx, page, errors } = await newPage({ width: 1280 });
    try {
      await page.goto(url, { waitUntil: 'load' });
      await settle(page, (s) => !!s.inner && s.inner.svgVisible && s.inner.ready === 'complete');
      // What "delay JavaScript" plugins do: insert the page's scripts after the page has loaded.
      await page.evaluate(() => {
        const t = document.getElementById('delayed') as HTMLTemplateElement;
        const old = t.content.querySelector('script')!;
        const s = document.createElement('script');
        s.src = old.src;
        document.body.append(s);
      });
      await page.waitForFunction(() => (window as unknown as { __kcEmbedResizer?: boolean }).__kcEmbedResizer === true);
      const states = await settle(page, sized, 6000);
      expectSized(states, 'resizer loaded after the frames');
      expect(errors).toEqual([]);
    } finally {
      await ctx.close();
    }
  });
});

// ---------------------------------------------------------------- 2. bare iframe

describe('the iframe alone (the CMS stripped the script)', () => {
  const bareTest = (width: number, charts: [string, Lang][]) => async () => {
    const bare = charts.map(([id, lang]) => {
      const code = onSite(publishedEmbedCode(id, lang));
      const iframe = /<iframe[\s\S]*?<\/iframe>/.exec(code)![0];
      return { id, lang, iframe, height: Number(/\sheight="(\d+)"/.exec(iframe)![1]) };
    });
    const url = env.host.set(
      `/bare-${width}.html`,
      hostPage(bare.map((b) => b.iframe).join('\n<p>Between charts.</p>\n')),
    );
    const { ctx, page, errors } = await newPage({ width });
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(r.url()));
    try {
      await page.goto(url, { waitUntil: 'load' });
      await settle(page, (s) => !!s.inner && s.inner.svgVisible);
      await page.waitForTimeout(800); // time enough for any stray resizing to happen
      const states = await Promise.all(
        ((await page.$$('iframe')) as ElementHandle<HTMLIFrameElement>[]).map(frameState),
      );
      expect(states.length).toBe(bare.length);
      const clipped: string[] = [];
      for (const [i, s] of states.entries()) {
        const b = bare[i]!;
        expect(s.inner?.id).toBe(b.id);
        expect(s.attr, `${b.id} keeps its height attribute`).toBe(String(b.height));
        expect(s.styleHeight, `${b.id} was not resized`).toBe('');
        expect(s.height).toBe(b.height);
        expect(s.inner!.svgVisible, `${b.id} shows its chart`).toBe(true);
        if (s.inner!.svgBottom > s.height)
          clipped.push(
            `${b.id} (${b.lang}): chart ends at ${Math.ceil(s.inner!.svgBottom)}px, default height ${s.height}px`,
          );
      }
      expect(clipped, `charts cut off by the default height at ${width}px`).toEqual([]);
      expect(
        loaded.filter((u) => u.includes('embed-resizer')),
        'no resizer on this page',
      ).toEqual([]);
      expect(loaded.filter((u) => u.includes('/js/embed.js')).length, 'each frame ran its own script').toBe(
        bare.length,
      );
      expect(errors).toEqual([]);
    } finally {
      await ctx.close();
    }
  };
  it(
    'shows the chart at its default height on a desktop page, and nothing resizes it',
    bareTest(1280, EMBEDDED.slice(0, 3)),
  );
  it(
    'shows the whole chart at its default height on a phone (375 px) too',
    bareTest(
      375,
      CHART_IDS.map((id) => [id, 'vi'] as [string, Lang]),
    ),
  );
});

// ---------------------------------------------------------------- 3. other hosts' resize protocols

describe('height messages in the dialects other hosts understand', () => {
  it('speaks WordPress (with the secret from #?secret=), Datawrapper and AMP', async () => {
    const id = 'phia-bac-2022-2023';
    // What wp-embed does: trust only messages from the frame carrying its data-secret, clamp to
    // 200–1000 px and set the height attribute.
    const page1 = hostPage(`
<script>
window.got = { wp: [], dw: [], amp: [], kc: [], other: [] };
window.addEventListener('message', function (e) {
  var wp = document.getElementById('wp'), plain = document.getElementById('nosecret');
  var d = e.data || {};
  if (e.source === plain.contentWindow) { if (d.message === 'height') got.other.push(d); return; }
  if (e.source !== wp.contentWindow) return;
  if (d.message === 'height') {
    got.wp.push({ value: d.value, secret: d.secret, origin: e.origin });
    if (d.secret !== wp.getAttribute('data-secret')) return;
    var v = parseInt(d.value, 10);
    if (v > 1000) v = 1000; else if (~~v < 200) v = 200;
    wp.height = v;
  } else if (d['datawrapper-height']) got.dw.push(d['datawrapper-height']);
  else if (d.sentinel === 'amp') got.amp.push(d);
  else if (d['kc-embed']) got.kc.push(d['kc-embed']);
});
</script>
<iframe id="wp" class="wp-embedded-content" data-secret="abc123" src="${env.origin}${embedPath(id, 'vi')}#?secret=abc123" height="200" title="Embedded chart" style="width:100%;border:0"></iframe>
<iframe id="nosecret" src="${env.origin}${embedPath(id, 'en')}" height="300" title="Embedded chart" style="width:100%;border:0"></iframe>`);
    const url = env.host.set('/wordpress.html', page1);
    const { ctx, page, errors } = await newPage({ width: 1280 });
    try {
      await page.goto(url, { waitUntil: 'load' });
      const el = (await page.$('#wp')) as ElementHandle<HTMLIFrameElement>;
      const s = await until(
        () => frameState(el),
        (st) => sized(st) && st.attr !== '200',
      );
      const got = await page.evaluate(
        () => (window as unknown as { got: Record<string, Record<string, unknown>[]> }).got,
      );
      expect(got.wp!.length, 'WordPress height messages').toBeGreaterThan(0);
      for (const m of got.wp!) {
        expect(m.secret).toBe('abc123');
        expect(m.origin).toBe(env.origin);
      }
      const last = Number(got.wp!.at(-1)!.value);
      expect(
        Math.abs(last - s.inner!.content),
        `WordPress value ${last} vs content ${s.inner!.content}`,
      ).toBeLessThanOrEqual(2);
      expect(s.attr).toBe(String(last));
      expectSized([s], 'WordPress host');
      // The frame without a secret sends no WordPress message.
      await page.waitForTimeout(300);
      expect((await page.evaluate(() => (window as unknown as { got: { other: unknown[] } }).got.other)).length).toBe(
        0,
      );

      expect(got.dw!.length, 'Datawrapper messages').toBeGreaterThan(0);
      expect(Object.keys(got.dw!.at(-1)!)).toEqual([id]);
      expect(got.dw!.at(-1)![id]).toBe(last);
      expect(got.amp!.length, 'AMP messages').toBeGreaterThan(0);
      expect(got.amp!.at(-1)).toEqual({ sentinel: 'amp', type: 'embed-size', height: last });
      expect(got.kc!.at(-1)).toEqual({ height: last, id });
      expect(errors).toEqual([]);
    } finally {
      await ctx.close();
    }
  });
});

// ---------------------------------------------------------------- 4. embed options

describe('embed options', () => {
  const id = 'kinh-phi-theo-vung-2014-2020';
  const bg = (page: Page) =>
    page.evaluate(() => {
      const m = /rgba?\((\d+), (\d+), (\d+)/.exec(getComputedStyle(document.documentElement).backgroundColor)!;
      const [r, g, b] = [m[1], m[2], m[3]].map((x) => Number(x) / 255);
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    });

  it('?dark=true forces the dark theme, ?dark=false the light one, whatever the reader prefers', async () => {
    const light = await newPage({ scheme: 'light' });
    const dark = await newPage({ scheme: 'dark' });
    try {
      await light.page.goto(`${env.origin}${embedPath(id, 'vi')}?dark=true`);
      expect(await light.page.getAttribute('html', 'data-theme')).toBe('dark');
      expect(await bg(light.page), 'dark background').toBeLessThan(0.1);
      await light.page.goto(`${env.origin}${embedPath(id, 'vi')}`);
      expect(await bg(light.page), 'light background by default for a light reader').toBeGreaterThan(0.9);

      await dark.page.goto(`${env.origin}${embedPath(id, 'en')}?dark=false`);
      expect(await dark.page.getAttribute('html', 'data-theme')).toBe('light');
      expect(await bg(dark.page), 'light background').toBeGreaterThan(0.9);
      expect([...light.errors, ...dark.errors]).toEqual([]);
    } finally {
      await light.ctx.close();
      await dark.ctx.close();
    }
  });

  it('?plain shows the chart alone: no title, subtitle, table or credit', async () => {
    const { ctx, page, errors } = await newPage();
    try {
      for (const lang of LANGS) {
        await page.goto(`${env.origin}${embedPath(id, lang)}?plain`);
        expect(await page.evaluate(() => document.documentElement.classList.contains('plain'))).toBe(true);
        expect(await page.locator('figure.chart svg.kc-plot:visible').count(), `${lang}: the chart`).toBeGreaterThan(0);
        expect(await page.locator('figure.chart .subtitle').isVisible(), `${lang}: subtitle hidden`).toBe(false);
        expect(await page.locator('.credit').isVisible(), `${lang}: credit hidden`).toBe(false);
        expect(await page.locator('figure.chart h1').isVisible(), `${lang}: the title (h1) is hidden`).toBe(false);
      }
      expect(errors).toEqual([]);
    } finally {
      await ctx.close();
    }
  });

  it('?lang= moves to the other language’s embed, keeping the other options', async () => {
    const { ctx, page, errors } = await newPage();
    try {
      await page.goto(`${env.origin}/embed/${id}/?lang=en`);
      await page.waitForURL((u) => u.pathname === `/en/embed/${id}/`, { timeout: 5000 }).catch(() => {});
      expect(new URL(page.url()).pathname).toBe(`/en/embed/${id}/`);
      expect(await page.getAttribute('html', 'lang')).toBe('en');

      await page.goto(`${env.origin}/en/embed/${id}/?lang=vi&dark=true`);
      await page.waitForURL((u) => u.pathname === `/embed/${id}/`, { timeout: 5000 }).catch(() => {});
      const u = new URL(page.url());
      expect(u.pathname).toBe(`/embed/${id}/`);
      expect(u.searchParams.get('dark')).toBe('true');
      expect(u.searchParams.has('lang')).toBe(false);
      await page.waitForLoadState('load');
      expect(await page.getAttribute('html', 'lang')).toBe('vi');
      expect(await page.getAttribute('html', 'data-theme')).toBe('dark');

      // The language already asked for: no redirect.
      await page.goto(`${env.origin}/embed/${id}/?lang=vi`);
      await page.waitForTimeout(200);
      expect(new URL(page.url()).pathname).toBe(`/embed/${id}/`);
      expect(errors).toEqual([]);
    } finally {
      await ctx.close();
    }
  });
});

// ---------------------------------------------------------------- 5. the host page stays whole

describe('embeds never break the host page', () => {
  it('runs the host’s own scripts, leaves its other iframes alone and throws nothing', async () => {
    const embeds = EMBEDDED.slice(0, 3)
      .map(([i, lang]) => onSite(publishedEmbedCode(i, lang)))
      .join('\n');
    const html = hostPage(`
<script>
window.hostErrors = []; window.hostMessages = 0; window.messageListeners = 0;
// Count every message listener added from now on: the host's own below, and the resizer's.
var add = window.addEventListener;
window.addEventListener = function (type) { if (type === 'message') window.messageListeners++; return add.apply(this, arguments); };
window.addEventListener('error', function (e) { hostErrors.push(String(e.message)); });
window.addEventListener('message', function () { hostMessages++; });
window.addEventListener('load', function () { window.hostLoaded = document.querySelectorAll('iframe').length; });
</script>
<iframe id="own" title="The host's own widget" height="123" style="width:100%" srcdoc="<p>host widget</p>"></iframe>
${embeds}
<script>window.hostAfterEmbeds = typeof window.hostErrors === 'object' ? 'ran' : 'broken';</script>`);
    const url = env.host.set('/own-scripts.html', html);
    const { ctx, page, errors } = await newPage();
    try {
      await page.goto(url, { waitUntil: 'load' });
      await settle(page);
      const r = await page.evaluate(() => {
        const w = window as unknown as Record<string, unknown>;
        return {
          after: w.hostAfterEmbeds,
          loaded: w.hostLoaded,
          errs: w.hostErrors,
          msgs: w.hostMessages,
          resizer: w.__kcEmbedResizer,
          listeners: w.messageListeners,
          own: document.getElementById('own')!.clientHeight,
        };
      });
      expect(r.after).toBe('ran');
      expect(r.loaded).toBe(4);
      expect(r.errs).toEqual([]);
      expect(r.msgs, 'the host still receives the messages (the resizer does not swallow them)').toBeGreaterThan(0);
      expect(r.resizer, 'the resizer ran').toBe(true);
      // The host's listener plus exactly one of the resizer's, though its script was pasted three times.
      expect(r.listeners, 'message listeners added: the host’s and one resizer’s').toBe(2);
      expect(r.own, 'the host’s own iframe keeps its height').toBe(123);
      expect(errors).toEqual([]);
    } finally {
      await ctx.close();
    }
  });
});

// ---------------------------------------------------------------- 6. downloads and oEmbed

interface Fig {
  id: string;
  value: number;
  unit: string;
  source: string;
  derived: boolean;
  qualifier: string;
  period_label: string;
  status: string;
  line: number;
}
let figureMap: Map<string, Fig> | undefined;
/** dist/data/figures.json by id (read on first use, after requireDist). */
const figures = () =>
  (figureMap ??= new Map((JSON.parse(read(join(DIST, 'data/figures.json'))) as Fig[]).map((f) => [f.id, f])));

function pngSize(buf: Buffer): { width: number; height: number } {
  expect([...buf.subarray(0, 8)], 'PNG signature').toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(buf.subarray(12, 16).toString('latin1'), 'first chunk').toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function parseSvg(text: string, what: string): Element {
  const d = new new JSDOM('').window.DOMParser().parseFromString(text, 'image/svg+xml');
  expect(d.getElementsByTagName('parsererror').length, `${what} parses as XML`).toBe(0);
  expect(d.documentElement.localName, what).toBe('svg');
  expect(d.documentElement.namespaceURI, what).toBe('http://www.w3.org/2000/svg');
  return d.documentElement;
}

describe('downloads agree with the data', () => {
  for (const id of CHART_IDS) {
    it(`${id}: CSV rows are the published figures`, () => {
      const file = join(DIST, 'charts', `${id}.csv`);
      expect(existsSync(file), file).toBe(true);
      const { data, errors } = Papa.parse<Record<string, string>>(read(file), { header: true, skipEmptyLines: true });
      expect(errors).toEqual([]);
      expect(data.length).toBeGreaterThan(0);
      expect(new Set(data.map((r) => r.id)).size, 'ids are unique').toBe(data.length);
      for (const row of data) {
        const f = figures().get(row.id!);
        expect(f, `${row.id} is in figures.json`).toBeDefined();
        expect(Number(row.value), `${row.id} value`).toBe(f!.value);
        expect(row.unit, `${row.id} unit`).toBe(f!.unit);
        expect(row.source, `${row.id} source`).toBe(f!.source);
        expect(row.derived, `${row.id} derived`).toBe(String(f!.derived));
        // The tags that are part of the figure, and its line in the report.
        expect(row.qualifier, `${row.id} qualifier`).toBe(f!.qualifier);
        expect(row.period_label, `${row.id} period_label`).toBe(f!.period_label);
        expect(row.status, `${row.id} status`).toBe(f!.status);
        expect(row.line, `${row.id} line`).toBe(f!.derived ? '' : String(f!.line));
      }
    });

    it(`${id}: SVG and PNG in both languages`, () => {
      for (const lang of LANGS) {
        const svgFile = join(DIST, 'charts', `${id}-${lang}.svg`);
        const pngFile = join(DIST, 'charts', `${id}-${lang}.png`);
        expect(existsSync(svgFile), svgFile).toBe(true);
        expect(existsSync(pngFile), pngFile).toBe(true);
        const svg = parseSvg(read(svgFile), svgFile);
        const title = norm(doc(chartPagePath(id, lang)).querySelector('h1')!.textContent!);
        expect(title.length).toBeGreaterThan(10);
        expect(norm(svg.textContent ?? ''), `${id}-${lang}.svg carries the title`).toContain(title);
        const svgW = Number(svg.getAttribute('width'));
        const svgH = Number(svg.getAttribute('height'));
        expect(svgW).toBeGreaterThan(0);
        const png = pngSize(readFileSync(pngFile));
        expect(png.width, `${id}-${lang}.png is drawn at 2×`).toBe(svgW * 2);
        expect(png.height, `${id}-${lang}.png height`).toBe(svgH * 2);
      }
    });

    it(`${id}: oEmbed discovery and response`, () => {
      for (const lang of LANGS) {
        const link = doc(chartPagePath(id, lang)).querySelector(
          'link[rel="alternate"][type="application/json+oembed"]',
        );
        expect(link, `${chartPagePath(id, lang)} links its oEmbed`).not.toBeNull();
        const href = new URL(link!.getAttribute('href')!);
        expect(href.origin).toBe(PUBLISHED);
        expect(href.pathname).toBe(`/oembed/${id}-${lang}.json`);
        expect(existsSync(join(DIST, href.pathname)), href.pathname).toBe(true);
        const o = JSON.parse(read(join(DIST, href.pathname))) as Record<string, unknown>;
        expect(o.version).toBe('1.0');
        expect(o.type).toBe('rich');
        expect(o.title).toBe(norm(doc(chartPagePath(id, lang)).querySelector('h1')!.textContent!));
        const iframe = new JSDOM(`<body>${o.html as string}</body>`).window.document.querySelector('iframe');
        expect(iframe?.getAttribute('src')).toBe(PUBLISHED + embedPath(id, lang));
        expect(existsSync(distFile(embedPath(id, lang)))).toBe(true);
        expect(Number(o.width)).toBeGreaterThan(0);
        expect(Number(o.height)).toBe(Number(iframe?.getAttribute('height')));
      }
    });
  }

  it('the title, subtitle and source line fit inside the SVG and PNG downloads', () => {
    // Each text line of the download drawn alone, with the fonts the PNGs are made with
    // (scripts/lib/images.ts): where its ink ends must be inside the image.
    const cut: string[] = [];
    for (const id of CHART_IDS) {
      for (const lang of LANGS) {
        const file = `${id}-${lang}.svg`;
        const svg = parseSvg(read(join(DIST, 'charts', file)), file);
        const width = Number(svg.getAttribute('width'));
        const texts = [...svg.children].filter((c) => c.localName === 'text');
        expect(texts.length, `${file} has its title and source line`).toBeGreaterThanOrEqual(2);
        for (const t of texts) {
          const alone = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width * 3} 200" width="${width * 3}" height="200" font-family="sans-serif">${t.outerHTML}</svg>`;
          const box = new Resvg(alone, {
            font: {
              fontFiles: FONT_FILES,
              loadSystemFonts: false,
              defaultFontFamily: 'Be Vietnam Pro',
              sansSerifFamily: 'Be Vietnam Pro',
            },
          }).getBBox();
          expect(box, `${file}: "${t.textContent}" draws`).toBeDefined();
          const right = Math.ceil(box!.x + box!.width);
          if (right > width)
            cut.push(`${file}: "${norm(t.textContent ?? '').slice(0, 60)}…" runs to ${right}px of ${width}px`);
        }
      }
    }
    expect(cut).toEqual([]);
  });

  it('oEmbed thumbnails are the PNGs and declare their real size', () => {
    const wrong: string[] = [];
    for (const id of CHART_IDS) {
      for (const lang of LANGS) {
        const o = JSON.parse(read(join(DIST, 'oembed', `${id}-${lang}.json`))) as Record<string, unknown>;
        const thumb = new URL(o.thumbnail_url as string);
        expect(thumb.pathname).toBe(`/charts/${id}-${lang}.png`);
        const png = pngSize(readFileSync(join(DIST, thumb.pathname)));
        if (o.thumbnail_width !== png.width || o.thumbnail_height !== png.height) {
          wrong.push(
            `oembed/${id}-${lang}.json says ${String(o.thumbnail_width)}×${String(o.thumbnail_height)}, the PNG is ${png.width}×${png.height}`,
          );
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

// ---------------------------------------------------------------- 7. weight

describe('embed page weight', () => {
  it('HTML + CSS + JS of every embed, gzipped, is at most 50 KB', () => {
    const sizes: string[] = [];
    for (const id of CHART_IDS) {
      for (const lang of LANGS) {
        const p = embedPath(id, lang);
        const html = read(distFile(p));
        const d = doc(p);
        const assets = [
          ...[...d.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href')!),
          ...[...d.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!),
        ];
        // The stylesheet is linked or inlined (astro.config.mjs inlines it): either way it is counted.
        expect(
          assets.some((a) => a.endsWith('.css')) || d.querySelector('head style') !== null,
          `${p} has its stylesheet`,
        ).toBe(true);
        expect(assets, `${p} loads the embed script`).toContain('/js/embed.js');
        let total = gzipSync(html).length;
        for (const a of assets) {
          expect(a.startsWith('/'), `${p}: ${a} is served by the site`).toBe(true);
          expect(existsSync(join(DIST, a)), `${p}: ${a} exists`).toBe(true);
          total += gzipSync(readFileSync(join(DIST, a))).length;
        }
        sizes.push(`${p} ${total}`);
        expect(total, `${p} weighs ${total} bytes gzipped`).toBeLessThanOrEqual(50 * 1024);
      }
    }
    expect(sizes.length).toBe(CHART_IDS.length * 2);
  });
});

// ---------------------------------------------------------------- 8. presentation

/** The dark modules of a QR code drawn by the qrcode package's SVG renderer (margin 1). */
function qrModules(svg: Element): boolean[][] {
  const d = svg.querySelector('path[stroke]')!.getAttribute('d')!;
  const size = Number(svg.getAttribute('viewBox')!.split(/\s+/)[2]) - 2;
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  let x = 0;
  let y = 0;
  for (const [, cmd, args] of d.matchAll(/([Mmh])([-\d.\s]+)/g)) {
    const n = args!.trim().split(/\s+/).map(Number);
    if (cmd === 'M') {
      x = n[0]!;
      y = n[1]!;
    } else if (cmd === 'm') {
      x += n[0]!;
      y += n[1]!;
    } else {
      for (let k = 0; k < n[0]!; k++) grid[Math.floor(y) - 1]![x - 1 + k] = true;
      x += n[0]!;
    }
  }
  return grid;
}

describe('presentation', () => {
  for (const lang of LANGS) {
    const deckPath = lang === 'vi' ? '/trinh-chieu/' : '/en/present/';

    it(`${deckPath}: one slide per chart, each with a QR code of its permalink`, () => {
      const slides = [...doc(deckPath).querySelectorAll('[data-deck] .slide')];
      expect(slides.length).toBe(CHART_IDS.length + 1);
      expect(slides[0]!.querySelector('h1')).not.toBeNull();
      const linked: string[] = [];
      for (const [i, s] of slides.entries()) {
        if (i === 0) continue;
        expect(s.id).toBe(`slide-${i}`);
        const qr = s.querySelector('svg.qr');
        expect(qr, `slide ${i} has a QR code`).not.toBeNull();
        const a = s.querySelector('a[href]');
        expect(a, `slide ${i} links its chart`).not.toBeNull();
        const href = a!.getAttribute('href')!;
        const m = new RegExp(`^${PUBLISHED}${lang === 'vi' ? '/bieu-do/' : '/en/charts/'}([a-z0-9-]+)/$`).exec(href);
        expect(m, `slide ${i}: ${href} is a chart permalink`).not.toBeNull();
        const id = m![1]!;
        linked.push(id);
        expect(existsSync(distFile(chartPagePath(id, lang))), `${href} exists`).toBe(true);
        expect(norm(s.querySelector('h2')!.textContent!), `slide ${i} shows the linked chart`).toBe(
          norm(doc(chartPagePath(id, lang)).querySelector('h1')!.textContent!),
        );
        expect(qr!.getAttribute('aria-label')).toContain(href);
        const expected = QRCode.create(href, { errorCorrectionLevel: 'M' }).modules;
        const want = Array.from({ length: expected.size }, (_, r) =>
          Array.from({ length: expected.size }, (_, c) => !!expected.data[r * expected.size + c]),
        );
        expect(qrModules(qr!), `slide ${i}: the QR code encodes ${href}`).toEqual(want);
      }
      expect([...linked].sort()).toEqual([...CHART_IDS].sort());
    });

    it(`${deckPath}: a keyboard user can follow a slide's permalink with Enter`, async () => {
      const { ctx, page, errors } = await newPage({ width: 1280 });
      try {
        // The permalink is on the published origin: answer it locally.
        await page.route(`${PUBLISHED}/**`, (r) =>
          r.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><title>permalink</title><p>chart page</p>' }),
        );
        await page.goto(`${env.origin}${deckPath}#slide-2`, { waitUntil: 'load' });
        const link = page.locator('[data-deck] .slide.current .slide-qr a');
        const href = (await link.getAttribute('href'))!;
        await link.focus();
        await page.keyboard.press('Enter');
        await page.waitForURL(href, { timeout: 3000 }).catch(() => {});
        expect(page.url(), 'Enter on the focused link opens it (instead of moving to the next slide)').toBe(href);
        expect(errors).toEqual([]);
      } finally {
        await ctx.close();
      }
    });

    it(`${deckPath}: a change of the hash (#slide-N) shows that slide`, async () => {
      const { ctx, page, errors } = await newPage({ width: 1280 });
      try {
        await page.goto(`${env.origin}${deckPath}`, { waitUntil: 'load' });
        await page.waitForFunction(() => document.querySelector('[data-deck] .slide.current') !== null);
        await page.evaluate(() => {
          location.hash = '#slide-4';
        });
        await page.waitForTimeout(200);
        expect(
          await page.evaluate(() => [...document.querySelectorAll('[data-deck] .slide.current')].map((s) => s.id)),
        ).toEqual(['slide-4']);
        expect(errors).toEqual([]);
      } finally {
        await ctx.close();
      }
    });

    it(`${deckPath}: shows one slide at a time and moves with the keys, keeping the hash`, async () => {
      const { ctx, page, errors } = await newPage({ width: 1280 });
      try {
        const state = () =>
          page.evaluate(() => {
            const slides = [...document.querySelectorAll('[data-deck] .slide')];
            return {
              n: slides.length,
              current: slides.flatMap((s, i) => (s.classList.contains('current') ? [i] : [])),
              visible: slides.flatMap((s, i) =>
                s.getBoundingClientRect().height > 0 && getComputedStyle(s).display !== 'none' ? [i] : [],
              ),
              qr: (() => {
                const q = document.querySelector('.slide.current svg.qr');
                const r = q?.getBoundingClientRect();
                return r ? Math.min(r.width, r.height) : 0;
              })(),
              hash: location.hash,
            };
          });
        const at = async (k: number, what: string) => {
          const s = await state();
          expect({ current: s.current, visible: s.visible, hash: s.hash }, what).toEqual({
            current: [k],
            visible: [k],
            hash: `#slide-${k}`,
          });
          if (k > 0) expect(s.qr, `${what}: the QR code is shown`).toBeGreaterThan(60);
        };
        await page.goto(env.origin + deckPath, { waitUntil: 'load' });
        await page.waitForFunction(() => document.querySelector('[data-deck] .slide.current') !== null);
        const { n } = await state();
        expect(n).toBe(CHART_IDS.length + 1);
        await at(0, 'on opening');
        await page.keyboard.press('ArrowRight');
        await at(1, 'ArrowRight');
        await page.keyboard.press('ArrowLeft');
        await at(0, 'ArrowLeft');
        await page.keyboard.press('ArrowLeft');
        await at(0, 'ArrowLeft on the first slide');
        await page.keyboard.press('PageDown');
        await at(1, 'PageDown');
        await page.keyboard.press('Space');
        await at(2, 'Space');
        await page.keyboard.press('PageUp');
        await at(1, 'PageUp');
        await page.keyboard.press('End');
        await at(n - 1, 'End');
        await page.keyboard.press('ArrowRight');
        await at(n - 1, 'ArrowRight on the last slide');
        await page.keyboard.press('Home');
        await at(0, 'Home');
        for (let k = 1; k < n; k++) {
          await page.keyboard.press('ArrowRight');
          await at(k, `stepping to slide ${k}`);
        }
        expect(errors).toEqual([]);
        // A link to a slide opens it.
        const other = await ctx.newPage();
        await other.goto(`${env.origin}${deckPath}#slide-3`, { waitUntil: 'load' });
        await other.waitForFunction(() => document.querySelector('[data-deck] .slide.current') !== null);
        expect(
          await other.evaluate(() => [...document.querySelectorAll('[data-deck] .slide.current')].map((s) => s.id)),
        ).toEqual(['slide-3']);
        expect(await other.evaluate(() => location.hash)).toBe('#slide-3');
      } finally {
        await ctx.close();
      }
    });
  }
});
