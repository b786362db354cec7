/**
 * Provenance: every figure on exactly its stated line of its report, as a whole token, with the
 * value it denotes. Mutation tests: each way a transcription can go wrong is caught.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildData } from '../../scripts/lib/build.ts';
import { checkProvenance, nameOnLine, onLine, tokenOffsets } from '../../scripts/lib/provenance.ts';
import { foldMarks } from '../../src/lib/fold.ts';
import { ErrorLog } from '../../scripts/lib/errors.ts';
import { runPipeline } from '../../scripts/lib/pipeline.ts';
import { dataFixture } from '../helpers/fixture.ts';

const SOURCES = resolve(import.meta.dirname, '../../data/sources');
const IDS = ['nd45-2013-2022', 'north-2023', 'kcqg-2014-2020', 'tra-vinh-2016-2020', 'kc-2018'];
const ND45 = 'data/raw/nd45-2013-2022.csv';

/** Run the check on a copy of data/ with one raw file edited; return the ids it rejects. */
function rejected(rel: string, edit: (t: string) => string): { ids: string[]; found: string[] } {
  const fx = dataFixture();
  fx.edit(rel, edit);
  const r = checkProvenance(fx.root, SOURCES, IDS, new ErrorLog());
  return { ids: r.misses.map((m) => m.id), found: r.misses.map((m) => m.found) };
}
/** Replace one row's as_written and/or line (columns 13 and 15 of 18). */
const row = (id: string, asWritten: string | null, line: string | null) => (t: string) =>
  t
    .split('\n')
    .map((l) => {
      if (!l.startsWith(id + ',')) return l;
      const quoted = /"[^"]*"/g;
      const keep: string[] = [];
      const masked = l.replace(quoted, (m) => {
        keep.push(m);
        return `\u0000${keep.length - 1}\u0000`;
      });
      const cells = masked.split(',');
      // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL marks the masked quoted cells
      const unmask = (c: string) => c.replace(/\u0000(\d+)\u0000/g, (_, i: string) => keep[Number(i)]!);
      if (asWritten !== null) cells[12] = asWritten.includes(',') ? `"${asWritten}"` : asWritten;
      if (line !== null) cells[14] = line;
      return cells.map(unmask).join(',');
    })
    .join('\n');

describe('whole-token matching', () => {
  it('finds a number only where it stands alone', () => {
    expect(tokenOffsets('cho 113.370 lao động', '113.370')).toEqual([4]);
    expect(tokenOffsets('cho 113.370 lao động', '13.370')).toEqual([]);
    expect(tokenOffsets('cho 113.370 lao động', '113.37')).toEqual([]);
    expect(tokenOffsets('1.737,73 ty', '1.737')).toEqual([]);
    expect(tokenOffsets('chiếm 91%, và', '91%')).toEqual([6]);
    expect(tokenOffsets('tăng 5,93%; có', '5,93')).toEqual([5]);
    expect(tokenOffsets('hon 5. 500 lugt', '5. 500')).toEqual([4]);
    expect(tokenOffsets('02 cơ sở ... 02 cơ sở', '02')).toEqual([0, 13]);
  });
  it('reads the stated line only', () => {
    const lines = ['Kinh phi la 1.737,73 ty dong', 'dòng hai 1.737,73'];
    expect(onLine(lines, 1, '1.737,73')).toBe(true);
    expect(onLine(lines, 2, '1.737,73')).toBe(true);
    expect(onLine(lines, 3, '1.737,73')).toBe(false);
    expect(onLine(lines, 1, '1.737,74')).toBe(false);
  });
  it('matches place names without diacritics, on their line or broken at its end', () => {
    expect(foldMarks('Đồng  Nai')).toBe('dong nai');
    expect(nameOnLine(['Ha Noi, Pong Nai'], 1, 'Pong Nai')).toBe(true);
    expect(nameOnLine(['tinh Quang', 'Binh va'], 1, 'Quang Binh')).toBe(true);
    expect(nameOnLine(['tinh Quang', 'Binh va'], 2, 'Quang Binh')).toBe(false);
  });
});

