/**
 * The chart catalogue (/bieu-do/, /en/charts/) lists every chart of the registry once, linking
 * to its page, with downloads that exist in dist/, and a chart page's breadcrumb leads back to it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/charts/registry.ts';
import { DIST, read, requireDist } from '../helpers/dist.ts';

const page = (url: string) => new JSDOM(read(join(DIST, url, 'index.html'))).window.document;

describe('the chart catalogue', () => {
  beforeAll(requireDist);

  for (const [lang, base] of [
    ['vi', '/bieu-do/'],
    ['en', '/en/charts/'],
  ] as const) {
    it(`${base} lists every chart once, with its page and downloads`, () => {
      const doc = page(base);
      const cards = [...doc.querySelectorAll('.chart-list > li')];
      const linked = cards.map((c) => c.querySelector('h2 a')!.getAttribute('href'));
      expect(linked).toEqual(CHARTS.map((c) => `${base}${c.id}/`));
      for (const [i, card] of cards.entries()) {
        const c = CHARTS[i]!;
        expect(card.querySelector('h2')!.textContent).toBe(c.name[lang]);
        // The finding is the chart page's own title, so the two cannot drift apart.
        const chartPage = page(`${base}${c.id}/`);
        expect(card.querySelector('.finding')!.textContent).toBe(chartPage.querySelector('h1')!.textContent);
        const files = [...card.querySelectorAll('a[download], img')].map(
          (a) => a.getAttribute('href') ?? a.getAttribute('src')!,
        );
        expect(files.length).toBe(4);
        for (const f of files) expect(existsSync(join(DIST, f)), f).toBe(true);
        // The chart page's breadcrumb leads back to the catalogue.
        expect(chartPage.querySelector('nav.crumbs li:nth-child(2) a')!.getAttribute('href')).toBe(base);
      }
    });
  }
});
