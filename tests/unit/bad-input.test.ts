import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../scripts/lib/pipeline.ts';
import { DataErrors } from '../../scripts/lib/errors.ts';
import { dataFixture } from '../helpers/fixture.ts';

/** Run the pipeline on a broken copy of data/ and return its error messages. */
function errorsAfter(rel: string, edit: (text: string) => string): string[] {
  const fx = dataFixture();
  fx.edit(rel, edit);
  try {
    runPipeline(fx.root);
  } catch (e) {
    if (e instanceof DataErrors) return e.message.split('\n').slice(1).map((l) => l.trim());
    throw e;
  }
  return [];
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
    expect(errs).toEqual([`${ND45}:${line} column "as_written" value "113.37x": malformed number "113.37x": contains characters other than digits, "." and ","`]);
  });

  it('an unknown unit', () => {
    const errs = errorsAfter(ND45, (t) => t.replace('113.370,lao động,', '113.370,con voi,'));
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(/^data\/raw\/nd45-2013-2022\.csv:\d+ column "unit_as_written" value "con voi": unknown unit/);
  });

  it('an unknown province', () => {
    const errs = errorsAfter('data/raw/province-facts.csv', (t) => t.replace(',Hà Nội,', ',Hà Nộii Mới,'));
    expect(errs.length).toBeGreaterThan(0);
    expect(errs[0]).toMatch(/^data\/raw\/province-facts\.csv:\d+ column "geo_as_written" value "Hà Nộii Mới": unknown place/);
  });

  it('a duplicate id', () => {
    const errs = errorsAfter(ND45, (t) => t.replace('nd45-2013-2022.staff.contract,', 'nd45-2013-2022.staff.total,'));
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(/column "id" value "nd45-2013-2022\.staff\.total": duplicate id \(first at data\/raw\/nd45-2013-2022\.csv:3\)/);
  });

  it('a missing source file', () => {
    const errs = errorsAfter('data/sources.csv', (t) => t + 'no-such-report,T,T,I,I,2020,2014,2020,s,s,clean,d,d\n');
    expect(errs).toContain('data/raw/no-such-report.csv:0: file is missing');
  });

  it('a missing locator', () => {
    let line = 0;
    const errs = errorsAfter(ND45, (t) => {
      line = lineOf(t, 'nd45-2013-2022.staff.total');
      return t.replace('Part I §2a staff: total staff', '');
    });
    expect(errs).toEqual([`${ND45}:${line} column "locator" value "": a locator is required`]);
  });

  it('a row with the wrong column count', () => {
    let line = 0;
    const errs = errorsAfter(ND45, (t) => {
      line = lineOf(t, 'nd45-2013-2022.staff.total');
      return t.replace('nd45-2013-2022.staff.total,', 'nd45-2013-2022.staff.total,extra,');
    });
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(new RegExp(`^data/raw/nd45-2013-2022\\.csv:${line} value ".*": expected 16 columns, found 17$`));
  });

  it('a metric missing from the catalogue', () => {
    const errs = errorsAfter(ND45, (t) => t.replace(',training.workers,', ',training.unicorns,'));
    expect(errs[0]).toMatch(/column "metric" value "training\.unicorns": unknown metric/);
  });

  it('an exclusion without a reason', () => {
    const errs = errorsAfter('data/raw/exclusions.csv', (t) => t + 'nd45-2013-2022.staff.total,\n');
    expect(errs.some((e) => e.includes('column "reason"') && e.includes('an exclusion needs a reason'))).toBe(true);
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
