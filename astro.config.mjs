// @ts-check
import { defineConfig } from 'astro/config';

// Static output only: dist/ must deploy to any static host or CDN as it is.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://khuyencong.example.org',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  i18n: {
    locales: ['vi', 'en'],
    defaultLocale: 'vi',
    routing: { prefixDefaultLocale: false },
  },
  devToolbar: { enabled: false },
});
