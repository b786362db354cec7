/**
 * Per-chart downloads, written at build time: /charts/<id>.csv (the chart's figures, base
 * units, with ids and sources) and /charts/<id>-<lang>.svg (standalone, with title and source).
 */
import type { APIRoute } from 'astro';
import { CHARTS } from '../../charts/registry.ts';
import { chart } from '../../lib/charts.ts';
import { SITE } from '../../lib/i18n.ts';
import type { Lang } from '../../lib/format.ts';

export function getStaticPaths() {
  return CHARTS.flatMap((c) => [
    { params: { file: `${c.id}.csv` } },
    { params: { file: `${c.id}-vi.svg` } },
    { params: { file: `${c.id}-en.svg` } },
  ]);
}

const cell = (v: unknown) => {
  const s = String(v ?? '');
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export const GET: APIRoute = async ({ params }) => {
  const file = params.file!;
  const csv = /^(.+)\.csv$/.exec(file);
  if (csv) {
    const m = await chart(csv[1]!, 'en');
    const cols = Object.keys(m.csv[0] ?? {});
    const body = [cols.join(','), ...m.csv.map((r) => cols.map((c) => cell(r[c])).join(','))].join('\n') + '\n';
    return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  }
  const [, id, lang] = /^(.+)-(vi|en)\.svg$/.exec(file)!;
  const m = await chart(id!, lang as Lang);
  const inner = m.views[0]!.svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '');
  const vb = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(m.views[0]!.svg)!;
  const w = Number(vb[1]);
  const h = Number(vb[2]);
  const body = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h + 110}" width="${w}" height="${h + 110}" font-family="sans-serif" style="color:#1a1d21">
<rect width="100%" height="100%" fill="#fff"/>
<text x="10" y="26" font-size="16" font-weight="700">${esc(m.title)}</text>
<text x="10" y="48" font-size="12" fill="#4f5861">${esc(m.subtitle)}</text>
<g transform="translate(0,60)">${inner}</g>
<text x="10" y="${h + 90}" font-size="11" fill="#4f5861">${esc(m.sourceLine)} ${esc(SITE[lang as Lang].name)}</text>
</svg>\n`;
  return new Response(body, { headers: { 'Content-Type': 'image/svg+xml' } });
};
