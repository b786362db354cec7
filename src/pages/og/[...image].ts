/**
 * Preview images (1200×630 PNG) for every page, at the path its og:image names, drawn from the
 * page's own metadata and chart model (src/lib/pages.ts), not read back from the built HTML.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { previewSvg, svgToPng } from '../../../scripts/lib/images.ts';
import { chart } from '../../lib/charts.ts';
import { SITE, T } from '../../lib/i18n.ts';
import { allPages, ogImagePath, type PageMeta, pageMeta } from '../../lib/pages.ts';
import { path } from '../../lib/routes.ts';
import type { Lang } from '../../lib/format.ts';

interface Props {
  lang: Lang;
  pathname: string;
  meta: PageMeta;
}

export const getStaticPaths = (async () => {
  const pages = await Promise.all(
    (await allPages()).map(async (p) => {
      const pathname = path(p.lang, p.kind, p.param);
      return { lang: p.lang, pathname, meta: await pageMeta(p) };
    }),
  );
  // The 404 page is outside the route table; its file is /404.html.
  pages.push({
    lang: 'vi',
    pathname: '/404.html',
    meta: { title: T.vi.notFound.title, description: T.vi.notFound.description },
  });
  return pages.map((p) => ({ params: { image: ogImagePath(p.pathname).replace(/^\/og\//, '') }, props: p }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { lang, pathname, meta } = props;
  const chartSvg = meta.chart ? (await chart(meta.chart.id, lang)).views[meta.chart.view]!.svg : undefined;
  const url = new URL(pathname, site);
  const svg = previewSvg({
    site: SITE[lang].name,
    title: meta.title,
    description: meta.description,
    chartSvg,
    url: url.host + url.pathname,
  });
  return new Response(new Uint8Array(svgToPng(svg, 1200)), { headers: { 'Content-Type': 'image/png' } });
};
