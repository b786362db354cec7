/**
 * scripts/lib/reader.ts: a figure is marked only where its exact characters stand on its stated
 * line as a whole token; the build fails naming the row otherwise. Province-list mentions must
 * stand on their line, resolve through the gazetteer and belong to the row's region.
 */
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../scripts/lib/pipeline.ts';
import { ErrorLog } from '../../scripts/lib/errors.ts';
import {
  buildSourceTexts,
  headingKind,
  loadProvinceMentions,
  locateMarks,
  splitBlocks,
  tokenOccurrences,
} from '../../scripts/lib/reader.ts';
import { dataFixture } from '../helpers/fixture.ts';

function build(root: string) {
  const result = runPipeline(root);
  const log = new ErrorLog();
  const texts = buildSourceTexts(root, result.ref, result.figures, new Set(result.exclusions.map((e) => e.id)), log);
  const mentions = loadProvinceMentions(root, result.ref, texts, log);
  return { texts, mentions, errors: log.errors };
}
const row = (id: string, as_written: string, line: number) => ({
  file: 'data/raw/x.csv',
  csvLine: 2,
  id,
  as_written,
  line,
  kind: 'figure' as const,
});

describe('whole-token search on one line', () => {
  it('finds a number only as a whole token', () => {
    expect(tokenOccurrences('Kinh phí 113.370 triệu', '113.370')).toEqual([9]);
    expect(tokenOccurrences('Kinh phí 113.370 triệu', '13.370')).toEqual([]);
    expect(tokenOccurrences('Kinh phí 113.370 triệu', '3')).toEqual([]);
    expect(tokenOccurrences('Kinh phí 113.370 triệu', '113')).toEqual([]);
    expect(tokenOccurrences('Kinh phí 113.370 triệu', '370')).toEqual([]);
    expect(tokenOccurrences('tinh c6 6 ty', '6')).toEqual([8]);
    expect(tokenOccurrences('63/63 tỉnh', '63')).toEqual([0, 3]);
    expect(tokenOccurrences('đạt 95,2% kế hoạch', '95,2%')).toEqual([4]);
    expect(tokenOccurrences('đạt 95,25% kế hoạch', '95,2')).toEqual([]);
  });
});

describe('locating figures in their line', () => {
  const lines = ['Tổng kinh phí 113.370 triệu đồng', '63/63 tỉnh; 33/63 Trung tâm'];
  it('marks exactly the characters, on the stated line', () => {
    const log = new ErrorLog();
    const marks = locateMarks('x', lines, [row('a', '113.370', 1)], new Map(), log);
    expect(log.errors).toEqual([]);
    expect(marks).toEqual([{ line: 1, start: 14, end: 21, ids: ['a'], kind: 'figure' }]);
  });
  for (const [what, as_written, line] of [
    ['a dropped digit', '13.370', 1],
    ['a changed digit', '113.371', 1],
    ['a number only inside a longer one', '3', 1],
    ['a line off by one', '113.370', 2],
    ['a line off by three', '113.370', 4],
  ] as const) {
    it(`fails the build naming the row for ${what}`, () => {
      const log = new ErrorLog();
      locateMarks('x', lines, [row('x.funding', as_written, line)], new Map(), log);
      expect(log.errors).toHaveLength(1);
      expect(log.errors[0]).toMatchObject({ file: 'data/raw/x.csv', line: 2, column: 'as_written', value: as_written });
      expect(log.errors[0]!.message).toContain('x.funding');
    });
  }
  it('asks which occurrence when the characters stand more often than rows share them, and takes the one named', () => {
    const log = new ErrorLog();
    locateMarks('x', lines, [row('c', '63', 2)], new Map(), log);
    expect(log.errors[0]!.message).toMatch(/occurs 3 times on line 2 for 1 row.*occurrences\.csv/);
    const log2 = new ErrorLog();
    expect(locateMarks('x', lines, [row('c', '63', 2)], new Map([['c', 3]]), log2)).toEqual([
      { line: 2, start: 15, end: 17, ids: ['c'], kind: 'figure' },
    ]);
    expect(log2.errors).toEqual([]);
  });
  it('gives rows sharing one occurrence one mark with every id', () => {
    const log = new ErrorLog();
    const marks = locateMarks(
      'x',
      lines,
      [row('a', '63', 2), row('b', '63', 2)],
      new Map([
        ['a', 1],
        ['b', 1],
      ]),
      log,
    );
    expect(marks).toEqual([{ line: 2, start: 0, end: 2, ids: ['a', 'b'], kind: 'figure' }]);
  });
});

