// @ts-check
import { defineConfig } from 'astro/config';

// Static output only: dist/ must deploy to any static host or CDN as it is.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://khuyencong.example.org',
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
  devToolbar: { enabled: false },
});
