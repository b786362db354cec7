/**
 * Page weight as the budgets count it: the HTML, the CSS and the scripts a page references,
 * each gzipped. Pagefind's files are not counted: they load only when a reader searches.
 * Shared by the budget test (tests/site) and the benchmark (scripts/bench.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';

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

/**
 * What a page's HTML is made of, for deciding budgets (the benchmark prints it): each part
 * gzipped alone, so the parts add up to a little more than the whole. `withoutCharts` is the
 * page's HTML with its charts taken out (their SVGs, data tables and tooltip data) and its
 * stylesheet left out, as if it were an external file already cached: what the page's text alone
 * weighs.
 */
export interface HtmlParts {
  stylesheet: number;
  chartSvgs: number;
  chartTables: number;
  tooltipData: number;
  figureTables: number;
  rest: number;
  withoutCharts: number;
}

export function htmlParts(htmlFile: string): HtmlParts {
  const doc = new JSDOM(readFileSync(htmlFile, 'utf8')).window.document;
  // Take the elements a selector finds out of the page, and weigh them together.
  const take = (selector: string): number => {
    const els = [...doc.querySelectorAll(selector)];
    const html = els.map((e) => e.outerHTML).join('');
    for (const e of els) e.remove();
    return els.length ? gz(html) : 0;
  };
  const stylesheet = take('style');
  const chartSvgs = take('svg.kc-plot');
  const chartTables = take('figure.chart details.data-table');
  const tooltipData = take('script[data-figs], script[data-tiles]');
  const withoutCharts = gz(doc.documentElement.outerHTML);
  const figureTables = take('main .table-wrap');
  return {
    stylesheet,
    chartSvgs,
    chartTables,
    tooltipData,
    figureTables,
    rest: gz(doc.documentElement.outerHTML),
    withoutCharts,
  };
}
