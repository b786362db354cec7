/**
 * Issue 14 (parts 2 and 4): the plan-against-execution and change-between-reports charts. Each
 * plan, outcome, rate and change the charts draw must be in the chart's CSV download, with the
 * value its figure has in data/generated/figures.json; and the derived ones must be the
 * arithmetic of their transcribed inputs, redone here from the same JSON (not from the code).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { DIST, requireDist } from '../helpers/dist.ts';
import type { Figure } from '../../src/lib/schema.ts';

let byId: Map<string, Figure>;
const fig = (id: string) => {
  const f = byId.get(id);
  if (!f) throw new Error(`figure ${id} is not in data/generated/figures.json`);
  return f;
};
const v = (id: string) => fig(id).value;
const csvOf = (chart: string) =>
  Papa.parse<Record<string, string>>(readFileSync(join(DIST, 'charts', `${chart}.csv`), 'utf8').trim(), {
    header: true,
  }).data;
/** The chart's CSV holds the figure, with the value, status and derived flag of figures.json. */
function expectInCsv(rows: Record<string, string>[], id: string) {
  const row = rows.find((r) => r.id === id);
  expect(row, `${id} in the CSV`).toBeDefined();
  const f = fig(id);
  expect(Number(row!.value), `${id} value`).toBe(f.value);
  expect(row!.status, `${id} status`).toBe(f.status);
  expect(row!.derived, `${id} derived`).toBe(String(f.derived));
  return row!;
}

beforeAll(() => {
  requireDist();
  const figures = JSON.parse(readFileSync('data/generated/figures.json', 'utf8')) as Figure[];
  byId = new Map(figures.map((f) => [f.id, f]));
});

const NO = 'north-2023';
const K = 'kcqg-2014-2020';
const N = 'nd45-2013-2022';

describe('plans against execution: ke-hoach-va-thuc-hien.csv', () => {
  const pairs = [
    ...['kcqg', 'kcdp', 'total'].map((p) => ({
      actual: `${NO}.funding.2022.${p}`,
      plan: `derived.${NO}.funding.2022.${p}.plan`,
      rate: `${NO}.funding.2022.${p}.vs-plan`,
    })),
    ...['kcqg', 'kcdp', 'total'].map((p) => ({
      actual: `${NO}.funding.2023h1.${p}`,
      plan: `${NO}.funding.2023.plan.${p}`,
      rate: `${NO}.funding.2023h1.${p}.vs-plan`,
    })),
    {
      actual: `${NO}.consulting.2023h1.revenue`,
      plan: `derived.${NO}.consulting.2023.plan.revenue`,
      rate: `${NO}.consulting.2023h1.revenue.vs-plan`,
    },
    {
      actual: `${K}.funding.kcqg`,
      plan: `derived.${K}.funding.kcqg.implied-target`,
      rate: `${K}.funding.kcqg.vs-1288-plan`,
    },
  ];
  it('holds every plan, outcome and rate, each tagged with its role and pair', () => {
    const rows = csvOf('ke-hoach-va-thuc-hien');
    for (const p of pairs) {
      const roles = (['actual', 'plan', 'rate'] as const).map((k) => expectInCsv(rows, p[k]));
      expect(roles.map((r) => r.role)).toEqual(['outcome', 'plan', 'rate']);
      expect(new Set(roles.map((r) => r.pair)).size, p.actual).toBe(1);
    }
    expect(rows).toHaveLength(pairs.length * 3);
  });
  it('an implied plan is the outcome divided by its stated rate, with a formula naming both', () => {
    for (const p of pairs.filter((x) => x.plan.startsWith('derived.'))) {
      const plan = fig(p.plan);
      expect(plan.status).toBe('plan');
      expect(plan.metric).toBe(fig(p.actual).metric);
      expect(plan.formula).toContain(p.actual);
      expect(plan.formula).toContain(p.rate);
      // Rounded to the nearest million đồng.
      expect(Math.abs(plan.value - v(p.actual) / (v(p.rate) / 100))).toBeLessThanOrEqual(0.5e6);
    }
  });
  it('a stated plan and its outcome give back the stated rate (within the report’s rounding)', () => {
    for (const p of pairs.filter((x) => !x.plan.startsWith('derived.'))) {
      expect(Math.abs((v(p.actual) / v(p.plan)) * 100 - v(p.rate)), p.rate).toBeLessThan(0.1);
    }
  });
});

