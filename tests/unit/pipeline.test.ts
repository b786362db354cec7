/**
 * The pipeline on the real transcription: counts per source, the cross-checks' outcomes, the
 * derived figures and the shape of the generated downloads.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { runPipeline, type PipelineResult } from '../../scripts/lib/pipeline.ts';
import { writeDownloads } from '../../scripts/lib/downloads.ts';
import { figureSchema, RAW_FIGURE_COLUMNS } from '../../src/lib/schema.ts';
import { formatPeriod } from '../../src/lib/format.ts';
import { dataFixture, tempDir } from '../helpers/fixture.ts';

let r: PipelineResult;
let dir: string;
beforeAll(() => {
  r = runPipeline(dataFixture().root);
  dir = tempDir('kc-downloads-');
  writeDownloads(r, dir);
});
const fig = (id: string) => r.figures.find((f) => f.id === id)!;
const note = (id: string) => r.notes.find((n) => n.id === id)!;

describe('normalised figures', () => {
  it('converts money to đồng exactly and keeps the figure as written', () => {
    expect(fig('kcqg-2014-2020.funding.total-plan')).toMatchObject({
      value: 1737730000000,
      unit: 'vnd',
      as_written: '1.737,73',
      geo: 'VN',
    });
    expect(fig('kcqg-2014-2020.funding.kcdp')).toMatchObject({ value: 982011000000 });
    expect(fig('tra-vinh-2016-2020.funding.total')).toMatchObject({
      value: 6450958643,
      geo: 'tra-vinh',
      geo_kind: 'province',
    });
    expect(fig('kcqg-2014-2020.province.dong-nai.amount')).toMatchObject({
      value: 52050000000,
      geo: 'dong-nai',
      geo_as_written: 'Pong Nai',
    });
  });
  it('reads the OCR forms of numbers', () => {
    expect(fig('kcqg-2014-2020.products.fair-participations')).toMatchObject({
      as_written: '5. 500',
      value: 5500,
      qualifier: 'over',
    });
    expect(fig('nd45-2013-2022.demo.funding.share')).toMatchObject({ as_written: '52,%', value: 52 });
    expect(fig('kcqg-2014-2020.staff.permanent.share')).toMatchObject({ as_written: '88.38', value: 88.38 });
  });
  it('keeps both ends of a range', () => {
    expect(fig('nd45-2013-2022.fairs.booths_per_fair.min')).toMatchObject({ value: 350, qualifier: 'range_min' });
    expect(fig('nd45-2013-2022.fairs.booths_per_fair.max')).toMatchObject({ value: 450, qualifier: 'range_max' });
  });
  it('validates every figure against the public schema', () => {
    for (const f of r.figures) expect(figureSchema.safeParse(f).success, f.id).toBe(true);
  });
  it('has the number of rows each source was transcribed with', () => {
    const counts = Object.fromEntries(r.counts.map((c) => [c.source, c.rowsIn]));
    expect(counts).toEqual({
      'nd45-2013-2022': 99,
      'north-2023': 47,
      'kcqg-2014-2020': 148,
      'tra-vinh-2016-2020': 47,
      'kc-2018': 0,
    });
  });
});

describe('derived figures', () => {
  it('marks every derived figure and names its inputs', () => {
    const derived = r.figures.filter((f) => f.derived);
    expect(derived.length).toBeGreaterThan(10);
    for (const f of derived) {
      expect(f.id.startsWith('derived.'), f.id).toBe(true);
      expect(f.formula.length, f.id).toBeGreaterThan(5);
      expect(f.as_written, f.id).toBe('');
    }
  });
  it('computes the part of 2014–2020 funding assigned to no region', () => {
    // 1.737,73 − (363,31 + 246,69 + 323,12 + 126,95 + 183,88 + 220,11) = 273,67 tỷ
    expect(fig('derived.kcqg-2014-2020.region.unassigned.amount').value).toBe(273670000000);
  });
  it('compounds the funding index from the stated growth rates', () => {
    expect(fig('derived.kcqg-2014-2020.funding-index.2015').value).toBe(117.07);
    expect(fig('derived.kcqg-2014-2020.funding-index.2016').value).toBeCloseTo(117.07 * 1.1466, 2);
  });
  it('takes Trà Vinh’s local money as the total less the national part', () => {
    expect(fig('derived.tra-vinh-2016-2020.funding.kcdp').value).toBe(6450958643 - 1560000000);
  });
  it('tags a figure about the years only the ten-year review covers with those years, not 2013–2022', () => {
    // The review covers 2013–2022, the programme report 2014–2020: what one has and the other
    // not is 2013, 2021 and 2022, three separate years.
    for (const id of [
      'derived.nd45-2013-2022.funding.national.avg_per_year.beyond-2014-2020',
      'derived.nd45-2013-2022.products.regional.beyond-2014-2020',
      'derived.nd45-2013-2022.products.national.beyond-2014-2020',
    ]) {
      const f = fig(id);
      expect([f.period_start, f.period_end, f.period_label], id).toEqual([2013, 2022, '2013,2021,2022']);
      expect(formatPeriod(f, 'vi'), id).toBe('2013, 2021, 2022');
    }
    // Every figure's label is one the schema knows: a part of a year, or separate years.
    for (const f of r.figures)
      expect(figureSchema.shape.period_label.safeParse(f.period_label).success, f.id).toBe(true);
    expect(figureSchema.shape.period_label.safeParse('2013-2022').success).toBe(false);
  });
});

describe('cross-checks', () => {
  it('finds that KCQG + KCĐP matches the 2014–2020 total within rounding', () => {
    expect(note('kcqg.funding.split')).toMatchObject({
      result: 'agrees',
      expected: 1737721000000,
      stated: 1737730000000,
    });
  });
  it('calls the six regions adding up to 84% of the report’s own total a contradiction, not silence', () => {
    const n = note('kcqg.region.coverage');
    expect(n).toMatchObject({
      category: 'parts-and-whole',
      result: 'differs',
      expected: 1464060000000,
      stated: 1737730000000,
    });
    expect(n.explanation_en).toContain('contradicts its own total');
    expect(n.explanation_en).toContain('{fig:derived.kcqg-2014-2020.region.sum.share}');
    expect(fig('derived.kcqg-2014-2020.region.sum.share').value).toBe(84.25);
    expect(note('kcqg.region.coverage-shares')).toMatchObject({ result: 'differs', stated: 84.27 });
  });
  it('counts a figure cut at its last digit as agreement, with a note (100 / 1.308 = 7,645… stated 7,64)', () => {
    expect(note('kcqg.staff.vocational.share')).toMatchObject({ result: 'agrees', truncated: true, stated: 7.64 });
    expect(note('kcqg.staff.vocational.share').explanation_en).toContain('cut off, not rounded');
    // 20,76 is 1.308 / 63 = 20,7619… rounded: within half a unit, not a truncation
    expect(note('kcqg.staff.per-centre')).toMatchObject({ result: 'agrees', truncated: false });
  });
  it('compares periods and scope, not only values, when the same quantity appears twice', () => {
    // 362 booths: 2014–2019 in the review, 2014–2020 in the programme report
    const n = note('same.foreign-booths');
    expect(n.result).toBe('agrees');
    expect(n.computation).toContain('2014–2019');
    expect(n.computation).toContain('2014–2020');
    expect(n.explanation_en).toContain('same number for two different periods');
    // headcounts at two different dates are not evidence either way
    expect(note('same.staff-total').result).toBe('cannot-be-checked');
    // domestic fairs only vs domestic and foreign: neither scope contains the other
    expect(note('nested.fairs.domestic.participations').explanation_en).toContain('domestic fairs only');
  });
  it('finds the report claiming all provinces fund khuyến công and, later, that some do not', () => {
    expect(note('kcqg.all-provinces-fund')).toMatchObject({ category: 'all-claim', result: 'differs' });
  });
  it('finds "over 250 billion a year in the past 6 years" true only for six years, not for 2014–2020', () => {
    expect(note('kcqg.funding.per-year-six-years')).toMatchObject({ category: 'period-length', result: 'differs' });
    expect(fig('derived.kcqg-2014-2020.funding.total-plan.per-year-7').value).toBe(248247000000);
    expect(note('kcqg.funding.kcqg-per-year')).toMatchObject({ category: 'period-length', result: 'agrees' });
  });
  it('finds the report’s own lowest regional average contradicted by its figures', () => {
    expect(note('kcqg.region.lowest-average').result).toBe('differs');
  });
  it('finds the stated average growth rate within the precision of the yearly rates it averages', () => {
    const n = note('kcqg.funding.growth-average');
    // (17,07 + 14,66 + 4,72 + 14,39 + 1 + 6) / 6 = 9,64; "1%" and "6%" are known to ±0,5 only,
    // so the mean is 9,64 ± 0,17 and the stated 9,59 lies inside.
    expect(n.expected).toBeCloseTo(9.64, 6);
    expect(n.tolerance).toBeCloseTo(0.005 + (4 * 0.005 + 2 * 0.5) / 6, 6);
    expect(n.result).toBe('agrees');
    expect(fig('derived.kcqg-2014-2020.assess.budget-growth.compound').value).toBe(9.48);
  });
  it('finds Trà Vinh’s activities short of its stated total', () => {
    const n = note('travinh.activities');
    expect(n.result).toBe('differs');
    expect(n.stated! - n.expected!).toBe(174072434);
  });
  it('agrees where the report’s arithmetic holds', () => {
    for (const id of [
      'kcqg.staff.contract',
      'kcqg.staff.education',
      'nd45.centres.bands',
      'north.2022.split',
      'travinh.national-split',
      'same.bulletin',
      'kcqg.region.red-river.share',
    ]) {
      expect(note(id).result, id).toBe('agrees');
    }
  });
  it('notices the 2014–2020 report counting more regional selections than the ten-year review', () => {
    expect(note('nested.products.votes.regional').result).toBe('differs');
  });
  it('covers every category', () => {
    const cats = new Set(r.notes.map((n) => n.category));
    for (const c of [
      'parts-and-whole',
      'recomputed',
      'period-length',
      'same-quantity',
      'change-over-time',
      'all-claim',
      'named-lists',
      'ranking',
    ])
      expect(cats.has(c as never), c).toBe(true);
  });
  it('quotes numbers in explanations only as figure references (or inside a quotation of the report), each of which exists', () => {
    const ids = new Set(r.figures.map((f) => f.id));
    for (const n of r.notes) {
      for (const text of [n.explanation_vi, n.explanation_en]) {
        const bare = text.replace(/\{fig:([^}]+)\}/g, (_, id: string) => {
          expect(ids.has(id), `${n.id}: {fig:${id}}`).toBe(true);
          return '';
        });
        expect(bare.replace(/“[^”]*”/g, ''), n.id).not.toMatch(/\d/);
      }
    }
  });
  it('records every check with its ids, all of which exist', () => {
    const ids = new Set(r.figures.map((f) => f.id));
    const excluded = new Set(r.exclusions.map((e) => e.id));
    for (const n of r.notes)
      for (const id of n.ids) expect(ids.has(id) || excluded.has(id), `${n.id}: ${id}`).toBe(true);
  });
});

describe('generated downloads', () => {
  const csv = (name: string) =>
    Papa.parse<Record<string, string>>(readFileSync(join(dir, name), 'utf8'), { header: true, skipEmptyLines: true });
  it('writes figures.csv with the contract columns, one row per figure', () => {
    const p = csv('figures.csv');
    expect(p.errors).toEqual([]);
    expect(p.meta.fields).toEqual(Object.keys(figureSchema.shape));
    expect(p.data).toHaveLength(r.figures.length);
    const row = p.data.find((x) => x.id === 'kcqg-2014-2020.funding.total-plan')!;
    expect(row).toMatchObject({ value: '1737730000000', unit: 'vnd', as_written: '1.737,73', derived: 'false' });
  });
  it('writes figures.json equal to the CSV', () => {
    const json = JSON.parse(readFileSync(join(dir, 'figures.json'), 'utf8')) as { id: string; value: number }[];
    const p = csv('figures.csv');
    expect(json.map((f) => f.id)).toEqual(p.data.map((x) => x.id));
    expect(json.map((f) => f.value)).toEqual(p.data.map((x) => Number(x.value)));
  });
  it('describes every file and field in datapackage.json, with a licence', () => {
    const pkg = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
    expect(pkg.licenses[0].name).toBe('CC-BY-4.0');
    for (const res of pkg.resources.filter((x: { format: string }) => x.format === 'csv')) {
      const fields = csv(res.path).meta.fields;
      expect(
        res.schema.fields.map((f: { name: string }) => f.name),
        res.path,
      ).toEqual(fields);
      for (const f of res.schema.fields) expect(f.description, `${res.path}.${f.name}`).not.toBe('');
    }
    for (const name of [
      'figures.csv',
      'figures.json',
      'province-facts.csv',
      'provinces.csv',
      'sources.csv',
      'metrics.csv',
      'data-notes.csv',
    ]) {
      expect(
        pkg.resources.some((x: { path: string }) => x.path === name),
        name,
      ).toBe(true);
    }
    // Every file written is described.
    for (const f of readdirSync(dir).filter((n) => n !== 'datapackage.json')) {
      expect(
        pkg.resources.some((x: { path: string }) => x.path === f),
        `${f} is in datapackage.json`,
      ).toBe(true);
    }
  });
  it('declares field types that every value in the CSVs satisfies', () => {
    const pkg = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
    const ok: Record<string, (v: string) => boolean> = {
      integer: (v) => /^-?\d+$/.test(v),
      number: (v) => v !== '' && Number.isFinite(Number(v)),
      boolean: (v) => v === 'true' || v === 'false',
      string: () => true,
    };
    let checked = 0;
    for (const res of pkg.resources.filter((x: { format: string }) => x.format === 'csv')) {
      const rows = csv(res.path).data;
      for (const f of res.schema.fields as { name: string; type: string }[]) {
        expect(ok[f.type], `${res.path}.${f.name}: unknown type ${f.type}`).toBeDefined();
        for (const row of rows) {
          const v = row[f.name] ?? '';
          // Empty cells are allowed for optional fields; a non-empty one must have the declared type.
          if (v !== '')
            expect(ok[f.type]!(v), `${res.path}.${f.name} = ${JSON.stringify(v)} is not ${f.type}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
  it('keeps the public contract of figures.csv (columns journalists’ scripts rely on)', () => {
    // The contract as published in the README: columns may be added, never renamed or removed.
    const contract = [
      'id',
      'metric',
      'label_vi',
      'label_en',
      'geo',
      'period_start',
      'period_end',
      'period_label',
      'programme',
      'status',
      'value',
      'unit',
      'source',
      'line',
      'as_written',
      'qualifier',
      'derived',
      'formula',
    ];
    const pkg = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
    const fields = pkg.resources.find((x: { path: string }) => x.path === 'figures.csv').schema.fields as {
      name: string;
      type: string;
    }[];
    for (const c of contract)
      expect(
        fields.map((f) => f.name),
        c,
      ).toContain(c);
    const type = (n: string) => fields.find((f) => f.name === n)!.type;
    expect([type('value'), type('period_start'), type('period_end'), type('line'), type('derived')]).toEqual([
      'number',
      'integer',
      'integer',
      'integer',
      'boolean',
    ]);
  });
  it('keeps the raw column list the transcription guide documents', () => {
    const guide = readFileSync(join(import.meta.dirname, '../../data/raw/README.md'), 'utf8');
    for (const c of RAW_FIGURE_COLUMNS) expect(guide, c).toContain(`\`${c}\``);
  });
});
