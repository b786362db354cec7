/**
 * A chart as a standalone SVG file (downloads, PNGs, oEmbed thumbnails): white background, the
 * title, subtitle and source line wrapped to the drawing's width, the site's name.
 */
import type { ChartModel } from '../charts/registry.ts';
import type { Lang } from './format.ts';
import { SITE } from './i18n.ts';
import { wrap } from './wrap.ts';
import { escapeHtml } from './escape.ts';
import { PAPER, THEME } from '../charts/palette.ts';

const esc = escapeHtml;

export function standaloneSvg(m: ChartModel, lang: Lang): { svg: string; width: number; height: number } {
  const chart = m.views[0]!.svg;
  const vb = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(chart)!;
  const w = Number(vb[1]);
  const h = Number(vb[2]);
  // Average glyph widths of Be Vietnam Pro at these sizes, with a margin.
  const title = wrap(m.title, Math.floor((w - 20) / 10.2));
  const subtitle = wrap(m.subtitle, Math.floor((w - 20) / 7));
  const source = wrap(`${m.sourceLine} ${SITE[lang].name}`, Math.floor((w - 20) / 6.6));
  let y = 8;
  const lines: string[] = [];
  for (const l of title) {
    y += 22;
    lines.push(`<text x="10" y="${y}" font-size="17" font-weight="700">${esc(l)}</text>`);
  }
  y += 4;
  for (const l of subtitle) {
    y += 17;
    lines.push(`<text x="10" y="${y}" font-size="12" fill="${THEME.light.muted}">${esc(l)}</text>`);
  }
  const top = y + 12;
  let fy = top + h + 6;
  const foot = source.map((l) => {
    fy += 15;
    return `<text x="10" y="${fy}" font-size="11" fill="${THEME.light.muted}">${esc(l)}</text>`;
  });
  const height = Math.ceil(fy + 12);
  const inner = chart.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${height}" width="${w}" height="${height}" font-family="Be Vietnam Pro, sans-serif" style="color:${THEME.light.fg}">
<rect width="100%" height="100%" fill="${PAPER}"/>
${lines.join('\n')}
<g transform="translate(0,${top})" font-size="13">${inner}</g>
${foot.join('\n')}
</svg>\n`;
  return { svg, width: w, height };
}
