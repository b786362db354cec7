/**
 * dist/_headers as a static host applies it (every matching rule merged): each file in dist/ gets
 * the headers it should, and in Chromium a page of another site can frame the embeds and nothing
 * else of ours.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserSite } from '../helpers/browser.ts';
import { DIST, read, requireDist } from '../helpers/dist.ts';
import { headersFor, parseHeadersFile, type HeaderRule } from '../helpers/hosting.ts';

/** Every file in dist/, as the URL paths a host serves it under (a folder's index.html also as the folder). */
function servedPaths(dir = DIST): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...servedPaths(p));
    else {
      const path = p.slice(DIST.length);
      out.push(path);
      if (name === 'index.html') out.push(path.slice(0, -'index.html'.length));
    }
  }
  return out;
}
const isEmbed = (path: string) => /^\/(en\/)?embed\//.test(path);

describe('dist/_headers, resolved for every file', () => {
  let rules: HeaderRule[];
  let paths: string[];
  beforeAll(() => {
    requireDist();
    rules = parseHeadersFile(read(join(DIST, '_headers')));
    paths = servedPaths().filter((p) => p !== '/_headers');
  });

  it('covers the paths that were missed before: /en/index.html, the Pagefind index, downloads, images', () => {
    for (const p of [
      '/en/',
      '/en/index.html',
      '/index.html',
      '/pagefind/pagefind.js',
      '/data/figures.csv',
      '/charts/kinh-phi-theo-vung-2014-2020-vi.png',
    ]) {
      expect(paths, `${p} is built`).toContain(p);
      expect(headersFor(rules, p)['x-content-type-options'], p).toBe('nosniff');
    }
    expect(paths.filter((p) => p.startsWith('/pagefind/')).length).toBeGreaterThan(5);
  });

  it('gives every file nosniff, a referrer policy and one cache rule', () => {
    const bad = paths.filter((p) => {
      const h = headersFor(rules, p);
      return (
        h['x-content-type-options'] !== 'nosniff' ||
        !h['referrer-policy'] ||
        !h['cache-control'] ||
        h['cache-control'].includes(',  ') ||
        (h['cache-control'].match(/max-age/g) ?? []).length !== 1
      );
    });
    expect(bad).toEqual([]);
  });

  it('lets any site frame the embeds, and no site frame any other page', () => {
    const pages = paths.filter((p) => p.endsWith('/') || p.endsWith('.html'));
    expect(pages.filter(isEmbed).length).toBeGreaterThan(10);
    const wrong: string[] = [];
    for (const p of pages) {
      const h = headersFor(rules, p);
      if (isEmbed(p)) {
        if (h['content-security-policy'] !== 'frame-ancestors *' || h['x-frame-options'])
          wrong.push(`${p}: ${JSON.stringify(h)}`);
      } else if (h['content-security-policy'] !== "frame-ancestors 'none'" || h['x-frame-options'] !== 'DENY') {
        wrong.push(`${p}: ${JSON.stringify(h)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('revalidates HTML and caches hashed assets for good', () => {
    expect(headersFor(rules, '/en/index.html')['cache-control']).toContain('must-revalidate');
    expect(headersFor(rules, '/tinh/ha-noi/')['cache-control']).toContain('must-revalidate');
    // A stale service worker would keep serving an old build.
    expect(headersFor(rules, '/sw.js')['cache-control']).toContain('must-revalidate');
    const astro = paths.find((p) => p.startsWith('/_astro/'));
    if (astro) expect(headersFor(rules, astro)['cache-control']).toContain('immutable');
  });
});

describe('framing in a browser, under those headers', () => {
  const env = browserSite({ headers: true, hosts: 1 });

  it('shows an embed inside another site, and refuses to show any other page there', async () => {
    const targets = [
      '/embed/kinh-phi-theo-vung-2014-2020/',
      '/en/embed/tra-vinh-2016-2020/',
      '/',
      '/en/',
      '/en/index.html',
      '/tinh/ha-noi/',
      '/en/charts/kinh-phi-theo-vung-2014-2020/',
      '/du-lieu/',
    ];
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>${targets
      .map((t, i) => `<iframe id="f${i}" title="f${i}" src="${env.origin}${t}"></iframe>`)
      .join('')}</body></html>`;
    const ctx = await env.browser.newContext();
    const page = await ctx.newPage();
    try {
      await page.goto(env.host.set('/framing.html', html), { waitUntil: 'load' });
      await page.waitForTimeout(300);
      const shown: Record<string, boolean> = {};
      for (const [i, t] of targets.entries()) {
        const frame = await (await page.$(`#f${i}`))!.contentFrame();
        // A refused frame is left on Chromium's error page, with none of our document in it.
        const title = frame
          ? await frame.evaluate(() => (document.querySelector('main') ? document.title : '')).catch(() => '')
          : '';
        shown[t] = title !== '';
      }
      expect(shown).toEqual(Object.fromEntries(targets.map((t) => [t, isEmbed(t)])));
    } finally {
      await ctx.close();
    }
  });
});
