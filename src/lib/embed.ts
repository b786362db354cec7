/**
 * The embed code journalists paste: a responsive iframe that works alone (sensible default
 * height, stripped-script CMSs), the external resizer script (no inline code, so a strict CSP
 * can allow it by origin), and a <noscript> PNG for hosts without JavaScript.
 */
import type { ChartModel } from '../charts/registry.ts';
import type { Lang } from './format.ts';
import { path } from './routes.ts';
import { escapeHtml } from './escape.ts';

const attr = escapeHtml;

/**
 * Default iframe height, for hosts that strip the resizer script: tall enough for the desktop
 * drawing with its title and source, and for the taller phone drawing with a wrapped title.
 */
export function defaultHeight(model: ChartModel): number {
  const h = (svg: string | undefined) => Number(/viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(svg ?? '')?.[1] ?? 0);
  const wide = Math.max(...model.views.map((v) => h(v.svg)));
  const narrow = Math.max(...model.views.map((v) => h(v.svgNarrow)));
  return Math.round(Math.max(wide + 300, narrow + 360));
}

export function embedCode(model: ChartModel, lang: Lang, site: URL | string): string {
  const src = new URL(path(lang, 'embed', model.id), site).href;
  const png = new URL(`/charts/${model.id}-${lang}.png`, site).href;
  const permalink = new URL(path(lang, 'chart', model.id), site).href;
  const resizer = new URL('/js/embed-resizer.js', site).href;
  return [
    `<iframe src="${src}" title="${attr(model.title)}" height="${defaultHeight(model)}" style="width:100%;max-width:100%;border:0" loading="lazy" allow="fullscreen"></iframe>`,
    `<script src="${resizer}" async></script>`,
    `<noscript><a href="${permalink}"><img src="${png}" alt="${attr(model.alt)}" style="width:100%;height:auto"></a></noscript>`,
  ].join('\n');
}

/** Where NPR publishes Pym.js (the `defaultPymUrl` of the pym.js package); hosts may use their own copy. */
export const PYM_URL = 'https://pym.nprapps.org/pym.v1.min.js';

/**
 * The embed code for pages built on NPR's Pym.js (many newsroom CMS templates): a container
 * and Pym's parent, which makes the iframe itself. The host brings Pym (a page that already
 * loads it leaves out the second line); this site serves no copy. The embedded page speaks Pym's
 * child protocol itself (public/js/embed.js), so no Pym code runs inside the chart.
 * The container id is Pym's name for the frame: two copies of one chart need two ids.
 */
export function pymEmbedCode(model: ChartModel, lang: Lang, site: URL | string): string {
  const src = new URL(path(lang, 'embed', model.id), site).href;
  const id = `kc-${model.id}`;
  // JSON literals inside a <script>: `<` escaped so no `</script>` can end it early.
  const js = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');
  return [
    `<div id="${id}"></div>`,
    `<script src="${PYM_URL}"></script>`,
    `<script>new pym.Parent(${js(id)}, ${js(src)}, ${js({ title: model.title })});</script>`,
  ].join('\n');
}
