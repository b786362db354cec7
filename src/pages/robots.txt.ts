/**
 * robots.txt: everything may be crawled (embeds too: search engines render them inside the
 * articles that embed them); the sitemap's absolute address comes from SITE_URL.
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) =>
  new Response(
    ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL('/sitemap-index.xml', site).href}`, ''].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
