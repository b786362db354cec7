/**
 * Offline for presenters: a web app manifest with PNG icons (rendered from the favicon) and a
 * Workbox service worker (workbox-build's generateSW over the finished dist/, after Pagefind).
 *
 * What is precached, with a revision per file (so a deploy changes exactly the entries whose
 * bytes changed): what a presenter needs with no network, and nothing more (about 4.5 MB, where
 * precaching every profile, download and image had reached 13.6 MB): the home page and the
 * presentation in both languages, every chart page (and view page) and embed, each chart's CSV
 * and the figures CSV, the client scripts (Astro's bundles, so charts answer offline too),
 * icons and manifest. Not the province profiles, the report reader pages, the other downloads,
 * the Pagefind index (search needs the network) or the images (preview cards, chart PNG/SVG
 * downloads). Pages a reader opens are kept in a small network-first cache and downloads in a
 * small cache of their own, so they also open offline once seen.
 *
 * Updates: the new worker installs beside the old one and waits (no skipWaiting); the page
 * (public/js/offline.js) then offers a reload, and only when the reader accepts does it tell the
 * worker to skip waiting, after which the page reloads under the new build. A reader who
 * declines keeps the old build until every tab of the site is closed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW, getManifest, type GenerateSWOptions, type GetManifestOptions } from 'workbox-build';
import { svgToPng } from './images.ts';
import { SITE } from '../../src/lib/i18n.ts';
import { BRAND, PAPER } from '../../src/charts/palette.ts';

export const PRECACHE_PATTERNS = [
  'index.html',
  'en/index.html',
  'trinh-chieu/index.html',
  'en/present/index.html',
  'bieu-do/**/index.html',
  'en/charts/**/index.html',
  'embed/**/index.html',
  'en/embed/**/index.html',
  'data/figures.csv',
  'charts/*.csv',
  '_astro/*.js',
  'js/*.js',
  'favicon.svg',
  'icons/*.png',
  'manifest.webmanifest',
];

function precacheOptions(dist: string): GetManifestOptions {
  return {
    globDirectory: dist,
    globPatterns: PRECACHE_PATTERNS,
    globIgnores: ['pagefind/**', 'sw.js', 'workbox-*.js'],
    // The largest download (figures.json) is about 300 KB; anything far larger is a mistake.
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  };
}

/** What the worker precaches: entries and bytes (also reported by `npm run bench`). */
export async function precacheSize(dist: string): Promise<{ count: number; size: number }> {
  const { count, size, warnings } = await getManifest(precacheOptions(dist));
  if (warnings.length) throw new Error(`offline: ${warnings.join('; ')}`);
  return { count, size };
}

/** Icons (any and maskable) and the manifest. The maskable icon keeps the mark in the safe zone. */
export function writeManifest(dist: string): void {
  const favicon = readFileSync(join(dist, 'favicon.svg'), 'utf8');
  const inner = favicon.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" fill="${BRAND}"/><g transform="translate(4 4)">${inner}</g></svg>`;
  mkdirSync(join(dist, 'icons'), { recursive: true });
  for (const size of [192, 512]) writeFileSync(join(dist, 'icons', `icon-${size}.png`), svgToPng(favicon, size));
  writeFileSync(join(dist, 'icons', 'maskable-512.png'), svgToPng(maskable, 512));
  const manifest = {
    name: SITE.vi.name,
    short_name: 'Khuyến công',
    description: SITE.vi.tagline,
    lang: 'vi',
    dir: 'ltr',
    id: '/',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: PAPER,
    theme_color: BRAND,
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
    shortcuts: [
      { name: 'Trình chiếu', url: '/trinh-chieu/', icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }] },
      { name: 'Present (English)', url: '/en/present/', icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }] },
    ],
  };
  writeFileSync(join(dist, 'manifest.webmanifest'), JSON.stringify(manifest, null, 1));
}

export async function writeServiceWorker(dist: string): Promise<{ count: number; size: number }> {
  const options: GenerateSWOptions = {
    ...precacheOptions(dist),
    swDest: join(dist, 'sw.js'),
    mode: 'production',
    sourcemap: false,
    // One file, same origin: nothing for the page CSP (worker-src falls back to 'self') to refuse.
    inlineWorkboxRuntime: true,
    // Waits for the reader's consent (public/js/offline.js posts SKIP_WAITING); takes control
    // of pages opened before the first install, so the first visit is already offline-ready.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // /bieu-do/x/ is stored as /bieu-do/x/index.html; query options (?plain, ?lang, a chart
    // view) do not change the static file, so any query matches the stored page.
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    runtimeCaching: [
      {
        urlPattern: ({ request, url }) => request.mode === 'navigate' && !url.pathname.startsWith('/pagefind/'),
        handler: 'NetworkFirst',
        options: { cacheName: 'pages-seen', networkTimeoutSeconds: 5, expiration: { maxEntries: 60 } },
      },
      {
        urlPattern: ({ url }) => /^\/(data|charts)\/[^/]+\.(csv|json)$/.test(url.pathname),
        handler: 'NetworkFirst',
        options: { cacheName: 'downloads-seen', networkTimeoutSeconds: 5, expiration: { maxEntries: 30 } },
      },
    ],
  };
  const { count, size, warnings } = await generateSW(options);
  if (warnings.length) throw new Error(`offline: ${warnings.join('; ')}`);
  return { count, size };
}
