/** Debian's Chromium driven by playwright-core (no downloaded browser): see scripts/dist-tools.ts. */
import type { Browser } from 'playwright-core';
import type { Server } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import { launch } from '../../scripts/dist-tools.ts';
import { DIST, requireDist, serveDist } from './dist.ts';
import { serveHostPages, serveSiteWithHeaders } from './hosting.ts';

export { chromePath, launch } from '../../scripts/dist-tools.ts';

export type HostSite = Awaited<ReturnType<typeof serveHostPages>>;

/** What a browser test works with; read it inside tests (it is filled in by beforeAll). */
export interface BrowserSite {
  browser: Browser;
  /** The built site's origin (http://127.0.0.1:<port>). */
  origin: string;
  /** Every path and query the site was asked for (only when served with its headers). */
  requests: string[];
  /** The first third-party site (127.0.0.2); `hosts` has them all, in address order. */
  host: HostSite;
  hosts: HostSite[];
}

/**
 * The set-up every browser test shares: dist/ on a loopback port, Chromium, and, when asked,
 * third-party sites on other loopback addresses (127.0.0.2, 127.0.0.3, …: other sites, not just
 * other ports, so frames between them are cross-site). Call it at the top of a test file or of a
 * describe block: it registers that scope's beforeAll (which fails without a build) and afterAll.
 * `headers: true` serves dist/ with the response headers of dist/_headers, as in production;
 * otherwise as a plain static host.
 */
export function browserSite(opts: { headers?: boolean; hosts?: number } = {}): BrowserSite {
  let site: { server: Server; origin: string; requests?: string[] } | undefined;
  let browser: Browser | undefined;
  const hosts: HostSite[] = [];
  beforeAll(async () => {
    requireDist();
    site = opts.headers ? await serveSiteWithHeaders(DIST, '127.0.0.1') : await serveDist();
    for (let i = 0; i < (opts.hosts ?? 0); i++) hosts.push(await serveHostPages(`127.0.0.${i + 2}`));
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    site?.server.close();
    for (const h of hosts.splice(0)) h.server.close();
  });
  const ready = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`browserSite: ${what} is read before beforeAll has run`);
    return v;
  };
  return {
    get browser() {
      return ready(browser, 'the browser');
    },
    get origin() {
      return ready(site, 'the site').origin;
    },
    get requests() {
      return ready(ready(site, 'the site').requests, 'requests (serve with headers: true)');
    },
    get host() {
      return ready(hosts[0], 'the first host site');
    },
    get hosts() {
      return hosts;
    },
  };
}
