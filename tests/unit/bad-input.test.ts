import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../scripts/lib/pipeline.ts';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { ErrorLog, formatDataError } from '../../scripts/lib/errors.ts';
import { validatedOutput } from '../../scripts/lib/output.ts';
import { figureSchema } from '../../src/lib/schema.ts';
import { dataFixture, pipelineErrors } from '../helpers/fixture.ts';

/** Run the pipeline on a broken copy of data/ and return its error messages. */
function errorsAfter(rel: string, edit: (text: string) => string): string[] {
  const fx = dataFixture();
  fx.edit(rel, edit);
  return pipelineErrors(fx.root);
}
const ND45 = 'data/raw/nd45-2013-2022.csv';
/** The line number in the CSV of the row whose id is given. */
function lineOf(text: string, id: string): number {
  return text.split('\n').findIndex((l) => l.startsWith(id + ',')) + 1;
}

describe('bad input stops the build, naming file, line, column and value', () => {
  it('the untouched data builds', () => {
    const fx = dataFixture();
    expect(() => runPipeline(fx.root)).not.toThrow();
  });

  it('a malformed number', () => {
    let line = 0;
    const errs = errorsAfter(ND45, (t) => {
      line = lineOf(t, 'nd45-2013-2022.training.workers');
      return t.replace(',113.370,', ',113.37x,');
    });
    expect(errs).toEqual([
      `${ND45}:${line} column "as_written" value "113.37x": malformed number "113.37x": contains characters other than digits, "." and ","`,
    ]);
  });

  it('an unknown unit', () => {
    const errs = errorsAfter(ND45, (t) => t.replace('113.370,lao động,', '113.370,con voi,'));
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(
      /^data\/raw\/nd45-2013-2022\.csv:\d+ column "unit_as_written" value "con voi": unknown unit/,
    );
  });

  it('an unknown province', () => {
    const errs = errorsAfter('data/raw/province-facts.csv', (t) => t.replace(',Hà Nội,', ',Hà Nộii Mới,'));
    expect(errs.length).toBeGreaterThan(0);
    expect(errs[0]).toMatch(
      /^data\/raw\/province-facts\.csv:\d+ column "geo_as_written" value "Hà Nộii Mới": unknown place/,
    );
  });

  it('a duplicate id', () => {
    const errs = errorsAfter(ND45, (t) => t.replace('nd45-2013-2022.staff.contract,', 'nd45-2013-2022.staff.total,'));
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(
      /column "id" value "nd45-2013-2022\.staff\.total": duplicate id \(first at data\/raw\/nd45-2013-2022\.csv:3\)/,
    );
  });

  it('a missing source file', () => {
    const errs = errorsAfter(
      'data/sources.csv',
      (t) => t + `no-such-report,T,T,I,I,2020,2014,2020,s,s,clean,${'0'.repeat(64)},d,d\n`,
    );
    expect(errs).toEqual([
      'data/sources.csv:7 column "id" value "no-such-report": the report\'s figures, data/raw/no-such-report.csv, are missing (an empty file with the header says it states none)',
      'data/sources.csv:7 column "id" value "no-such-report": report text data/sources/no-such-report.txt is missing',
    ]);
  });

  it('a report in sources.csv whose figures file is missing', () => {
    const fx = dataFixture();
    rmSync(join(fx.root, 'data/raw/north-2023.csv'));
    expect(pipelineErrors(fx.root)).toEqual([
      'data/sources.csv:3 column "id" value "north-2023": the report\'s figures, data/raw/north-2023.csv, are missing (an empty file with the header says it states none)',
    ]);
  });

  it('a figures file in data/raw whose report is not in sources.csv', () => {
    // A copy of a report's figures under a new name: every row valid, but no report to belong to.
    const fx = dataFixture();
    writeFileSync(join(fx.root, 'data/raw/north-2024.csv'), readFileSync(join(fx.root, 'data/raw/north-2023.csv')));
    expect(pipelineErrors(fx.root)).toEqual([
      'data/raw/north-2024.csv:1: no report "north-2024" in data/sources.csv, and not one of the tables exclusions.csv, occurrences.csv, province-facts.csv, province-mentions.csv: the build would ignore it (add its report to data/sources.csv, or remove the file)',
    ]);
  });

  it('regions and their names come from data/reference/regions.csv: the data notes use its names', () => {
    const fx = dataFixture();
    fx.edit('data/reference/regions.csv', (t) =>
      t.replace(',Đông Nam Bộ,South East,', ',Đông Nam Bộ,Southeastern Vietnam,'),
    );
    const notes = runPipeline(fx.root).notes;
    expect(notes.find((n) => n.id === 'kcqg.region.southeast.share')?.title_en).toBe(
      'Funding share of the Southeastern Vietnam',
    );
  });

  it('a region with two regional funding figures in the 2014–2020 report (and one with none)', () => {
    // The South East's funding row relabelled as the Central Highlands': one region has two, one none.
    const fx = dataFixture();
    fx.edit('data/raw/kcqg-2014-2020.csv', (t) =>
      t.replace('Southeast region",Ving Pong Nam B,', 'Southeast region",Tây Nguyên,'),
    );
    expect(() => runPipeline(fx.root)).toThrow(
      'regions: kcqg-2014-2020 has 2 figures "kcqg-2014-2020.region.<key>.amount" for TN (data/reference/regions.csv) (central-highlands, southeast); expected one',
    );
  });

  it('a missing locator', () => {
    let line = 0;
    const errs = errorsAfter(ND45, (t) => {
      line = lineOf(t, 'nd45-2013-2022.staff.total');
      return t.replace('Part I §2a staff: total staff', '');
    });
    expect(errs).toEqual([`${ND45}:${line} column "locator_en" value "": a locator is required`]);
  });

  it('a row with the wrong column count', () => {
    let line = 0;
    const errs = errorsAfter(ND45, (t) => {
      line = lineOf(t, 'nd45-2013-2022.staff.total');
      return t.replace('nd45-2013-2022.staff.total,', 'nd45-2013-2022.staff.total,extra,');
    });
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(
      new RegExp(`^data/raw/nd45-2013-2022\\.csv:${line} value ".*": expected 18 columns, found 19$`),
    );
  });

  it('a metric missing from the catalogue', () => {
    const errs = errorsAfter(ND45, (t) => t.replace(',training.workers,', ',training.unicorns,'));
    expect(errs[0]).toMatch(/column "metric" value "training\.unicorns": unknown metric/);
  });

  it('an exclusion without a reason', () => {
    const errs = errorsAfter('data/raw/exclusions.csv', (t) => t + 'nd45-2013-2022.staff.total,,\n');
    expect(errs.some((e) => e.includes('column "reason_vi"') && e.includes('an exclusion needs a reason'))).toBe(true);
  });

  it('an exclusion with its reason in one language only', () => {
    const errs = errorsAfter('data/raw/exclusions.csv', (t) => t + 'nd45-2013-2022.staff.total,Không đọc được,\n');
    expect(errs.some((e) => e.includes('column "reason_en"') && e.includes('in both languages'))).toBe(true);
    expect(errs.some((e) => e.includes('column "reason_vi"'))).toBe(false);
  });

  it('reports every error of a file in one run', () => {
    const errs = errorsAfter(ND45, (t) => t.replace(',113.370,', ',x,').replace(',1.254,', ',y,'));
    expect(errs).toHaveLength(2);
  });
});

