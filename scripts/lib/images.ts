/**
 * Raster images made at build time with resvg (no browser): each chart as PNG at 2× with its
 * title and source line inside the image, and a 1200×630 preview image for every page. Text is
 * set in Be Vietnam Pro (TTF from the npm registry), so Vietnamese diacritics render the same on
 * every machine whatever fonts it has.
 */
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { wrap } from '../../src/lib/wrap.ts';
import { escapeHtml as esc } from '../../src/lib/escape.ts';
import { BRAND, PAPER, THEME } from '../../src/charts/palette.ts';

const require = createRequire(import.meta.url);
const fontDir = dirname(require.resolve('@expo-google-fonts/be-vietnam-pro/package.json'));
export const FONT_FILES = [
  `${fontDir}/400Regular/BeVietnamPro_400Regular.ttf`,
  `${fontDir}/700Bold/BeVietnamPro_700Bold.ttf`,
];

export function svgToPng(svg: string, width: number): Buffer {
  const r = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: {
      fontFiles: FONT_FILES,
      loadSystemFonts: false,
      defaultFontFamily: 'Be Vietnam Pro',
      sansSerifFamily: 'Be Vietnam Pro',
    },
    background: PAPER,
  });
  return r.render().asPng();
}

/** A 1200×630 preview card: site name, title, description or a chart, brand bar. */
export function previewSvg(opts: {
  site: string;
  title: string;
  description: string;
  chartSvg?: string;
  url: string;
}): string {
  const titleLines = wrap(opts.title, opts.chartSvg ? 48 : 34, opts.chartSvg ? 2 : 3);
  const titleSize = opts.chartSvg ? 40 : 56;
  const titleY = 150;
  const titleText = titleLines
    .map(
      (l, i) =>
        `<text x="60" y="${titleY + i * (titleSize + 12)}" font-size="${titleSize}" font-weight="700" fill="${THEME.light.fg}">${esc(l)}</text>`,
    )
    .join('');
  let body = '';
  const afterTitle = titleY + titleLines.length * (titleSize + 12);
  if (opts.chartSvg) {
    const vb = /viewBox="([\d.\s-]+)"/.exec(opts.chartSvg)?.[1]?.split(/\s+/).map(Number) ?? [0, 0, 640, 400];
    const [, , w, h] = vb as [number, number, number, number];
    const boxW = 1080;
    const boxH = 560 - afterTitle;
    const scale = Math.min(boxW / w, boxH / h);
    const inner = opts.chartSvg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
    body = `<g transform="translate(60,${afterTitle}) scale(${scale})" font-family="Be Vietnam Pro" font-size="10" style="color:${THEME.light.fg}">${inner}</g>`;
  } else {
    body = wrap(opts.description, 60, 4)
      .map(
        (l, i) =>
          `<text x="60" y="${afterTitle + 20 + i * 44}" font-size="32" fill="${THEME.light.muted}">${esc(l)}</text>`,
      )
      .join('');
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="Be Vietnam Pro">
<rect width="1200" height="630" fill="${PAPER}"/>
<rect width="1200" height="14" fill="${BRAND}"/>
<text x="60" y="80" font-size="30" font-weight="700" fill="${BRAND}">${esc(opts.site)}</text>
${titleText}
${body}
<text x="60" y="600" font-size="24" fill="${THEME.light.muted}">${esc(opts.url)}</text>
</svg>`;
}
