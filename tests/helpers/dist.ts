/** Helpers for tests over the built site in dist/ (scripts/test.sh builds it first). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';

export const DIST = resolve(import.meta.dirname, '../../dist');

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` (scripts/test.sh does) before the site tests');
  }
}

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

export const read = (p: string) => readFileSync(p, 'utf8');
/** URL path of a built HTML file: dist/tinh/ha-noi/index.html → /tinh/ha-noi/ */
export const urlOf = (file: string) => file.slice(DIST.length).replace(/index\.html$/, '');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.csv': 'text/csv; charset=utf-8', '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pagefind': 'application/octet-stream',
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
