/**
 * The chart embedded by the host code newsrooms really run, on a page of another site (a second
 * server on another loopback address, so the frames are cross-site):
 * - NPR's Pym.js: its real parent (node_modules/pym.js, served by the host), with the Pym embed
 *   code the chart page publishes;
 * - WordPress's embed handshake: tests/fixtures/wp-embed.js (a step-by-step re-implementation of
 *   wp-includes/js/wp-embed.js) and the iframe markup WordPress writes for an oEmbed result
 *   (sandboxed, hidden by a `clip` style until the frame's first message, secret in the hash), in
 *   the three timings that matter: the host listening from the start; the host's script running
 *   after the chart has loaded and posted its height; the secret added to the frame's URL after
 *   it has loaded.
 * Each at 1280 and 375 px; in each the frame ends as tall as the chart's document (within 3%, or
 * WordPress's 200–1000 px clamp). The site is served with dist/_headers applied.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, ElementHandle, Frame, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { browserSite } from '../helpers/browser.ts';
import { DIST, read } from '../helpers/dist.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const PUBLISHED = 'https://khuyencong.example.org';
const PYM_PUBLISHED = 'https://pym.nprapps.org/pym.v1.min.js';
const PYM_SOURCE = readFileSync(join(ROOT, 'node_modules/pym.js/dist/pym.v1.min.js'), 'utf8');
const WP_EMBED_SOURCE = readFileSync(join(ROOT, 'tests/fixtures/wp-embed.js'), 'utf8');
const WIDTHS = [1280, 375];
const CHART = 'kinh-phi-theo-vung-2014-2020';
const WP_CHART = 'phia-bac-2022-2023';

const env = browserSite({ headers: true, hosts: 1 });
// The host brings its own copies of the embedding libraries.
beforeAll(() => {
  env.host.set('/js/pym.v1.min.js', PYM_SOURCE);
  env.host.set('/wp-includes/js/wp-embed.min.js', WP_EMBED_SOURCE);
});

// ---------------------------------------------------------------- helpers

async function newPage(width: number): Promise<{ ctx: BrowserContext; page: Page; errors: string[] }> {
  const ctx = await env.browser.newContext({ viewport: { width, height: 900 } });
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { ctx, page, errors };
}

/** A host page that records every message its window receives (a bystander: it changes nothing). */
const hostPage = (
  body: string,
  title = 'A news article',
) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<script>window.seen = []; addEventListener('message', function (e) { seen.push(typeof e.data === 'string' ? e.data : JSON.parse(JSON.stringify(e.data))); });</script>
<style>.wp-block-embed { margin: 0 0 1em; } .wp-block-embed iframe { max-width: 100%; } /* as WordPress themes and its block-library style do */</style></head>
<body><h1>A news article on another site</h1><p>Some text before the chart.</p>
${body}
<p>Some text after the chart.</p></body></html>`;

type Seen = (string | Record<string, unknown>)[];
const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: Seen }).seen);

interface State {
  /** The iframe in the host page. */
  height: number;
  width: number;
  style: string | null;
  /** Inside the frame: null until the chart has loaded. */
  inner: null | { url: string; hash: string; ready: string; svgVisible: boolean; doc: number; scrollH: number };
}

/** The chart document's height, measured in the frame: where its last box ends, margins included. */
async function inside(frame: Frame | null): Promise<State['inner']> {
  if (!frame) return null;
  return frame
    .evaluate(() => {
      const fig = document.querySelector('figure.chart[data-chart]');
      if (!fig) return null;
      const body = document.body;
      const end = Math.max(
        ...[...body.children].map(
          (c) => c.getBoundingClientRect().bottom + parseFloat(getComputedStyle(c).marginBottom),
        ),
      );
      const pad = (el: Element) => {
        const s = getComputedStyle(el);
        return parseFloat(s.paddingBottom) + parseFloat(s.borderBottomWidth) + parseFloat(s.marginBottom);
      };
      return {
        url: location.href,
        hash: location.hash,
        ready: document.readyState,
        svgVisible: [...document.querySelectorAll('figure.chart svg.kc-plot')].some(
          (s) => s.getBoundingClientRect().height > 0,
        ),
        doc: Math.ceil(end + scrollY + pad(body) + pad(document.documentElement)),
        scrollH: document.documentElement.scrollHeight,
      };
    })
    .catch(() => null);
}

async function state(el: ElementHandle<HTMLIFrameElement>): Promise<State> {
  const outer = await el.evaluate((f) => ({
    height: f.clientHeight,
    width: f.clientWidth,
    style: f.getAttribute('style'),
  }));
  return { ...outer, inner: await inside(await el.contentFrame()) };
}

async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  let v = await fn();
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    v = await fn();
  }
  return v;
}

const clamp = (h: number) => Math.min(1000, Math.max(200, h));
const loaded = (s: State) => !!s.inner && s.inner.ready === 'complete' && s.inner.svgVisible;
/**
 * The frame is as tall as the chart's document, within 3% (after `expect` maps the height, e.g.
 * WordPress's clamp), and, unless the host caps it, nothing scrolls inside: what expectFits
 * asserts. Waiting for both, not the first alone, keeps a poll from catching the frame between
 * two height messages (the document grows a few pixels once the chart script has run).
 */
const fits = (s: State, expected = (h: number) => h) => {
  if (!loaded(s)) return false;
  const want = expected(s.inner!.doc);
  return Math.abs(s.height - want) <= 0.03 * want && (want !== s.inner!.doc || s.inner!.scrollH <= s.height + 2);
};

function expectFits(s: State, label: string, expected = (h: number) => h) {
  expect(s.inner, `${label}: the chart loaded in the frame`).not.toBeNull();
  expect(s.inner!.svgVisible, `${label}: the chart is drawn`).toBe(true);
  const want = expected(s.inner!.doc);
  expect(
    Math.abs(s.height - want),
    `${label}: frame ${s.height}px, chart document ${s.inner!.doc}px (expected ${want}px ± 3%)`,
  ).toBeLessThanOrEqual(0.03 * want);
  // Nothing cut off unless the host caps the height (WordPress's 1000 px).
  if (want === s.inner!.doc)
    expect(s.inner!.scrollH, `${label}: the frame does not scroll inside`).toBeLessThanOrEqual(s.height + 2);
}

/** A promise the test resolves by hand: a host resource answered only when the test says so. */
function gate(): { wait: Promise<void>; release: () => void } {
  let release = () => {};
  const wait = new Promise<void>((r) => {
    release = r;
  });
  return { wait, release };
}

const chartPage = (id: string) => join(DIST, 'bieu-do', id, 'index.html');
/** The Pym embed code as the chart page publishes it. */
function publishedPymCode(id: string): string {
  const ta = new JSDOM(read(chartPage(id))).window.document.querySelector(
    '#embed-code-pym',
  ) as HTMLTextAreaElement | null;
  if (!ta) throw new Error(`/bieu-do/${id}/ publishes no #embed-code-pym`);
  return ta.value;
}

