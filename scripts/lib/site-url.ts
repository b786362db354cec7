/**
 * The site's public address, from SITE_URL. Everything absolute in the build (canonical links,
 * Open Graph, embed codes, QR codes, oEmbed, sitemap, robots.txt) derives from it, so a build
 * for a real host must set it; without it the build uses a placeholder domain and says so.
 */
export const PLACEHOLDER_SITE = 'https://khuyencong.example.org';

export function publicSite(value: string | undefined, warn: (m: string) => void = (m) => console.warn(m)): string {
  const raw = value?.trim();
  if (!raw || new URL(raw).origin === PLACEHOLDER_SITE) {
    warn(
      `\n⚠ SITE_URL is ${raw ? `the placeholder ${PLACEHOLDER_SITE}` : 'not set'}: canonical links, embed codes, QR codes, the sitemap and ` +
        `robots.txt will point at ${PLACEHOLDER_SITE}. Set SITE_URL to the public address (docs/deploy.md) before publishing.\n`,
    );
    return PLACEHOLDER_SITE;
  }
  const url = new URL(raw);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL must be an http(s) address, got "${raw}"`);
  // Pages link with absolute paths (/bieu-do/…), so only the origin counts.
  return url.origin;
}