describe('rows in = rows out + exclusions', () => {
  it('accounts for every transcribed row', () => {
    const fx = dataFixture();
    const r = runPipeline(fx.root);
    const transcribed = r.figures.filter((f) => !f.derived).length;
    const rowsIn = r.counts.reduce((s, c) => s + c.rowsIn, 0);
    const excluded = r.counts.reduce((s, c) => s + c.excluded, 0);
    expect(rowsIn).toBe(transcribed + excluded);
    expect(excluded).toBe(r.exclusions.length);
    expect(rowsIn).toBeGreaterThan(300);
  });
});

/** Change columns of the row with this id in a CSV, keeping every other byte of the file. */
function patchRow(text: string, id: string, patch: Record<string, string>): string {
  const lines = text.split('\n');
  const header = Papa.parse<string[]>(lines[0]!).data[0]!;
  const i = lines.findIndex((l) => l.startsWith(id + ','));
  if (i < 0) throw new Error(`no row ${id}`);
  const cells = Papa.parse<string[]>(lines[i]!).data[0]!;
  for (const [k, v] of Object.entries(patch)) {
    const c = header.indexOf(k);
    if (c < 0) throw new Error(`no column ${k}`);
    cells[c] = v;
  }
  lines[i] = Papa.unparse([cells]);
  return lines.join('\n');
}
/** Errors after patching one row; also returns its line in the CSV. */
function rowErrors(rel: string, id: string, patch: Record<string, string>): { line: number; errs: string[] } {
  let line = 0;
  const errs = errorsAfter(rel, (t) => {
    line = lineOf(t, id);
    return patchRow(t, id, patch);
  });
  return { line, errs };
}
const KCQG = 'data/raw/kcqg-2014-2020.csv';
const NORTH = 'data/raw/north-2023.csv';