// ---------------------------------------------------------------- Pym.js

describe("Pym.js: the published Pym embed code with Pym's real parent", () => {
  it('is what the chart page publishes: a container, Pym from the host, new pym.Parent on the embed URL', () => {
    const code = publishedPymCode(CHART);
    const d = new JSDOM(`<body>${code}</body>`).window.document;
    const div = d.querySelector('div');
    const scripts = [...d.querySelectorAll('script')];
    expect(div?.id).toBe(`kc-${CHART}`);
    expect(div?.childNodes.length).toBe(0);
    expect(scripts.map((s) => s.getAttribute('src'))).toEqual([PYM_PUBLISHED, null]);
    // The call names the container and the embed page (parsed, not matched as text).
    const call = /^new pym\.Parent\((.*)\);$/.exec(scripts[1]!.textContent!.trim());
    expect(call, scripts[1]!.textContent!).not.toBeNull();
    const [id, src, config] = JSON.parse(`[${call![1]}]`) as [string, string, { title: string }];
    expect(id).toBe(div!.id);
    expect(src).toBe(`${PUBLISHED}/embed/${CHART}/`);
    const h1 = new JSDOM(read(chartPage(CHART))).window.document
      .querySelector('h1')!
      .textContent!.replace(/\s+/g, ' ')
      .trim();
    expect(config.title).toBe(h1);
  });

  for (const width of WIDTHS) {
    it(`sizes the frame to the chart at ${width} px, and answers Pym's width message with the height`, async () => {
      const code = publishedPymCode(CHART)
        .replace(PYM_PUBLISHED, `${env.host.origin}/js/pym.v1.min.js`)
        .replaceAll(PUBLISHED, env.origin)
        // A handle on the parent for the test (the code itself keeps none).
        .replace('new pym.Parent(', 'window.pymParent = new pym.Parent(');
      const url = env.host.set(`/pym-${width}.html`, hostPage(code, 'A Pym article'));
      const { ctx, page, errors } = await newPage(width);
      try {
        await page.goto(url, { waitUntil: 'load' });
        const el = (await page.waitForSelector(`#kc-${CHART} iframe`)) as ElementHandle<HTMLIFrameElement>;
        const s = await until(
          () => state(el),
          (v) => fits(v),
        );
        expectFits(s, `Pym at ${width}px`);
        expect(s.height, 'not the 150 px an unsized iframe keeps').not.toBe(150);
        expect(s.width).toBeLessThanOrEqual(width);
        // The frame is Pym's: its URL carries the parameters Pym's parent adds.
        const frameUrl = new URL(s.inner!.url);
        expect(frameUrl.origin).toBe(env.origin);
        expect(frameUrl.searchParams.get('childId')).toBe(`kc-${CHART}`);
        expect(Number(frameUrl.searchParams.get('initialWidth'))).toBeGreaterThan(0);
        expect(await el.getAttribute('title'), 'the iframe has the chart title').toBeTruthy();
        // Pym's own message format, from this frame's childId.
        const heightMessages = (await seen(page)).filter((m): m is string => typeof m === 'string');
        expect(heightMessages.length).toBeGreaterThan(0);
        for (const m of heightMessages) expect(m).toMatch(new RegExp(`^pymxPYMxkc-${CHART}xPYMxheightxPYMx\\d+$`));
        expect(Number(heightMessages.at(-1)!.split('xPYMx')[3])).toBe(s.height);

        // Pym's parent sends the width (on resize, or when the host calls sendWidth): the child answers.
        await page.evaluate(() => {
          (window as unknown as { seen: unknown[] }).seen.length = 0;
        });
        await page.evaluate(() =>
          (window as unknown as { pymParent: { sendWidth: () => void } }).pymParent.sendWidth(),
        );
        const answer = await until(
          () => seen(page),
          (m) => m.some((x) => typeof x === 'string' && x.includes('xPYMxheightxPYMx')),
          3000,
        );
        expect(
          answer.filter((m) => typeof m === 'string'),
          'a height message in answer to the width',
        ).toContain(`pymxPYMxkc-${CHART}xPYMxheightxPYMx${s.height}`);
        // This site served no copy of Pym: the host brought its own.
        expect(env.requests.map((r) => r.split('?')[0]!).filter((p) => /pym/i.test(p))).toEqual([]);
        // The chart never asks a Pym host to navigate or scroll.
        expect(
          answer.filter((m) => typeof m === 'string' && /xPYMx(navigateTo|scrollToChildPos)xPYMx/.test(m)),
        ).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await ctx.close();
      }
    });
  }
});

