/**
 * Press kits: one zip per chart and language, linked from the chart's share panel, holding the
 * chart's own downloads byte for byte and texts that match the chart page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import Papa from 'papaparse';
import { JSDOM } from 'jsdom';
import { DIST, read, requireDist } from '../helpers/dist.ts';

let charts: string[] = [];
let sources: Record<string, { title_vi: string; title_en: string }> = {};
beforeAll(() => {
  requireDist();
  charts = readdirSync(join(DIST, 'charts'))
    .filter((f) => f.endsWith('.csv'))
    .map((f) => f.replace(/\.csv$/, ''));
  const rows = Papa.parse<Record<string, string>>(readFileSync(join(DIST, 'data/sources.csv'), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
  sources = Object.fromEntries(rows.map((r) => [r.id!, { title_vi: r.title_vi!, title_en: r.title_en! }]));
});

const pngWidth = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset).getUint32(16);

describe('press kits', () => {
  it('exist for every chart and language, with the seven files', () => {
    expect(charts.length).toBeGreaterThanOrEqual(9);
    for (const id of charts)
      for (const lang of ['vi', 'en']) {
        const zip = unzipSync(readFileSync(join(DIST, 'kit', `${id}-${lang}.zip`)));
        expect(Object.keys(zip).sort(), id).toEqual(
          [
            'README.txt',
            'alt.txt',
            'citation.txt',
            `${id}-${lang}.png`,
            `${id}-${lang}.svg`,
            `${id}.csv`,
            'embed.html',
          ].sort(),
        );
      }
  });

  it('hold the chart’s downloads and texts that match its page and name its sources', () => {
    for (const id of charts)
      for (const lang of ['vi', 'en'] as const) {
        const zip = unzipSync(readFileSync(join(DIST, 'kit', `${id}-${lang}.zip`)));
        const page = join(DIST, lang === 'vi' ? `bieu-do/${id}` : `en/charts/${id}`, 'index.html');
        const doc = new JSDOM(read(page)).window.document;
        const what = `${id}-${lang}`;
        // Downloads, byte for byte.
        expect(
          Buffer.from(zip[`${id}.csv`]!).equals(readFileSync(join(DIST, 'charts', `${id}.csv`))),
          `${what} csv`,
        ).toBe(true);
        expect(
          Buffer.from(zip[`${id}-${lang}.svg`]!).equals(readFileSync(join(DIST, 'charts', `${id}-${lang}.svg`))),
          `${what} svg`,
        ).toBe(true);
        const png = zip[`${id}-${lang}.png`]!;
        expect(Buffer.from(png).equals(readFileSync(join(DIST, 'charts', `${id}-${lang}.png`))), `${what} png`).toBe(
          true,
        );
        const svgWidth = Number(/width="(\d+)"/.exec(strFromU8(zip[`${id}-${lang}.svg`]!))![1]);
        expect(pngWidth(png), `${what} png is 2×`).toBe(svgWidth * 2);
        // Texts: the citation names the chart and every report its figures come from.
        const citation = strFromU8(zip['citation.txt']!);
        expect(citation, what).toContain(doc.querySelector('h1')!.textContent!);
        const used = new Set(
          Papa.parse<Record<string, string>>(strFromU8(zip[`${id}.csv`]!), {
            header: true,
            skipEmptyLines: true,
          }).data.map((r) => r.source!),
        );
        expect(used.size, what).toBeGreaterThan(0);
        for (const s of used)
          expect(citation, `${what} cites ${s}`).toContain(sources[s]![lang === 'vi' ? 'title_vi' : 'title_en']);
        expect(citation.trim(), what).toBe(doc.querySelector('#citation')!.textContent!.trim());
        expect(strFromU8(zip['alt.txt']!).trim(), what).toBe(
          doc.querySelector('figure.chart .alt')!.textContent!.trim(),
        );
        expect(strFromU8(zip['embed.html']!).trim(), what).toBe(doc.querySelector('#embed-code')!.textContent!.trim());
        const readme = strFromU8(zip['README.txt']!);
        expect(readme, what).toContain('CC BY 4.0');
        expect(readme, what).toContain('https://creativecommons.org/licenses/by/4.0/');
        expect(readme, what).toContain(doc.querySelector('#permalink')!.getAttribute('value')!);
        // Linked from the share panel.
        expect(doc.querySelector(`.share-panel a[href="/kit/${id}-${lang}.zip"][download]`), what).not.toBeNull();
      }
  });

  it('every kit in dist/kit/ belongs to a chart', () => {
    expect(existsSync(join(DIST, 'kit'))).toBe(true);
    expect(readdirSync(join(DIST, 'kit')).length).toBe(charts.length * 2);
  });
});
