/**
 * Provenance: does each row's `as_written` really stand in its report, near its line?
 * Matching is tolerant of what OCR and retyping lose (tones, vowel marks, đ, case, runs of
 * white space, a line break inside a figure) but not of changed digits or punctuation.
 */
import { readFileSync } from 'node:fs';
import { readCsv } from './csv.ts';
import type { ErrorLog } from './errors.ts';

/** Lighter than fold(): keeps `.` and `,` because they are part of a Vietnamese number. */
export function looseText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ');
}

export interface ProvenanceMiss {
  file: string;
  line: number;
  id: string;
  column: string;
  value: string;
  sourceLine: number;
}

/** Lines either side of the stated line that still count as "near". */
export const WINDOW = 2;

export function findNear(sourceLines: string[], lineNo: number, needle: string): boolean {
  if (!needle) return false;
  const from = Math.max(0, lineNo - 1 - WINDOW);
  const to = Math.min(sourceLines.length, lineNo + WINDOW);
  if (lineNo < 1 || lineNo > sourceLines.length) return false;
  const haystack = looseText(sourceLines.slice(from, to).join(' '));
  return haystack.includes(looseText(needle).trim());
}

export function checkProvenance(root: string, sourcesDir: string, sourceIds: string[], log: ErrorLog): { checked: number; misses: ProvenanceMiss[] } {
  const misses: ProvenanceMiss[] = [];
  let checked = 0;
  const textOf = new Map<string, string[]>();
  const lines = (id: string): string[] | undefined => {
    if (!textOf.has(id)) {
      try {
        textOf.set(id, readFileSync(`${sourcesDir}/${id}.txt`, 'utf8').split('\n'));
      } catch {
        log.add({ file: `${sourcesDir}/${id}.txt`, line: 0, message: 'source text is missing' });
        return undefined;
      }
    }
    return textOf.get(id);
  };
  for (const id of sourceIds) {
    const file = `data/raw/${id}.csv`;
    const src = lines(id);
    if (!src) continue;
    for (const r of readCsv(`${root}/${file}`, file, null, log)) {
      checked++;
      const n = Number(r.values.line);
      if (!findNear(src, n, r.values.as_written ?? '')) {
        misses.push({ file, line: r.line, id: r.values.id ?? '', column: 'as_written', value: r.values.as_written ?? '', sourceLine: n });
      }
    }
  }
  const factFile = 'data/raw/province-facts.csv';
  for (const r of readCsv(`${root}/${factFile}`, factFile, null, log)) {
    const src = lines(r.values.source ?? '');
    if (!src) continue;
    checked++;
    const n = Number(r.values.line);
    // A place name may be broken across two lines in the scan: allow the next line's start.
    const name = r.values.geo_as_written ?? '';
    if (!findNear(src, n, name) && !findNear(src.map((l, i) => l + ' ' + (src[i + 1] ?? '')), n, name)) {
      misses.push({ file: factFile, line: r.line, id: r.values.id ?? '', column: 'geo_as_written', value: name, sourceLine: n });
    }
  }
  return { checked, misses };
}