describe('impossible values are refused, naming file, line, column and value', () => {
  it('a minus sign typed into as_written', () => {
    const { line, errs } = rowErrors(ND45, 'nd45-2013-2022.staff.total', { as_written: '-1.254' });
    expect(errs).toEqual([
      `${ND45}:${line} column "as_written" value "-1.254": malformed number "-1.254": a minus sign is never transcribed: write the number as written and put "-" in the sign column`,
    ]);
  });
  it('a negative count through the sign column', () => {
    const { line, errs } = rowErrors(ND45, 'nd45-2013-2022.staff.total', { sign: '-' });
    expect(errs).toEqual([
      `${ND45}:${line} column "sign" value "-": metric staff.persons cannot be negative: leave sign empty`,
    ]);
  });
  it('a change whose direction is not recorded', () => {
    const { line, errs } = rowErrors(NORTH, 'north-2023.funding.2023.plan.total.change-vs-2022-plan', { sign: '' });
    expect(errs).toEqual([
      `${NORTH}:${line} column "sign" value "": metric change.rate is signed: write "+" or "-" as the report's wording says (tăng / giảm, thấp hơn)`,
    ]);
  });
  it('10^27 đồng', () => {
    const { line, errs } = rowErrors(ND45, 'nd45-2013-2022.training.funding', {
      as_written: '1.000.000.000.000.000.000',
    });
    expect(errs).toEqual([
      `${ND45}:${line} column "as_written" value "1.000.000.000.000.000.000": 1e+27 vnd is outside the possible range for funding.amount (0 to 100000000000000 vnd)`,
    ]);
  });
  it('a share above 100%', () => {
    const { line, errs } = rowErrors(ND45, 'nd45-2013-2022.staff.contract.share', { as_written: '109%' });
    expect(errs).toEqual([
      `${ND45}:${line} column "as_written" value "109%": 109 percent is outside the possible range for staff.share (0 to 100 percent)`,
    ]);
  });
  it('a 2030 figure in a 2013–2022 report', () => {
    const { line, errs } = rowErrors(ND45, 'nd45-2013-2022.staff.total', { period_start: '2030', period_end: '2030' });
    expect(errs).toEqual([
      `${ND45}:${line} column "period_end" value "2030": 2030 is after the report's coverage (2013–2022, dated 2023); only plans and targets may look ahead`,
    ]);
  });
  it('a year before the report’s coverage', () => {
    const { line, errs } = rowErrors(ND45, 'nd45-2013-2022.staff.total', { period_start: '2009' });
    expect(errs).toEqual([
      `${ND45}:${line} column "period_start" value "2009": 2009 is before the report's coverage (2013–2022)`,
    ]);
  });
  it('a target further ahead than the bound', () => {
    const { line, errs } = rowErrors(KCQG, 'kcqg-2014-2020.target.demo-models', { period_end: '2031' });
    expect(errs).toEqual([
      `${KCQG}:${line} column "period_end" value "2031": 2031 is more than 5 years beyond the report (covers 2014–2020, dated 2021)`,
    ]);
  });
  it('a target within the bound is accepted', () => {
    const { errs } = rowErrors(KCQG, 'kcqg-2014-2020.target.demo-models', { period_end: '2026' });
    expect(errs).toEqual([]);
  });
  it('a period ending before it starts, in province-facts.csv', () => {
    const F = 'data/raw/province-facts.csv';
    const { line, errs } = rowErrors(F, 'nd45-2013-2022.staffing_band.ha-noi', {
      period_start: '2022',
      period_end: '2020',
    });
    expect(errs).toEqual([`${F}:${line} column "period_end" value "2020": period ends (2020) before it starts (2022)`]);
  });
  it('a period ending before it starts, in sources.csv', () => {
    const { line, errs } = rowErrors('data/sources.csv', 'north-2023', { period_start: '2024' });
    expect(errs[0]).toBe(
      `data/sources.csv:${line} column "period_end" value "2023": period ends (2023) before it starts (2024)`,
    );
  });
  it('a duplicated header column (which would silently replace the first one’s values)', () => {
    const errs = errorsAfter(ND45, (t) => t.replace('id,metric,label_vi,label_en,', 'id,metric,label_vi,label_vi,'));
    expect(errs).toEqual([
      `${ND45}:1 column "label_vi" value "id,metric,label_vi,label_vi,geo_as_written,period_start,period_end,period_label,programme,status,qualifier,sign,as_written,unit_as_written,line,locator_vi,locator_en,note": duplicated header column: label_vi`,
    ]);
  });
  it('an unknown header column in a raw file', () => {
    const errs = errorsAfter(ND45, (t) => t.replace(',locator_en,note\n', ',locator_en,notes\n'));
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(
      /^data\/raw\/nd45-2013-2022\.csv:1 column "notes" value ".*": header must be .*; missing: note; unexpected: notes$/,
    );
  });
  it('an unknown header column in a reference file', () => {
    const errs = errorsAfter('data/reference/units.csv', (t) =>
      t
        .replace('as_written,kind,exp,note', 'as_written,kind,exp,note,colour')
        .replace(/\n/g, ',\n')
        .replace(/^(.*),\n/, '$1\n'),
    );
    expect(errs[0]).toMatch(
      /^data\/reference\/units\.csv:1 column "colour" value ".*": header must be as_written,kind,exp,note; unexpected: colour$/,
    );
  });
  it('an excluded row is validated like any other', () => {
    const { line, errs } = rowErrors(KCQG, 'kcqg-2014-2020.products.regional-fairs', { unit_as_written: 'con voi' });
    expect(errs).toEqual([
      `${KCQG}:${line} column "unit_as_written" value "con voi": unknown unit: add it to data/reference/units.csv`,
    ]);
  });
  it('a retired metric key', () => {
    const { line, errs } = rowErrors(KCQG, 'kcqg-2014-2020.demo.tech-transfer-facilities', {
      metric: 'support.facilities',
    });
    expect(errs).toEqual([
      `${KCQG}:${line} column "metric" value "support.facilities": retired metric: use machinery.facilities (data/metrics.csv), which measures the same quantity`,
    ]);
  });
  it('a period label outside the period', () => {
    const { line, errs } = rowErrors(NORTH, 'north-2023.funding.2023h1.total', { period_label: '2022-H1' });
    expect(errs).toEqual([
      `${NORTH}:${line} column "period_label" value "2022-H1": period label 2022-H1 is not in the period's last year 2023`,
    ]);
  });
  it('a report text that is not the one the figures were read from', () => {
    let line = 0;
    const fx = dataFixture();
    fx.edit('data/sources/north-2023.txt', (t) => t.replace('170,4', '171,4'));
    line = lineOf(readFileSync(join(fx.root, 'data/sources.csv'), 'utf8'), 'north-2023');
    const errs = pipelineErrors(fx.root);
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(
      new RegExp(
        `^data/sources\\.csv:${line} column "sha256" value "[0-9a-f]{64}": does not match data/sources/north-2023\\.txt \\(its SHA-256 is [0-9a-f]{64}\\)$`,
      ),
    );
  });
  it('generated JSON that does not match the public schema', () => {
    const fx = dataFixture();
    const r = runPipeline(fx.root);
    const log = new ErrorLog();
    const broken = r.figures.map((f, i) => (i === 3 ? { ...f, value: Number.NaN } : f));
    validatedOutput('figures.json', figureSchema, broken, log);
    expect(log.errors.map(formatDataError)).toEqual([
      `data/generated/figures.json:4 column "value" value "${r.figures[3]!.id}": does not match the schema: Invalid input: expected number, received NaN`,
    ]);
    const ok = new ErrorLog();
    validatedOutput('figures.json', figureSchema, r.figures, ok);
    expect(ok.errors).toEqual([]);
  });
});
