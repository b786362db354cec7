/**
 * Two kinds of server for the embed tests:
 * - `serveSiteWithHeaders`: dist/ as the production host serves it, i.e. with the response
 *   headers from dist/_headers applied (Cloudflare Pages / Netlify rules: a path or a `*` splat,
 *   every matching rule's headers merged), so framing rules such as X-Frame-Options and
 *   frame-ancestors are in force exactly as in production;
 * - `serveHostPages`: a stand-in for a third-party site (a newspaper, a blog) on another
 *   origin, serving HTML pages the test registers.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { TYPES } from '../../scripts/dist-tools.ts';
import { DIST } from './dist.ts';

export interface HeaderRule {
  pattern: string;
  re: RegExp;
  headers: [string, string][];
}

/** Parses a _headers file: an unindented path line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let cur: HeaderRule | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      const re = new RegExp(
        '^' +
          pattern
            .split('*')
            .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
            .join('.*') +
          '$',
      );
      cur = { pattern, re, headers: [] };
      rules.push(cur);
    } else if (cur) {
      const i = line.indexOf(':');
      if (i > 0) cur.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules) {
    if (!r.re.test(pathname)) continue;
    for (const [k, v] of r.headers) {
      const key = k.toLowerCase();
      // Several matching rules: the host joins repeated headers with a comma.
      out[key] = out[key] && out[key] !== v ? `${out[key]}, ${v}` : v;
    }
  }
  return out;
}

function listen(server: Server, host: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      const addr = server.address();
      resolvePromise(`http://${host}:${typeof addr === 'object' && addr ? addr.port : 0}`);
    });
  });
}

/** dist/ on a loopback port with dist/_headers applied; records every path requested. */
export async function serveSiteWithHeaders(
  root = DIST,
  host = '127.0.0.1',
): Promise<{ server: Server; origin: string; requests: string[] }> {
  const rules = existsSync(join(root, '_headers'))
    ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'))
    : [];
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const pathname = decodeURIComponent(url.pathname);
    requests.push(url.pathname + url.search);
    let p = join(root, pathname);
    if (!p.startsWith(root)) {
      res.writeHead(400);
      res.end();
      return;
    }
    if (existsSync(p) && statSync(p).isDirectory()) p = join(p, 'index.html');
    if (!existsSync(p)) {
      res.writeHead(404, { 'Content-Type': TYPES['.html']!, ...headersFor(rules, pathname) });
      res.end(existsSync(join(root, '404.html')) ? readFileSync(join(root, '404.html')) : 'not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(p)] ?? 'application/octet-stream',
      ...headersFor(rules, pathname),
    });
    res.end(readFileSync(p));
  });
  return { server, origin: await listen(server, host), requests };
}

/** How a host page's file is served: its type, and a promise to wait for before answering. */
export interface HostFileOptions {
  type?: string;
  wait?: Promise<unknown>;
}

/**
 * A third-party site: serves the pages (and its own scripts) registered with `set(path, body)`.
 * `wait` holds the response until the promise settles: a slow, parser-blocking script is how a
 * heavy article page delays the scripts after it (WordPress prints wp-embed in the footer).
 */
export async function serveHostPages(
  host = '127.0.0.1',
): Promise<{ server: Server; origin: string; set: (path: string, body: string, opts?: HostFileOptions) => string }> {
  const files = new Map<string, { body: string; type: string; wait?: Promise<unknown> }>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const file = files.get(url.pathname);
    if (file === undefined) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
      return;
    }
    void Promise.resolve(file.wait)
      .catch(() => {})
      .then(() => {
        res.writeHead(200, { 'Content-Type': file.type, 'Cache-Control': 'no-store' });
        res.end(file.body);
      });
  });
  const origin = await listen(server, host);
  return {
    server,
    origin,
    set: (path, body, opts = {}) => {
      files.set(path, { body, type: opts.type ?? TYPES[extname(path)] ?? TYPES['.html']!, wait: opts.wait });
      return origin + path;
    },
  };
}
