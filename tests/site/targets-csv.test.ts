/**
 * The targets-against-results charts' CSV downloads (dist/charts/<id>.csv) carry every target,
 * result and rate they draw, each with the value of its figure in data/generated/figures.json:
 * the stated ones and the derived ones (implied targets, results as a % of target, multiples).
 * What to look for is read from the data (the derived rows' formulas, the pairing table), not
 * from the chart code.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { DIST, read, requireDist } from '../helpers/dist.ts';
import type { Figure } from '../../src/lib/schema.ts';

const GENERATED = resolve(import.meta.dirname, '../../data/generated');
const K = 'kcqg-2014-2020';
let figures: Figure[];
let byId: Map<string, Figure>;
const csvOf = (id: string) => {
  const rows = Papa.parse<Record<string, string>>(read(join(DIST, 'charts', `${id}.csv`)), {
    header: true,
    skipEmptyLines: true,
  }).data;
  return new Map(rows.map((r) => [r.id!, r]));
};
/** The figure ids a derived figure's formula names. */
const inputsOf = (f: Figure) =>
  figures.filter(
    (x) => x.id !== f.id && new RegExp(`(^|[\\s(])${x.id.replace(/\./g, '\\.')}($|[\\s)/,])`).test(f.formula),
  );
/** The CSV row of a figure has its id, its value, its status and whether it is derived. */
function expectRow(csv: Map<string, Record<string, string>>, f: Figure) {
  const row = csv.get(f.id);
  expect(row, `${f.id} is in the CSV`).toBeDefined();
  expect(Number(row!.value), f.id).toBe(f.value);
  expect(row!.status, f.id).toBe(f.status);
  expect(row!.derived, f.id).toBe(String(f.derived));
}

beforeAll(() => {
  requireDist();
  figures = JSON.parse(readFileSync(join(GENERATED, 'figures.json'), 'utf8'));
  byId = new Map(figures.map((f) => [f.id, f]));
});

describe('results against the 2014–2020 targets: ket-qua-so-voi-muc-tieu-2014-2020.csv', () => {
  it('has each stated rate against a period target, its result, the implied target and the result as % of target', () => {
    const csv = csvOf('ket-qua-so-voi-muc-tieu-2014-2020');
    const implied = figures.filter((f) => f.derived && f.source === K && f.id.endsWith('.implied-target'));
    expect(implied.length).toBeGreaterThanOrEqual(5);
    for (const target of implied) {
      expectRow(csv, target);
      const inputs = inputsOf(target);
      // a result and its rate (an achievement rate or an excess over the target)
      expect(inputs.map((f) => f.metric.startsWith('achievement.')).sort(), target.id).toEqual([false, true]);
      for (const f of inputs) expectRow(csv, f);
    }
    // every rate the report states against a target or plan of this programme, none left out
    const stated = figures.filter((f) => !f.derived && f.source === K && f.metric.startsWith('achievement.'));
    for (const f of stated) expectRow(csv, f);
    // an excess is downloaded as what it is, beside the derived rate that places it on the scale
    for (const f of stated.filter((x) => x.metric === 'achievement.excess_over_target')) {
      const asRate = byId.get(`derived.${f.id}.as-achievement`)!;
      expect(asRate.metric).toBe('achievement.rate');
      expectRow(csv, asRate);
    }
  });
});

describe('2021–2025 targets against 2014–2020 results: muc-tieu-2021-2025.csv', () => {
  it('has every target, and beside each paired one its earlier result and the derived multiple', () => {
    const csv = csvOf('muc-tieu-2021-2025');
    const pairs: { target_id: string; result_id: string }[] = JSON.parse(
      readFileSync(join(GENERATED, 'target-results.json'), 'utf8'),
    );
    expect(pairs.length).toBe(figures.filter((f) => f.status === 'target' && !f.derived).length);
    for (const p of pairs) {
      expectRow(csv, byId.get(p.target_id)!);
      if (!p.result_id) continue;
      const result = byId.get(p.result_id)!;
      expectRow(csv, result);
      const multiple = figures.find(
        (f) =>
          f.derived &&
          f.metric === 'comparison.times' &&
          inputsOf(f).length === 2 &&
          inputsOf(f).every((x) => x.id === p.target_id || x.id === p.result_id),
      )!;
      expect(multiple, p.target_id).toBeDefined();
      expectRow(csv, multiple);
      expect(csv.get(multiple.id)!.target).toBe(p.target_id);
    }
  });
});

describe('the chart pages show the same figures', () => {
  it('every figure of the CSV is linked from the chart’s table on its vi and en pages', () => {
    for (const [id, vi, en] of [
      ['ket-qua-so-voi-muc-tieu-2014-2020', 'bieu-do', 'en/charts'],
      ['muc-tieu-2021-2025', 'bieu-do', 'en/charts'],
    ] as const) {
      const csv = csvOf(id);
      for (const page of [`${vi}/${id}`, `${en}/${id}`]) {
        const html = read(join(DIST, page, 'index.html'));
        const table = html.slice(html.indexOf('<details class="data-table"'));
        for (const fid of csv.keys()) expect(table, `${page}: ${fid}`).toContain(encodeURIComponent(fid));
      }
    }
  });
});
