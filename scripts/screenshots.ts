/**
 * Screenshots for looking at the site as a reader would: node scripts/screenshots.ts [path…]
 * Serves dist/ on loopback, opens each page in Chromium at 375 px and 1280 px and writes
 * out/shots/<page>-<width>[-dark].png. Not a test: it asserts nothing.
 */
import { mkdirSync } from 'node:fs';
import { launch, serveDist } from './dist-tools.ts';

const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/en/', '/tinh/tra-vinh/', '/vung/'];
const dark = process.env.DARK === '1';
mkdirSync('out/shots', { recursive: true });
const { server, origin } = await serveDist();
const browser = await launch();
for (const width of [375, 1280]) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: dark ? 'dark' : 'light' });
  const page = await ctx.newPage();
  for (const p of pages) {
    await page.goto(origin + p, { waitUntil: 'networkidle' });
    const name = p.replace(/[/?=#&]+/g, '_').replace(/^_|_$/g, '') || 'home';
    await page.screenshot({
      path: `out/shots/${name}-${width}${dark ? '-dark' : ''}.png`,
      fullPage: process.env.FULL !== '0',
    });
  }
  await ctx.close();
}
await browser.close();
server.close();
console.log(`screenshots in out/shots/ (${pages.length} pages × 2 widths)`);
