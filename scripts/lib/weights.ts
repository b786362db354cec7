/**
 * Page weight as the budgets count it: the HTML, the CSS and the scripts a page references,
 * each gzipped. Pagefind's files are not counted: they load only when a reader searches.
 * Shared by the budget test (tests/site) and the benchmark (scripts/bench.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET = { jsKb: 30, totalKb: 150, embedKb: 50 } as const;

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
}

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

export function pageWeight(dist: string, htmlFile: string): PageWeight {
  const html = readFileSync(htmlFile, 'utf8');
  const refs = (re: RegExp) =>
    [...html.matchAll(re)].map((m) => m[1]!).filter((u) => u.startsWith('/') && !u.startsWith('//'));
  const size = (urls: string[]) =>
    urls.reduce((s, u) => {
      const p = join(dist, u.split('?')[0]!);
      return s + (existsSync(p) ? gz(readFileSync(p)) : 0);
    }, 0);
  const css = size(refs(/<link rel="stylesheet" href="([^"]+)"/g));
  const js = size(refs(/<script[^>]*\ssrc="([^"]+)"/g));
  const h = gz(html);
  return { html: h, css, js, total: h + css + js };
}
