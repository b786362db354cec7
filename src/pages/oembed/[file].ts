/** Static oEmbed responses (/oembed/<chart>-<lang>.json), discovered from each chart page. */
import type { APIRoute } from 'astro';
import { CHARTS } from '../../charts/registry.ts';
import { chart } from '../../lib/charts.ts';
import { defaultHeight } from '../../lib/embed.ts';
import { standaloneSvg } from '../../lib/chart-svg.ts';
import { SITE } from '../../lib/i18n.ts';
import { path } from '../../lib/routes.ts';
import { escapeHtml } from '../../lib/escape.ts';
import type { Lang } from '../../lib/format.ts';

export function getStaticPaths() {
  return CHARTS.flatMap((c) => (['vi', 'en'] as const).map((lang) => ({ params: { file: `${c.id}-${lang}.json` } })));
}

export const GET: APIRoute = async ({ params, site }) => {
  const [, id, lang] = /^(.+)-(vi|en)\.json$/.exec(params.file!)!;
  const m = await chart(id!, lang as Lang);
  const height = defaultHeight(m);
  // The PNG download is the standalone SVG at 2×.
  const thumb = standaloneSvg(m, lang as Lang);
  const src = new URL(path(lang as Lang, 'embed', id!), site).href;
  const title = escapeHtml(m.title);
  const body = {
    version: '1.0',
    type: 'rich',
    provider_name: SITE[lang as Lang].name,
    provider_url: new URL(path(lang as Lang, 'home'), site).href,
    title: m.title,
    width: 640,
    height,
    html: `<iframe src="${src}" title="${title}" width="640" height="${height}" style="width:100%;max-width:100%;border:0" loading="lazy"></iframe>`,
    thumbnail_url: new URL(`/charts/${id}-${lang}.png`, site).href,
    thumbnail_width: thumb.width * 2,
    thumbnail_height: thumb.height * 2,
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json+oembed' } });
};
