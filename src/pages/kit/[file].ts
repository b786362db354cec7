/** Press kits (/kit/<chart>-<lang>.zip): the texts from the chart model; the downloads are added by scripts/postbuild.ts. */
import type { APIRoute } from 'astro';
import { CHARTS } from '../../charts/registry.ts';
import { chart } from '../../lib/charts.ts';
import { kitTexts } from '../../lib/press-kit.ts';
import type { Lang } from '../../lib/format.ts';

export function getStaticPaths() {
  return CHARTS.flatMap((c) => (['vi', 'en'] as const).map((lang) => ({ params: { file: `${c.id}-${lang}.zip` } })));
}

export const GET: APIRoute = async ({ params, site }) => {
  const [, id, lang] = /^(.+)-(vi|en)\.zip$/.exec(params.file!)!;
  const body = kitTexts(await chart(id!, lang as Lang), lang as Lang, site!);
  return new Response(body, { headers: { 'Content-Type': 'application/zip' } });
};
