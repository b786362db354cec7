// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { publicSite } from './scripts/lib/site-url.ts';
import { otherLanguagePath } from './src/lib/routes.ts';

// The public address: the one setting (SITE_URL) behind canonical links, Open Graph, embed codes,
// QR codes, oEmbed, the sitemap and robots.txt. A build without it warns (scripts/lib/site-url.ts).
// The warning is for builds only (vitest and `astro sync` also load this file).
const site = publicSite(process.env.SITE_URL, process.argv.includes('build') ? undefined : () => {});

// Static output only: dist/ must deploy to any static host or CDN as it is.
export default defineConfig({
  site,
  // OUT_DIR lets a test build the site a second time elsewhere (tests/site/site-url.test.ts).
  ...(process.env.OUT_DIR ? { outDir: process.env.OUT_DIR } : {}),
  output: 'static',
  trailingSlash: 'always',
  // The one small stylesheet is inlined: no render-blocking request (Lighthouse FCP), and the
  // meta CSP allows inline styles (never inline scripts).
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  i18n: {
    locales: ['vi', 'en'],
    defaultLocale: 'vi',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    sitemap({
      namespaces: { news: false, image: false, video: false },
      // Embeds are frames for other sites, and the 404 page is not a page to find.
      filter: (url) => !/\/(en\/)?embed\/|\/404\/?$/.test(new URL(url).pathname),
      // The sitemap's own i18n option pairs /x/ with /en/x/, but our English paths are
      // translated (/ket-qua-2013-2022/ ↔ /en/results-2013-2022/), so each page's alternate
      // comes from the route table instead.
      serialize: (item) => {
        const here = new URL(item.url);
        const other = otherLanguagePath(here.pathname);
        if (!other) return item;
        const vi = here.pathname.startsWith('/en/') ? new URL(other, site).href : item.url;
        const en = here.pathname.startsWith('/en/') ? item.url : new URL(other, site).href;
        return {
          ...item,
          links: [
            { lang: 'vi', url: vi },
            { lang: 'en', url: en },
            { lang: 'x-default', url: vi },
          ],
        };
      },
    }),
  ],
  devToolbar: { enabled: false },
  // Astro inlines small processed scripts; the CSP forbids inline scripts, so every one is a file.
  vite: { build: { assetsInlineLimit: 0 } },
});
