import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { checkProvenance, findNear, looseText } from '../../scripts/lib/provenance.ts';
import { ErrorLog } from '../../scripts/lib/errors.ts';
import { dataFixture } from '../helpers/fixture.ts';

const SOURCES = resolve(import.meta.dirname, '../../data/sources');
const IDS = ['nd45-2013-2022', 'north-2023', 'kcqg-2014-2020', 'tra-vinh-2016-2020', 'kc-2018'];

describe('provenance check', () => {
  it('matches tolerant of lost diacritics, not of changed digits', () => {
    const lines = ['Kinh phi la 1.737,73 ty dong', 'dòng hai'];
    expect(findNear(lines, 1, '1.737,73')).toBe(true);
    expect(findNear(lines, 2, 'dong hai')).toBe(true);
    expect(findNear(lines, 1, '1.737,74')).toBe(false);
    expect(findNear(lines, 9, '1.737,73')).toBe(false);
    expect(looseText('Đồng  Nai')).toBe('dong nai');
  });
  it('finds every transcribed figure in its report', () => {
    const log = new ErrorLog();
    const r = checkProvenance(dataFixture().root, SOURCES, IDS, log);
    expect(log.errors).toEqual([]);
    expect(r.misses).toEqual([]);
    expect(r.checked).toBeGreaterThan(400);
  });
  it('lists a row whose figure is not in the report, with file, line and value', () => {
    const fx = dataFixture();
    fx.edit('data/raw/north-2023.csv', (t) => t.replace(',170,4,', ',170,5,').replace('"170,4"', '"170,5"'));
    const r = checkProvenance(fx.root, SOURCES, IDS, new ErrorLog());
    expect(r.misses).toHaveLength(1);
    expect(r.misses[0]).toMatchObject({ file: 'data/raw/north-2023.csv', id: 'north-2023.funding.2022.total', value: '170,5', column: 'as_written' });
  });
  it('lists a row whose line points elsewhere in the report', () => {
    const fx = dataFixture();
    fx.edit('data/raw/tra-vinh-2016-2020.csv', (t) => t.replace(/(tra-vinh-2016-2020\.consulting\.funding,(?:[^,]*,){12})69,/, '$140,'));
    const r = checkProvenance(fx.root, SOURCES, IDS, new ErrorLog());
    expect(r.misses.map((m) => m.id)).toEqual(['tra-vinh-2016-2020.consulting.funding']);
  });
});
