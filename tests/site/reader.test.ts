/**
 * The reports as reader pages, over the built HTML: every published figure highlighted exactly
 * once, inside its stated line, with exactly its characters; the text reproduced as written;
 * every number link of the site landing on a figure of a reader page; province profiles citing
 * every report list that names them.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { JSDOM } from 'jsdom';
import { DIST, htmlFiles, read, requireDist, urlOf } from '../helpers/dist.ts';

const ROOT = resolve(import.meta.dirname, '../..');
interface Row {
  id: string;
  source: string;
  line: string;
  as_written: string;
  derived: string;
  formula: string;
}
let figures: Row[];
const docs = new Map<string, Document>();
const doc = (url: string): Document => {
  let d = docs.get(url);
  if (!d) {
    d = new JSDOM(read(join(DIST, url, 'index.html'))).window.document;
    docs.set(url, d);
  }
  return d;
};
const sources = () => [...new Set(figures.map((f) => f.source))];
const readerUrls = (source: string) => [`/nguon/${source}/van-ban/`, `/en/sources/${source}/text/`];

beforeAll(() => {
  requireDist();
  figures = Papa.parse<Row>(readFileSync(join(DIST, 'data/figures.csv'), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
});

describe('reader pages', () => {
  it('highlight every non-derived figure of figures.csv exactly once, inside its stated line, with its exact characters', () => {
    const problems: string[] = [];
    const transcribed = figures.filter((f) => f.derived !== 'true');
    expect(transcribed.length).toBeGreaterThan(300);
    for (const f of transcribed) {
      for (const url of readerUrls(f.source)) {
        const d = doc(url);
        const marks = [...d.querySelectorAll(`mark[id="f-${f.id}"]`)];
        if (marks.length !== 1) {
          problems.push(`${url} ${f.id}: ${marks.length} marks`);
          continue;
        }
        const m = marks[0]!;
        const line = m.closest('.l');
        if (line?.id !== `L${f.line}`) problems.push(`${url} ${f.id}: in ${line?.id}, stated line ${f.line}`);
        if (m.textContent !== f.as_written)
          problems.push(`${url} ${f.id}: marks “${m.textContent}”, as_written “${f.as_written}”`);
        // Its link leads to its entry, and the entry back to the mark and to the source table row.
        const entryId = m.querySelector('a')?.getAttribute('href')?.slice(1) ?? '';
        const entry = d.getElementById(entryId);
        const shared = entry && entryId !== `e-${f.id}`;
        const own = d.getElementById(`e-${f.id}`);
        if (!own) problems.push(`${url} ${f.id}: no entry`);
        else {
          if (!own.querySelector(`a[href="#f-${f.id}"]`))
            problems.push(`${url} ${f.id}: entry does not link back to the mark`);
          if (!own.querySelector(`a[href$="/${f.source}/#${f.id}"]`))
            problems.push(`${url} ${f.id}: entry does not link to its source table row`);
        }
        if (!entry && !shared) problems.push(`${url} ${f.id}: mark links to a missing entry ${entryId}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('reproduce each report as written: every line of data/sources/<id>.txt, with its anchor, character for character', () => {
    const problems: string[] = [];
    for (const source of sources()) {
      const lines = readFileSync(join(ROOT, 'data/sources', `${source}.txt`), 'utf8')
        .replace(/\n$/, '')
        .split('\n');
      for (const url of readerUrls(source)) {
        const d = doc(url);
        lines.forEach((text, i) => {
          const el = d.getElementById(`L${i + 1}`);
          if (!el) {
            problems.push(`${url} L${i + 1} missing`);
            return;
          }
          const clone = el.cloneNode(true) as Element;
          // What we add beside the text (our reading of garbled figures) is not the text.
          for (const extra of clone.querySelectorAll('.reading, .also')) extra.remove();
          const shown = (clone.textContent ?? '').replace(/ $/, '');
          if (shown.trim() !== text.trim())
            problems.push(`${url} L${i + 1}: shows “${shown.slice(0, 60)}”, text “${text.slice(0, 60)}”`);
        });
        if (d.getElementById(`L${lines.length + 1}`)) problems.push(`${url}: a line beyond the end`);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('show the OCR report’s excluded figures with their reason and our reading beside garbled ones', () => {
    const d = doc('/nguon/kcqg-2014-2020/van-ban/');
    const en = doc('/en/sources/kcqg-2014-2020/text/');
    const exclusions = Papa.parse<{ id: string; reason_vi: string; reason_en: string }>(
      readFileSync(join(ROOT, 'data/raw/exclusions.csv'), 'utf8'),
      { header: true, skipEmptyLines: true },
    ).data;
    expect(exclusions.length).toBeGreaterThan(0);
    for (const e of exclusions) {
      const m = d.getElementById(`f-${e.id}`);
      expect(m?.classList.contains('excluded'), e.id).toBe(true);
      expect(d.getElementById(`e-${e.id}`)?.textContent).toContain(e.reason_vi);
      // The English reader page gives the reason in English.
      expect(en.getElementById(`e-${e.id}`)?.textContent).toContain(e.reason_en);
    }
    expect(d.getElementById('f-kcqg-2014-2020.org.annual-plan-only.provinces')?.textContent).toBe('§');
    const fair = d.getElementById('f-kcqg-2014-2020.products.fair-participations')!;
    expect(fair.textContent).toBe('5. 500');
    expect(fair.nextElementSibling?.textContent).toMatch(/đọc là hơn 5\.500/);
    expect(d.querySelector('.callout')?.textContent).toMatch(/mất hoặc sai/);
  });

  it('stay under 150 KB gzipped each', async () => {
    const { gzipSync } = await import('node:zlib');
    for (const s of sources())
      for (const url of readerUrls(s)) {
        expect(gzipSync(read(join(DIST, url, 'index.html'))).length, url).toBeLessThan(150 * 1024);
      }
  });
});

describe('every number links to its sentence', () => {
  const readerLink = /^\/(nguon\/[^/]+\/van-ban|en\/sources\/[^/]+\/text)\/#f-(.+)$/;
  it('number links across the site land on a highlighted figure whose value they show', () => {
    const byId = new Map(figures.map((f) => [f.id, f]));
    const excluded = new Set(
      Papa.parse<{ id: string }>(readFileSync(join(ROOT, 'data/raw/exclusions.csv'), 'utf8'), {
        header: true,
        skipEmptyLines: true,
      }).data.map((e) => e.id),
    );
    const problems: string[] = [];
    let checked = 0;
    for (const file of htmlFiles()) {
      const url = urlOf(file);
      if (/\/(van-ban|text)\/$/.test(url) || /\/embed\//.test(url)) continue;
      const d = new JSDOM(read(file)).window.document;
      for (const a of d.querySelectorAll('a[href*="#f-"]')) {
        const href = a.getAttribute('href')!;
        const m = readerLink.exec(href);
        if (!m) {
          problems.push(`${url}: ${href}`);
          continue;
        }
        const id = decodeURIComponent(m[2]!);
        const f = byId.get(id);
        // A row left out (unreadable digits) is marked in the text too; data notes link to it.
        if (!f && excluded.has(id) && href.includes(`/${id.split('.')[0]}/`)) continue;
        if (!f || f.derived === 'true') {
          problems.push(`${url}: ${href} is not a transcribed figure`);
          continue;
        }
        if (!href.includes(`/${f.source}/`)) problems.push(`${url}: ${href} is not ${f.source}'s reader page`);
        checked++;
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });

  it('the Trà Vinh profile and every chart data table link each number to its sentence', () => {
    const d = doc('/tinh/tra-vinh/');
    const valueCells = [...d.querySelectorAll('table td.num, figure.chart table td')];
    expect(valueCells.length).toBeGreaterThan(20);
    for (const td of valueCells) {
      const text = (td.textContent ?? '').trim();
      // Not figures: a period ("2016–2020"), a source id, a dash.
      if (!/\d/.test(text) || /^\d{4}(–\d{4})?$/.test(text) || /^[a-z0-9-]+$/.test(text)) continue;
      expect(td.querySelector('a')?.getAttribute('href'), td.textContent ?? '').toMatch(
        /^\/nguon\/[^/]+\/(van-ban\/#f-|#derived\.)/,
      );
    }
  });

  it('a derived figure leads to its formula, whose inputs lead to their sentences', () => {
    const derived = figures.filter((f) => f.derived === 'true');
    expect(derived.length).toBeGreaterThan(5);
    for (const f of derived) {
      const d = doc(`/nguon/${f.source}/`);
      const row = d.getElementById(f.id);
      expect(row, f.id).not.toBeNull();
      const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const inputs = figures.filter(
        (x) =>
          x.id !== f.id && new RegExp(`(^|[^a-z0-9._-])${escaped(x.id)}(?![a-z0-9_-]|\\.[a-z0-9])`).test(f.formula),
      );
      for (const x of inputs) {
        const href = [...row!.querySelectorAll('code.formula a')]
          .find((a) => a.textContent === x.id)
          ?.getAttribute('href');
        expect(href, `${f.id} → ${x.id}`).toBe(
          x.derived === 'true' ? `/nguon/${x.source}/#${x.id}` : `/nguon/${x.source}/van-ban/#f-${x.id}`,
        );
      }
    }
  });
});

describe('province profiles cite the reports’ lists that name them', () => {
  it('every province of data/raw/province-mentions.csv has the report and line on its profile, both languages', () => {
    const mentions = Papa.parse<{ id: string; source: string; line: string; region: string; geo_as_written: string }>(
      readFileSync(join(ROOT, 'data/raw/province-mentions.csv'), 'utf8'),
      { header: true, skipEmptyLines: true },
    ).data;
    const generated = JSON.parse(readFileSync(join(ROOT, 'data/generated/province-mentions.json'), 'utf8')) as {
      id: string;
      province: string;
    }[];
    const slugOf = new Map(generated.map((m) => [m.id, m.province]));
    expect(mentions.length).toBe(63);
    expect(new Set(generated.map((m) => m.province)).size).toBe(63);
    for (const m of mentions) {
      const slug = slugOf.get(m.id)!;
      for (const [url, reader] of [
        [`/tinh/${slug}/`, `/nguon/${m.source}/van-ban/#L${m.line}`],
        [`/en/provinces/${slug}/`, `/en/sources/${m.source}/text/#L${m.line}`],
      ] as const) {
        const d = doc(url);
        const link = d.querySelector(`ul.mentions a[href="${reader}"]`);
        expect(link, `${url} cites ${reader}`).not.toBeNull();
        expect(link!.closest('li')!.textContent).toContain(m.geo_as_written);
        // That region's figures from that report, as context.
        expect(link!.closest('li')!.querySelectorAll('a[href*="#f-"]').length, url).toBeGreaterThan(0);
      }
    }
    expect(doc('/tinh/ha-giang/').body.textContent).not.toMatch(/Không báo cáo nào nêu riêng tỉnh này/);
    expect(doc('/tinh/ha-giang/').querySelector('ul.mentions')?.textContent).toMatch(
      /Ha Giang.*14 tỉnh|14 tỉnh.*Ha Giang/s,
    );
  });
});