describe('change between two reports', () => {
  it('can-bo-trung-tam-2020-2022.csv: both headcounts, their difference and the % change', () => {
    const rows = csvOf('can-bo-trung-tam-2020-2022');
    for (const [a, b] of [
      ['total', 'total'],
      ['permanent', 'civil_servants'],
      ['contract', 'contract'],
      ['postgraduate', 'postgraduate'],
      ['graduate', 'university'],
      ['vocational', 'vocational'],
      ['field', 'field'],
    ]) {
      const y2020 = `${K}.staff.${a}`;
      const y2022 = `${N}.staff.${b}`;
      const diff = `derived.${N}.staff.${b}.change-since-2020`;
      for (const id of [y2020, y2022, diff, `${diff}.rate`]) expectInCsv(rows, id);
      expect(fig(y2020).period_end).toBe(2020);
      expect(fig(y2022).period_end).toBe(2022);
      expect(v(diff)).toBe(v(y2022) - v(y2020));
      expect(Math.abs(v(`${diff}.rate`) - ((v(y2022) - v(y2020)) / v(y2020)) * 100)).toBeLessThanOrEqual(0.005);
      expect(fig(diff).sign).toBe(v(diff) < 0 ? '-' : '+');
    }
  });
  it('san-pham-tieu-bieu-hai-giai-doan.csv: both period totals and the gap of the years only the longer has', () => {
    const rows = csvOf('san-pham-tieu-bieu-hai-giai-doan');
    for (const [a, b] of [
      ['regional-products', 'regional'],
      ['national-products', 'national'],
    ]) {
      const short = `${K}.products.${a}`;
      const long = `${N}.products.${b}`;
      const gap = `derived.${N}.products.${b}.beyond-2014-2020`;
      for (const id of [short, long, gap]) expectInCsv(rows, id);
      expect(v(gap)).toBe(v(long) - v(short));
      expect(fig(gap).metric).not.toBe('change.rate');
    }
  });
  it('kcqg-binh-quan-moi-nam.csv: both yearly averages and the implied average of the three extra years', () => {
    const rows = csvOf('kcqg-binh-quan-moi-nam');
    const seven = `${K}.mgmt.mof.kcqg-annual-average`;
    const ten = `${N}.funding.national.avg_per_year`;
    const extra = `derived.${N}.funding.national.avg_per_year.beyond-2014-2020`;
    for (const id of [seven, ten, extra, `${N}.funding.national.2021.shortfall`]) expectInCsv(rows, id);
    const years = (id: string) => fig(id).period_end - fig(id).period_start + 1;
    const implied = (years(ten) * v(ten) - years(seven) * v(seven)) / (years(ten) - years(seven));
    expect(Math.abs(v(extra) - implied)).toBeLessThanOrEqual(0.5e9);
    expect(fig(extra).qualifier).toBe('about');
  });
  it('each comparison has its data note, in the change-over-time category', () => {
    const notes = JSON.parse(readFileSync('data/generated/data-notes.json', 'utf8')) as {
      id: string;
      category: string;
      result: string;
    }[];
    const change = notes.filter((n) => n.category === 'change-over-time');
    for (const id of [
      'change.staff.total',
      'change.staff.field',
      'change.staff-bands',
      'change.products.regional',
      'change.products.national',
      'change.funding.kcqg-per-year',
    ])
      expect(
        change.map((n) => n.id),
        id,
      ).toContain(id);
    // Bands drawn at different limits: no change is computed, and the note says it cannot be.
    expect(change.find((n) => n.id === 'change.staff-bands')!.result).toBe('cannot-be-checked');
  });
});
