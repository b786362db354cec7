/**
 * The embed code journalists paste: a responsive iframe that works alone (sensible default
 * height, stripped-script CMSs), the external resizer script (no inline code, so a strict CSP
 * can allow it by origin), and a <noscript> PNG for hosts without JavaScript.
 */
import type { ChartModel } from '../charts/registry.ts';
import type { Lang } from './format.ts';
import { path } from './routes.ts';

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Default iframe height: the chart's SVG height plus title, source and table toggle. */
export function defaultHeight(model: ChartModel): number {
  const vb = /viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(model.views[0]!.svg);
  return Math.round(Number(vb?.[1] ?? 400) + 230);
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