describe('provenance of the real transcription', () => {
  it('finds every transcribed figure on its line, and every value what its as_written denotes', () => {
    const fx = dataFixture();
    const r = runPipeline(fx.root);
    const log = new ErrorLog();
    const p = checkProvenance(fx.root, SOURCES, IDS, log, { figures: r.figures, units: r.ref.units });
    expect(log.errors).toEqual([]);
    expect(p.misses).toEqual([]);
    expect(p.checked).toBe(341 + 78);
  });
});

describe('mutations are rejected', () => {
  const ID = 'nd45-2013-2022.training.workers'; // "113.370" on line 131
  it('a dropped digit (113.370 → 13.370)', () => {
    const r = rejected(ND45, row(ID, '13.370', null));
    expect(r.ids).toEqual([ID]);
    expect(r.found[0]).toContain('on line 131 "13.370" is only part of a longer number');
  });
  it('a dropped digit at the end (113.370 → 113.37)', () => {
    expect(rejected(ND45, row(ID, '113.37', null)).ids).toEqual([ID]);
  });
  it('a changed digit (113.370 → 113.371)', () => {
    const r = rejected(ND45, row(ID, '113.371', null));
    expect(r.ids).toEqual([ID]);
    expect(r.found[0]).toContain('occurs nowhere in the report');
  });
  it('a line off by one', () => {
    const r = rejected(ND45, row(ID, null, '132'));
    expect(r.ids).toEqual([ID]);
    expect(r.found[0]).toContain('"113.370" stands on line 131');
  });
  it('a line off by three', () => {
    expect(rejected(ND45, row(ID, null, '128')).ids).toEqual([ID]);
    expect(rejected(ND45, row(ID, null, '134')).ids).toEqual([ID]);
  });
  it('a number found only inside a longer number', () => {
    // "3" does not stand alone on line 131 ("113.370", "90", "151,6", "6")
    const r = rejected(ND45, row(ID, '3', null));
    expect(r.ids).toEqual([ID]);
  });
  it('a value that is not what as_written denotes', () => {
    const fx = dataFixture();
    const r = runPipeline(fx.root);
    const figures = r.figures.map((f) => (f.id === ID ? { ...f, value: 13370 } : f));
    const p = checkProvenance(fx.root, SOURCES, IDS, new ErrorLog(), { figures, units: r.ref.units });
    expect(p.misses.map((m) => m.id)).toEqual([ID]);
    expect(p.misses[0]!.found).toBe('"113.370" in "lao động" denotes 113370, but the figure\'s value is 13370');
  });
  it('a fact whose province is not on its line', () => {
    const fx = dataFixture();
    fx.edit('data/raw/province-facts.csv', (t) =>
      t.replace(
        'nd45-2013-2022.staffing_band.ha-noi,nd45-2013-2022,staffing_band,over-40,Hà Nội,2022,2022,23,',
        'nd45-2013-2022.staffing_band.ha-noi,nd45-2013-2022,staffing_band,over-40,Hà Nội,2022,2022,25,',
      ),
    );
    const p = checkProvenance(fx.root, SOURCES, IDS, new ErrorLog());
    expect(p.misses.map((m) => m.id)).toEqual(['nd45-2013-2022.staffing_band.ha-noi']);
  });
});

describe('the data build runs the provenance check', () => {
  it('fails naming file:line, the row id and what it found instead, and writes nothing', () => {
    const fx = dataFixture();
    let line = 0;
    fx.edit(ND45, (t) => {
      line = t.split('\n').findIndex((l) => l.startsWith('nd45-2013-2022.training.workers,')) + 1;
      return row('nd45-2013-2022.training.workers', null, '132')(t);
    });
    let message = '';
    try {
      buildData(fx.root);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain(
      `${ND45}:${line} column "as_written" value "113.370": nd45-2013-2022.training.workers: not on line 132 of data/sources/nd45-2013-2022.txt as a whole token; line 132 has no numbers; "113.370" stands on line 131`,
    );
    expect(existsSync(join(fx.root, 'data/generated/figures.json'))).toBe(false);
  });
  it('builds the untouched data and writes docs/data-notes.md', () => {
    const fx = dataFixture();
    const { provenanceChecked } = buildData(fx.root);
    expect(provenanceChecked).toBe(341 + 78);
    expect(readFileSync(join(fx.root, 'docs/data-notes.md'), 'utf8')).toContain('| **all** |');
  });
});