// ---------------------------------------------------------------- WordPress

/** The markup WordPress writes for an embed of an untrusted oEmbed provider (wp_filter_oembed_result), in a block. */
function wpEmbed(id: string, secret: string | null): string {
  const src = `${env.origin}/embed/${id}/${secret ? `#?secret=${secret}` : ''}`;
  const s = secret ? ` data-secret="${secret}"` : '';
  return `<figure class="wp-block-embed is-type-wp-embed"><div class="wp-block-embed__wrapper">
<blockquote class="wp-embedded-content"${s}><a href="${PUBLISHED}/bieu-do/${id}/">The chart</a></blockquote>
<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="position: absolute; clip: rect(1px, 1px, 1px, 1px);" title="The chart — Khuyến công" src="${src}"${s} width="600" height="338" frameborder="0" marginwidth="0" marginheight="0" scrolling="no"></iframe>
</div></figure>`;
}

type WpMessage = { message?: unknown; value?: unknown; secret?: unknown };
const wpMessages = (all: Seen) =>
  all.filter((m): m is WpMessage => typeof m === 'object' && m !== null && 'message' in m);

describe('WordPress: the embed handshake of wp-embed.js', () => {
  for (const width of WIDTHS) {
    it(`${width} px: secret in the URL, host script listening from the start`, async () => {
      const url = env.host.set(
        `/wp-a-${width}.html`,
        hostPage(`<script src="/wp-includes/js/wp-embed.min.js"></script>\n${wpEmbed(WP_CHART, 'Ab3dE5gH7j')}`),
      );
      const { ctx, page, errors } = await newPage(width);
      try {
        await page.goto(url, { waitUntil: 'load' });
        const el = (await page.$('iframe.wp-embedded-content')) as ElementHandle<HTMLIFrameElement>;
        const s = await until(
          () => state(el),
          (v) => v.style === null && fits(v, clamp),
        );
        expect(s.style, 'wp-embed un-hid the frame').toBeNull();
        expectFits(s, `WordPress at ${width}px`, clamp);
        const wp = wpMessages(await seen(page));
        expect(wp.length).toBeGreaterThan(0);
        for (const m of wp) expect(m).toEqual({ message: 'height', value: expect.any(Number), secret: 'Ab3dE5gH7j' });

        // A reader clicks the chart's link: the chart never asks WordPress to navigate the article.
        const frame = (await el.contentFrame())!;
        await frame.locator('.credit a').click({ timeout: 5000 });
        await page.waitForTimeout(500);
        expect(
          wpMessages(await seen(page)).filter((m) => m.message === 'link'),
          'no WordPress link message',
        ).toEqual([]);
        expect(page.url()).toBe(url);
        expect(errors).toEqual([]);
      } finally {
        await ctx.close();
      }
    });

    it(`${width} px: host script runs seconds after the chart loaded and posted its height (it says "ready")`, async () => {
      const slow = gate();
      env.host.set(`/heavy-b-${width}.js`, '/* the rest of a heavy article page */', { wait: slow.wait });
      const url = env.host.set(
        `/wp-b-${width}.html`,
        hostPage(`${wpEmbed(WP_CHART, 'Kq2Wx9Zt4M')}
<script src="/heavy-b-${width}.js"></script>
<script src="/wp-includes/js/wp-embed.min.js"></script>`),
      );
      const { ctx, page, errors } = await newPage(width);
      try {
        await page.goto(url, { waitUntil: 'commit' });
        const el = (await page.waitForSelector('iframe.wp-embedded-content')) as ElementHandle<HTMLIFrameElement>;
        // The chart has loaded and said its height, to a host that is not listening yet.
        await until(
          () => seen(page),
          (m) => wpMessages(m).some((x) => x.message === 'height'),
          10_000,
        );
        const before = await until(() => state(el), loaded);
        expect(loaded(before), 'the chart loaded before the host script').toBe(true);
        await page.waitForTimeout(2000);
        expect(await page.evaluate(() => 'wp' in window), 'wp-embed has not run yet').toBe(false);
        expect((await state(el)).style, 'the frame is still hidden: its first height message was lost').toContain(
          'clip',
        );
        slow.release();

        await page.waitForFunction(() => 'wp' in window);
        const s = await until(
          () => state(el),
          (v) => v.style === null && fits(v, clamp),
        );
        expect(s.style, 'the frame answered "ready", so wp-embed un-hid it').toBeNull();
        expectFits(s, `WordPress, late host script, ${width}px`, clamp);
        for (const m of wpMessages(await seen(page))) expect(m.secret).toBe('Kq2Wx9Zt4M');
        expect(errors).toEqual([]);
      } finally {
        slow.release();
        await ctx.close();
      }
    });

    const secretLater = (legacy: boolean) => async () => {
      const slow = gate();
      env.host.set(`/heavy-c-${width}-${legacy}.js`, '/* the rest of a heavy article page */', { wait: slow.wait });
      const url = env.host.set(
        `/wp-c-${width}-${legacy}.html`,
        hostPage(`${wpEmbed(WP_CHART, null)}
<script src="/heavy-c-${width}-${legacy}.js"></script>
<script src="/wp-includes/js/wp-embed.min.js"${legacy ? ' data-wp-version="4.4"' : ''}></script>`),
      );
      const { ctx, page, errors } = await newPage(width);
      try {
        await page.goto(url, { waitUntil: 'commit' });
        const el = (await page.waitForSelector('iframe.wp-embedded-content')) as ElementHandle<HTMLIFrameElement>;
        const before = await until(() => state(el), loaded);
        expect(loaded(before), 'the chart loaded before the host script').toBe(true);
        await until(
          () => seen(page),
          (m) => m.some((x) => typeof x === 'object' && 'kc-embed' in x),
          10_000,
        );
        await page.waitForTimeout(2000);
        expect(before.inner!.hash).toBe('');
        expect(wpMessages(await seen(page)), 'no WordPress message without a secret').toEqual([]);
        // A mark in the chart's document, to tell a change of hash from a reload.
        await (await el.contentFrame())!.evaluate(() => {
          (window as unknown as { mark: number }).mark = 1;
        });
        slow.release();

        await page.waitForFunction(() => 'wp' in window);
        const secret = (await el.getAttribute('data-secret'))!;
        expect(secret).toMatch(/^[a-z0-9]+$/);
        const s = await until(
          () => state(el),
          (v) => v.style === null && fits(v, clamp),
        );
        expect(s.inner!.hash, 'wp-embed put the secret in the frame URL').toBe(`#?secret=${secret}`);
        expect(
          await (await el.contentFrame())!.evaluate(() => (window as unknown as { mark?: number }).mark),
          'the same document (a change of hash, not a reload)',
        ).toBe(1);
        expect(s.style, 'the frame picked up the secret, so wp-embed un-hid it').toBeNull();
        expectFits(s, `WordPress, secret added after load, ${width}px`, clamp);
        const wp = wpMessages(await seen(page));
        expect(wp.length).toBeGreaterThan(0);
        for (const m of wp) expect(m).toEqual({ message: 'height', value: expect.any(Number), secret });
        expect(errors).toEqual([]);
      } finally {
        slow.release();
        await ctx.close();
      }
    };
    it(
      `${width} px: the secret is added to the frame's URL after it loaded, then wp-embed says "ready"`,
      secretLater(false),
    );
    it(
      `${width} px: the secret is added to the frame's URL after it loaded, by wp-embed of WordPress 4.4–5.x (no "ready")`,
      secretLater(true),
    );
  }
});
