/**
 * The 34 units of 2025 in the built site: a page per unit in both languages listing and linking
 * every former province, every figure and fact of those provinces linked to its row, each old
 * profile linking to its unit, the crosswalk download matching the gazetteer, and unique tile
 * labels with full names in the maps. Expectations come from data/reference/provinces.csv and
 * the raw downloads, read here directly, not from the code that built the pages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { JSDOM } from 'jsdom';
import { DIST, requireDist } from '../helpers/dist.ts';
import { ROOT } from '../helpers/fixture.ts';

type Row = Record<string, string>;
const csv = (text: string) => Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
let gazetteer: Row[];
let units: Map<string, Row[]>;
const parsed = new Map<string, Document>();
const doc = (url: string): Document => {
  const f = join(DIST, url, 'index.html');
  expect(existsSync(f), url).toBe(true);
  if (!parsed.has(url)) parsed.set(url, new JSDOM(readFileSync(f, 'utf8')).window.document);
  return parsed.get(url)!;
};
beforeAll(() => {
  requireDist();
  gazetteer = csv(readFileSync(join(ROOT, 'data/reference/provinces.csv'), 'utf8'));
  units = new Map();
  for (const p of gazetteer) units.set(p.merged_2025_slug!, [...(units.get(p.merged_2025_slug!) ?? []), p]);
});

describe('pages of the 34 units', () => {
  it('has 34 units, and a page for each in both languages, plus the two indexes', () => {
    expect(units.size).toBe(34);
    for (const u of ['/tinh-2025/', '/en/provinces-2025/']) doc(u);
    for (const slug of units.keys()) {
      doc(`/tinh-2025/${slug}/`);
      doc(`/en/provinces-2025/${slug}/`);
    }
  });

  it('lists and links every former province on its unit’s page, and nothing else', () => {
    for (const [slug, members] of units) {
      for (const [prefix, profile] of [
        ['/tinh-2025/', '/tinh/'],
        ['/en/provinces-2025/', '/en/provinces/'],
      ] as const) {
        const d = doc(`${prefix}${slug}/`);
        const linked = [...d.querySelectorAll('table.members tbody th a')].map((a) => a.getAttribute('href'));
        expect(linked.sort(), `${prefix}${slug}/`).toEqual(members.map((m) => `${profile}${m.slug}/`).sort());
        for (const m of members)
          expect(
            d.querySelector(`main h2 a[href="${profile}${m.slug}/"]`),
            `${prefix}${slug}/ section for ${m.slug}`,
          ).not.toBeNull();
      }
    }
  });

  it('links every figure and fact of its former provinces to its sentence in the report', () => {
    const figures = JSON.parse(readFileSync(join(DIST, 'data/figures.json'), 'utf8')) as {
      id: string;
      geo: string;
      geo_kind: string;
      source: string;
      derived: boolean;
    }[];
    const facts = csv(readFileSync(join(DIST, 'data/province-facts.csv'), 'utf8'));
    let checked = 0;
    for (const [slug, members] of units) {
      const d = doc(`/tinh-2025/${slug}/`);
      const hrefs = new Set([...d.querySelectorAll('main a')].map((a) => a.getAttribute('href')));
      for (const m of members) {
        // A figure leads to its mark in the report's text (a derived one to its formula on the
        // report's page), a fact to its line in the text.
        for (const f of figures.filter((x) => x.geo_kind === 'province' && x.geo === m.slug)) {
          const want = f.derived
            ? `/nguon/${f.source}/#${encodeURIComponent(f.id)}`
            : `/nguon/${f.source}/van-ban/#${encodeURIComponent(`f-${f.id}`)}`;
          expect(hrefs, `${slug}: ${f.id}`).toContain(want);
          checked++;
        }
        for (const f of facts.filter((x) => x.geo === m.slug)) {
          expect(hrefs, `${slug}: ${f.id}`).toContain(`/nguon/${f.source}/van-ban/#L${f.line}`);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('says why it adds nothing up where the former provinces’ figures do not all match', () => {
    const d = doc('/tinh-2025/lam-dong/');
    const text = d.querySelector('ul.why-not')!.textContent!;
    expect(text).toMatch(/2 trong 3 tỉnh cũ không có số liệu này \(Bình Thuận và Đắk Nông\)/);
    expect(doc('/en/provinces-2025/lam-dong/').querySelector('ul.why-not')!.textContent).toMatch(
      /2 of 3 former provinces have no figure for this/,
    );
  });

  it('links each old profile to its unit, and the unit back to it', () => {
    for (const p of gazetteer) {
      const a = doc(`/tinh/${p.slug}/`).querySelector('a[data-unit-2025]');
      expect(a?.getAttribute('href'), p.slug).toBe(`/tinh-2025/${p.merged_2025_slug}/`);
      expect(a?.textContent).toBe(p.merged_2025_name_vi);
      expect(doc(`/en/provinces/${p.slug}/`).querySelector('a[data-unit-2025]')?.getAttribute('href')).toBe(
        `/en/provinces-2025/${p.merged_2025_slug}/`,
      );
    }
  });
});

describe('crosswalk download', () => {
  it('matches the gazetteer row for row and names the legal source', () => {
    const rows = csv(readFileSync(join(DIST, 'data/provinces-2025.csv'), 'utf8'));
    expect(rows).toHaveLength(63);
    expect(rows.map((r) => [r.old_code, r.old_slug, r.old_name_vi, r.new_slug, r.new_name_vi])).toEqual(
      [...gazetteer]
        .sort((a, b) => a.code!.localeCompare(b.code!))
        .map((p) => [p.code, p.slug, p.name_vi, p.merged_2025_slug, p.merged_2025_name_vi]),
    );
    for (const r of rows) expect(r.legal_source).toMatch(/202\/2025\/QH15/);
  });
  it('is described in datapackage.json, field by field', () => {
    const pkg = JSON.parse(readFileSync(join(DIST, 'data/datapackage.json'), 'utf8')) as {
      resources: { name: string; path: string; schema?: { fields: { name: string }[] } }[];
    };
    const res = pkg.resources.find((r) => r.path === 'provinces-2025.csv');
    expect(res).toBeDefined();
    const header = readFileSync(join(DIST, 'data/provinces-2025.csv'), 'utf8').split('\n')[0]!.split(',');
    expect(res!.schema!.fields.map((f) => f.name)).toEqual(header);
  });
  it('and the methodology names the resolution', () => {
    expect(doc('/phuong-phap/').querySelector('#units-2025')?.nextElementSibling?.textContent).toMatch(
      /Nghị quyết số 202\/2025\/QH15/,
    );
    expect(doc('/en/methodology/').querySelector('#units-2025')?.nextElementSibling?.textContent).toMatch(
      /Resolution 202\/2025\/QH15/,
    );
  });
});

describe('tile maps', () => {
  it('label each tile uniquely and name it in full, on the 63 and on the 34', () => {
    const d = doc('/tinh/');
    const fig = d.querySelector('figure.tiles')!;
    const map63 = fig.querySelector('.map63 .view svg')!;
    const map34 = fig.querySelector('.map34 svg')!;
    for (const [svg, n, names] of [
      [map63, 63, gazetteer.map((p) => p.name_vi!)],
      [map34, 34, [...new Set(gazetteer.map((p) => p.merged_2025_name_vi!))]],
    ] as const) {
      const links = [...svg.querySelectorAll('a')];
      expect(links).toHaveLength(n);
      const labels = links.map((a) => a.querySelector('text:not(.tip)')!.textContent);
      expect(new Set(labels).size).toBe(n);
      // The accessible name: the link's <title>, which starts with the full name.
      const full = links.map((a) => a.querySelector('title')!.textContent!.split(':')[0]);
      expect(full.sort()).toEqual([...names].sort());
      for (const a of links)
        expect(a.querySelector('text.tip')!.textContent).toBe(a.querySelector('title')!.textContent!.split(':')[0]);
    }
  });
});
