/**
 * Observable Plot rendered to an SVG string at build time (jsdom as the DOM), cleaned once here
 * for the checkers so no page has to (TOOLING.md §7):
 * - `role="img"` on the <svg> (html-validate: aria-label-misuse);
 * - no aria-label on inner <g> (axe: aria-prohibited-attr); the <svg> carries the label and the
 *   page carries a text alternative and a data table;
 * - font-variant → CSS font-variant-numeric (vnu: bad attribute value).
 * And made smaller, since every chart is drawn twice (phone, desktop) into its page:
 * - coordinates to two decimals (Plot writes 111.14285714285714; a hundredth of a pixel is
 *   below what any screen shows);
 * - Plot's own <style> block, the same in every chart, is in global.css once (.kc-plot).
 */
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';

const { document } = new JSDOM('<!DOCTYPE html><html><body></body></html>').window;

const GEOMETRY = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'transform', 'd', 'points'];
const round = (n: string) => String(Math.round(Number(n) * 100) / 100);

export function renderPlot(options: Plot.PlotOptions, ariaLabel: string): string {
  const el = Plot.plot({
    ...options,
    document,
    ariaLabel,
    className: 'kc-plot',
  } as Plot.PlotOptions) as unknown as Element;
  const svg = el.tagName.toLowerCase() === 'svg' ? el : el.querySelector('svg');
  if (!svg)
    throw new Error(
      'renderPlot: Plot returned no <svg> (a legend or caption wraps it in a figure: place those outside)',
    );
  svg.setAttribute('role', 'img');
  svg.removeAttribute('aria-description');
  for (const g of svg.querySelectorAll('g[aria-label], g[aria-description]')) {
    g.removeAttribute('aria-label');
    g.removeAttribute('aria-description');
  }
  for (const g of svg.querySelectorAll('[font-variant]')) {
    const v = g.getAttribute('font-variant');
    g.removeAttribute('font-variant');
    g.setAttribute('style', `${g.getAttribute('style') ?? ''};font-variant-numeric:${v}`.replace(/^;/, ''));
  }
  svg.querySelector(':scope > style')?.remove();
  for (const el of svg.querySelectorAll('*'))
    for (const name of GEOMETRY) {
      const v = el.getAttribute(name);
      if (v && /\d\.\d{3}/.test(v)) el.setAttribute(name, v.replace(/-?\d+\.\d{3,}/g, round));
    }
  // Height follows width on small screens: keep the viewBox, let CSS size the element.
  svg.removeAttribute('height');
  svg.setAttribute('width', String(options.width ?? 640));
  return svg.outerHTML;
}
