/**
 * Tools for looking at the built site from scripts and tests alike: walk dist/'s HTML, serve it on
 * a loopback port like a static host, find and launch Chromium. Production scripts (bench,
 * screenshots) import these from here, never from tests/.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const DIST = resolve(import.meta.dirname, '../dist');

/** Every HTML file under dir (Pagefind's folder left out). */
export function htmlFiles(dir = DIST): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'pagefind') out.push(...htmlFiles(p));
    } else if (name.endsWith('.html')) out.push(p);
  }
  return out;
}

/** Content types by file extension, as a static host sends them (also used by the test servers). */
export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** A tiny static server for dist/ on a loopback port, like any static host. */
export function serveDist(port = 0, root = DIST): Promise<{ server: Server; origin: string }> {
  return new Promise((resolvePromise) => {
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      let p = join(root, decodeURIComponent(url.pathname));
      if (existsSync(p) && statSync(p).isDirectory()) p = join(p, 'index.html');
      if (!existsSync(p)) {
        res.writeHead(404, { 'Content-Type': TYPES['.html']! });
        res.end(existsSync(join(root, '404.html')) ? readFileSync(join(root, '404.html')) : 'not found');
        return;
      }
      res.writeHead(200, { 'Content-Type': TYPES[extname(p)] ?? 'application/octet-stream' });
      res.end(readFileSync(p));
    });
    server.listen(port, '127.0.0.1', () => {
      const addr = server.address();
      const actual = typeof addr === 'object' && addr ? addr.port : port;
      resolvePromise({ server, origin: `http://127.0.0.1:${actual}` });
    });
  });
}

export function chromePath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  ) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found)
    throw new Error(
      'Chromium not found: install it (Debian: apt-get install chromium) or set CHROME_PATH. The browser tests do not skip.',
    );
  return found;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
