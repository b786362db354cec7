/**
 * Per-chart downloads, written at build time: /charts/<id>.csv (the chart's figures, base
 * units, with ids and sources) and /charts/<id>-<lang>.svg (standalone, with title and source).
 */
import type { APIRoute } from 'astro';
import { CHARTS } from '../../charts/registry.ts';
import { chart } from '../../lib/charts.ts';
import { standaloneSvg } from '../../lib/chart-svg.ts';
import type { Lang } from '../../lib/format.ts';
import { toCsv } from '../../lib/csv.ts';

export function getStaticPaths() {
  return CHARTS.flatMap((c) => [
    { params: { file: `${c.id}.csv` } },
    { params: { file: `${c.id}-vi.svg` } },
    { params: { file: `${c.id}-en.svg` } },
  ]);
}

export const GET: APIRoute = async ({ params }) => {
  const file = params.file!;
  const csv = /^(.+)\.csv$/.exec(file);
  if (csv) {
    const m = await chart(csv[1]!, 'en');
    const body = toCsv(m.csv, Object.keys(m.csv[0] ?? {}));
    return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  }
  const [, id, lang] = /^(.+)-(vi|en)\.svg$/.exec(file)!;
  const body = standaloneSvg(await chart(id!, lang as Lang), lang as Lang).svg;
  return new Response(body, { headers: { 'Content-Type': 'image/svg+xml' } });
};