describe('paragraphs and headings', () => {
  it('keeps blank-line paragraphs and detects only part and roman-numeral headings', () => {
    expect(headingKind('PHAN I')).toBe('h2');
    expect(headingKind('Phần II. Kết quả')).toBe('h2');
    expect(headingKind('IV. DPANH GIA CHUNG')).toBe('h3');
    expect(headingKind('1. Két qua thyc hi¢n')).toBeUndefined();
    expect(headingKind('Vinh Phuc, Bic Ninh')).toBeUndefined();
    expect(headingKind('## **II. KẾT QUẢ**')).toBe('h2');
    expect(headingKind('##### **2. Công tác**')).toBe('h3');
    expect(headingKind('#5 không phải')).toBeUndefined();
    expect(splitBlocks(['PHAN I', 'a', 'b', '', 'c', 'II. X', 'd'])).toEqual([
      { kind: 'h2', from: 1, to: 1 },
      { kind: 'p', from: 2, to: 3 },
      { kind: 'p', from: 5, to: 5 },
      { kind: 'h3', from: 6, to: 6 },
      { kind: 'p', from: 7, to: 7 },
    ]);
  });
});

describe('the real data', () => {
  it('locates every published figure and resolves every province-list mention', () => {
    const { texts, mentions, errors } = build(dataFixture().root);
    expect(errors).toEqual([]);
    expect(texts.map((t) => t.source).sort()).toEqual([
      'kc-2018',
      'kcqg-2014-2020',
      'nd45-2013-2022',
      'north-2023',
      'tra-vinh-2016-2020',
    ]);
    expect(texts.flatMap((t) => t.marks).filter((m) => m.kind === 'excluded')).toHaveLength(2);
    expect(mentions).toHaveLength(63);
    expect(new Set(mentions.map((m) => m.province)).size).toBe(63);
    expect(mentions.find((m) => m.geo_as_written === 'Ha Giang')).toMatchObject({
      province: 'ha-giang',
      region: 'TDMNPB',
      line: 598,
    });
    expect(mentions.find((m) => m.geo_as_written === 'Hai Phong')).toMatchObject({ province: 'hai-phong', line: 593 });
  });
  it('fails naming the row when a figure’s line in data/raw is wrong', () => {
    const fx = dataFixture();
    fx.edit('data/raw/tra-vinh-2016-2020.csv', (t) =>
      t.replace(/^(tra-vinh-2016-2020\.consulting\.funding,.*,12\.000\.000,đồng,)69,/m, '$170,'),
    );
    const { errors } = build(fx.root);
    expect(errors.map((e) => `${e.file} ${e.message.split(':')[0]}`)).toEqual([
      'data/raw/tra-vinh-2016-2020.csv tra-vinh-2016-2020.consulting.funding',
    ]);
  });
  it('rejects a mention not on its line, an unknown name and a province of another region', () => {
    const fx = dataFixture();
    fx.edit('data/raw/province-mentions.csv', (t) =>
      t
        .replace('598,region-members,TDMNPB,Ha Giang', '599,region-members,TDMNPB,Ha Giang')
        .replace('593,region-members,DBSH,Ha Noi', '593,region-members,DBSH,Ha Nol')
        .replace('608,region-members,TN,Kon Tum', '608,region-members,DNB,Kon Tum'),
    );
    const { errors } = build(fx.root);
    expect(errors.map((e) => `${e.file}:${e.column}:${e.value}`).sort()).toEqual([
      'data/raw/province-mentions.csv:geo_as_written:Ha Giang',
      'data/raw/province-mentions.csv:geo_as_written:Ha Nol',
      'data/raw/province-mentions.csv:region:DNB',
    ]);
  });
});
