/**
 * Offline for presenters, in Chromium: one visit installs the service worker and precaches; with
 * the network gone (browser offline and the server shut), the presentation in both languages,
 * chart pages (their marks still answering), an embed and the CSV downloads still open; a
 * province profile opens offline once seen, one never opened does not (profiles are not
 * precached: the precache stays small). And a deploy never
 * leaves a reader on the old build without a way out: with a second build online (a copy of
 * dist/ with a changed page and its own precache manifest), the old page is still what the
 * worker serves until the reader accepts the update prompt, after which the new page is served.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { cpSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { launch } from '../helpers/browser.ts';
import { DIST, requireDist } from '../helpers/dist.ts';
import { PRECACHE_PATTERNS, precacheSize, writeServiceWorker } from '../../scripts/lib/offline.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
};

/** A static host whose content can be swapped for a new deploy; it can also go away entirely. */
async function host(initialRoot: string) {
  let root = initialRoot;
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let p = join(root, pathname);
    if (existsSync(p) && statSync(p).isDirectory()) p = join(p, 'index.html');
    if (!existsSync(p)) {
      res.writeHead(404);
      res.end('not found');
      return;
    }
    // HTML and sw.js revalidate on every request, as the _headers file asks of a real host.
    res.writeHead(200, {
      'Content-Type': TYPES[extname(p)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    res.end(readFileSync(p));
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  return {
    origin: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`,
    deploy: (r: string) => {
      root = r;
    },
    shut: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

async function installed(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
}

let browser: Browser;
beforeAll(async () => {
  requireDist();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('offline', () => {
  it('precaches the presentation, chart pages, embeds, their scripts and the CSVs, and nothing heavy', async () => {
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    const entries = new Map(
      [...sw.matchAll(/\{url:"([^"]+)",revision:"([0-9a-f]{32})"\}/g)].map(([, u, r]) => [u!, r!]),
    );
    for (const u of [
      'trinh-chieu/index.html',
      'en/present/index.html',
      'bieu-do/chi-so-kinh-phi-2014-2020/index.html',
      'en/charts/chi-so-kinh-phi-2014-2020/index.html',
      'embed/chi-so-kinh-phi-2014-2020/index.html',
      'index.html',
      'en/index.html',
      'data/figures.csv',
      'charts/chi-so-kinh-phi-2014-2020.csv',
      'js/present.js',
      'manifest.webmanifest',
    ]) {
      expect(entries.has(u), u).toBe(true);
    }
    // Every chart page and embed, and every script the pages load (Astro's bundles included).
    const count = (re: RegExp) => [...entries.keys()].filter((u) => re.test(u)).length;
    expect(count(/^embed\/[^/]+\/index\.html$/)).toBe(count(/^charts\/.+\.csv$/));
    const scripts = new Set<string>();
    for (const u of [...entries.keys()].filter((x) => x.endsWith('.html')))
      for (const m of readFileSync(join(DIST, u), 'utf8').matchAll(/<script[^>]*\ssrc="\/([^"?]+)"/g))
        scripts.add(m[1]!);
    expect(scripts.size).toBeGreaterThan(2);
    for (const js of scripts) expect(entries.has(js), js).toBe(true);
    // Not the profiles, the report reader, the images, the other downloads or the search index.
    expect(
      [...entries.keys()].filter(
        (u) =>
          /pagefind|\.png$|^og\/|^(en\/)?(tinh|provinces|nguon|sources)\/|^data\/(?!figures\.csv$)/.test(u) &&
          !u.startsWith('icons/'),
      ),
    ).toEqual([]);
    expect(PRECACHE_PATTERNS.join(' ')).not.toContain('pagefind');
    // Small enough to fetch in the background on a phone (it had reached 13.6 MB with every
    // profile and download; each new chart adds its pages and embeds, about 0.2 MB).
    const { size } = await precacheSize(DIST);
    expect(size / 1024 / 1024).toBeLessThan(6);
  });

  it('is installable: a manifest with name, start URL and 192/512 px PNG icons that exist', () => {
    const m = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
    expect(m.name).toBeTruthy();
    expect(m.start_url).toBe('/');
    expect(m.display).toBe('standalone');
    for (const size of ['192x192', '512x512']) {
      const icon = m.icons.find((i: { sizes: string; type: string }) => i.sizes === size && i.type === 'image/png');
      expect(icon, size).toBeDefined();
      const png = readFileSync(join(DIST, icon.src));
      expect(png.readUInt32BE(16), size).toBe(Number(size.split('x')[0]));
    }
    expect(readFileSync(join(DIST, 'index.html'), 'utf8')).toContain(
      '<link rel="manifest" href="/manifest.webmanifest"',
    );
  });

  it('opens the presentation, chart pages, an embed, a profile and the CSVs with the network gone', async () => {
    const site = await host(DIST);
    const ctx: BrowserContext = await browser.newContext();
    try {
      const page = await ctx.newPage();
      await page.goto(`${site.origin}/trinh-chieu/`);
      await installed(page);
      await expect.poll(() => page.locator('[data-offline-mark]').isVisible()).toBe(true);
      expect(await page.locator('[data-offline-mark]').textContent()).toContain('Đã sẵn sàng ngoại tuyến');
      // A profile the reader opens while online is kept for later.
      await page.goto(`${site.origin}/tinh/tra-vinh/`);
      await page.goto(`${site.origin}/trinh-chieu/`);
      await ctx.setOffline(true);
      await site.shut();
      const pages: [string, string][] = [
        ['/trinh-chieu/', 'h1'],
        ['/en/present/', 'h1'],
        // The chart pages and the embed must show their charts, not only their titles.
        ['/bieu-do/chi-so-kinh-phi-2014-2020/', 'figure.chart svg.kc-plot'],
        ['/en/charts/kinh-phi-theo-vung-2014-2020/', 'figure.chart svg.kc-plot'],
        ['/embed/tra-vinh-2016-2020/?plain', 'figure.chart svg.kc-plot'],
        ['/en/', 'h1'],
        ['/tinh/tra-vinh/', 'h1'],
      ];
      for (const [u, sel] of pages) {
        const res = await page.goto(site.origin + u);
        expect(res?.ok(), u).toBe(true);
        expect(await page.locator(sel).first().isVisible(), u).toBe(true);
      }
      // The chart script is precached too: offline, the marks still answer (the script makes
      // the chart a group of focusable marks).
      await page.goto(`${site.origin}/bieu-do/chi-so-kinh-phi-2014-2020/`);
      await expect.poll(() => page.locator('figure.chart svg.kc-plot[role="group"]').count()).toBeGreaterThan(0);
      await page.goto(`${site.origin}/en/present/`);
      expect(await page.locator('[data-offline-mark]').textContent()).toContain('Available offline');
      for (const csv of ['/data/figures.csv', '/charts/chi-so-kinh-phi-2014-2020.csv']) {
        const text = await page.evaluate((u) => fetch(u).then((r) => r.text()), csv);
        expect(text, csv).toBe(readFileSync(join(DIST, csv), 'utf8'));
      }
      // The search index is not precached: offline, it is simply unavailable.
      expect(
        await page.evaluate(() =>
          fetch('/pagefind/pagefind.js').then(
            () => 'ok',
            () => 'failed',
          ),
        ),
      ).toBe('failed');
      // A profile never opened is not there: profiles are not precached.
      expect(
        await page.goto(`${site.origin}/en/provinces/dong-nai/`).then(
          () => 'opened',
          () => 'failed',
        ),
      ).toBe('failed');
    } finally {
      await ctx.close();
      await site.shut().catch(() => {});
    }
  });

  it('serves the second build only after the reader accepts the update prompt (SKIP_WAITING), then offline too', async () => {
    // The second deploy: dist/ with a changed presentation page and its own worker.
    const next = resolve(DIST, '../out/offline-second-build');
    rmSync(next, { recursive: true, force: true });
    cpSync(DIST, next, { recursive: true });
    const file = join(next, 'trinh-chieu/index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</h1>', ' (2)</h1>'));
    await writeServiceWorker(next);
    expect(readFileSync(join(next, 'sw.js'), 'utf8')).not.toBe(readFileSync(join(DIST, 'sw.js'), 'utf8'));

    const site = await host(DIST);
    const ctx = await browser.newContext();
    try {
      const page = await ctx.newPage();
      await page.goto(`${site.origin}/trinh-chieu/`);
      await installed(page);
      const title = await page.locator('h1').textContent();
      site.deploy(next);
      // The browser checks for a new worker on navigation; the old one still answers meanwhile.
      await page.reload();
      expect(await page.locator('h1').textContent()).toBe(title);
      const prompt = page.locator('.sw-update');
      await prompt.waitFor({ state: 'visible', timeout: 30_000 });
      expect(await prompt.getAttribute('role')).toBe('status');
      expect(await prompt.textContent()).toContain('Đã có bản cập nhật');
      // Still the old page while the new build waits: nothing changes behind the reader's back.
      await page.reload();
      expect(await page.locator('h1').textContent()).toBe(title);
      await page.locator('.sw-update [data-sw-reload]').waitFor();
      // Accept with the keyboard, as a presenter would.
      await page.locator('.sw-update [data-sw-reload]').focus();
      await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
      await expect.poll(() => page.locator('h1').textContent()).toBe(`${title} (2)`);
      // And the new build is what is cached now.
      await ctx.setOffline(true);
      await site.shut();
      await page.goto(`${site.origin}/trinh-chieu/`);
      expect(await page.locator('h1').textContent()).toBe(`${title} (2)`);
    } finally {
      await ctx.close();
      await site.shut().catch(() => {});
      rmSync(next, { recursive: true, force: true });
    }
  });
});
