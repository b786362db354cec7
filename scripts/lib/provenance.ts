/**
 * Provenance: does each row's `as_written` really stand in its report, on its line?
 *
 * The check cannot be fooled by a dropped or changed digit or a nearby line: `as_written` must
 * occur on exactly the stated line, character for character, as a whole token (no digit, and no
 * `.` or `,` followed by a digit, immediately before or after it: "13.370" inside "113.370" is
 * not a match). The value a figure carries must equal the value its `as_written` denotes under
 * its unit and sign. Place names of province facts are matched more loosely (OCR loses tones and
 * may break a name across two lines) but still on their stated line.
 * The build runs this check (scripts/build-data.ts); `npm run check:sources` runs it alone.
 */
import { readFileSync } from 'node:fs';
import { readCsv } from './csv.ts';
import type { ErrorLog } from './errors.ts';
import type { Figure } from '../../src/lib/schema.ts';
import { foldMarks } from '../../src/lib/fold.ts';
import { denotedValue } from './normalise.ts';
import type { UnitTable } from './units.ts';

export interface ProvenanceMiss {
  file: string;
  line: number;
  id: string;
  column: string;
  value: string;
  sourceLine: number;
  /** What the check found instead, in words. */
  found: string;
}

/** Offsets where `needle` occurs in `text` as a whole number token. */
export function tokenOffsets(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const before = text.slice(Math.max(0, i - 2), i);
    const after = text.slice(i + needle.length, i + needle.length + 2);
    const glued = /\d$/.test(before) || /\d[.,]$/.test(before) || /^\d/.test(after) || /^[.,]\d/.test(after);
    if (!glued) out.push(i);
  }
  return out;
}

/** Does `needle` stand on 1-based line `lineNo` as a whole token? */
export function onLine(sourceLines: readonly string[], lineNo: number, needle: string): boolean {
  if (lineNo < 1 || lineNo > sourceLines.length) return false;
  return tokenOffsets(sourceLines[lineNo - 1]!.normalize('NFC'), needle.normalize('NFC')).length > 0;
}

/** Describe, for an error message, where `needle` is in the report if not on its line. */
export function whereInstead(sourceLines: readonly string[], lineNo: number, needle: string): string {
  if (lineNo < 1 || lineNo > sourceLines.length)
    return `the report has ${sourceLines.length} lines, there is no line ${lineNo}`;
  const n = needle.normalize('NFC');
  const asToken: number[] = [];
  const inside: number[] = [];
  sourceLines.forEach((l, i) => {
    const t = l.normalize('NFC');
    if (tokenOffsets(t, n).length) asToken.push(i + 1);
    else if (t.includes(n)) inside.push(i + 1);
  });
  const numbers = (sourceLines[lineNo - 1]!.match(/\d[\d.,]*(?: \d{3})*/g) ?? []).slice(0, 12);
  const parts = [
    `line ${lineNo} has ${numbers.length ? `the numbers ${numbers.map((x) => `"${x}"`).join(', ')}` : 'no numbers'}`,
  ];
  if (asToken.length)
    parts.push(`"${needle}" stands on line${asToken.length > 1 ? 's' : ''} ${asToken.slice(0, 8).join(', ')}`);
  if (inside.includes(lineNo)) parts.push(`on line ${lineNo} "${needle}" is only part of a longer number`);
  else if (inside.length && !asToken.length)
    parts.push(`"${needle}" occurs only inside longer numbers (line ${inside.slice(0, 8).join(', ')})`);
  if (!asToken.length && !inside.length) parts.push(`"${needle}" occurs nowhere in the report`);
  return parts.join('; ');
}

/** A place name on its line, tolerant of lost diacritics and of a name broken over two lines. */
export function nameOnLine(sourceLines: readonly string[], lineNo: number, name: string): boolean {
  if (lineNo < 1 || lineNo > sourceLines.length || !name) return false;
  const needle = foldMarks(name).trim();
  const here = foldMarks(sourceLines[lineNo - 1]!);
  if (here.includes(needle)) return true;
  // Broken over the line end: the name must start on the stated line and end on the next.
  const joined = foldMarks(`${sourceLines[lineNo - 1]!} ${sourceLines[lineNo] ?? ''}`);
  const at = joined.indexOf(needle);
  return at >= 0 && at < here.length;
}

export interface ProvenanceOptions {
  /** When given, each figure's value is compared with the value its as_written denotes. */
  figures?: readonly Figure[];
  units?: UnitTable;
}

export function checkProvenance(
  root: string,
  sourcesDir: string,
  sourceIds: string[],
  log: ErrorLog,
  opts: ProvenanceOptions = {},
): { checked: number; misses: ProvenanceMiss[] } {
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
  const byId = new Map((opts.figures ?? []).map((f) => [f.id, f]));
  for (const id of sourceIds) {
    const file = `data/raw/${id}.csv`;
    const src = lines(id);
    if (!src) continue;
    for (const r of readCsv(`${root}/${file}`, file, null, log)) {
      checked++;
      const n = Number(r.values.line);
      const asWritten = r.values.as_written ?? '';
      const rowId = r.values.id ?? '';
      const miss = (found: string) =>
        misses.push({ file, line: r.line, id: rowId, column: 'as_written', value: asWritten, sourceLine: n, found });
      if (!onLine(src, n, asWritten)) {
        miss(whereInstead(src, n, asWritten));
        continue;
      }
      const fig = byId.get(rowId);
      if (fig && opts.units) {
        const unit = opts.units.lookup(r.values.unit_as_written ?? '');
        let denoted = NaN;
        try {
          denoted = denotedValue(asWritten, unit?.exp ?? 0, r.values.sign ?? '');
        } catch {
          /* reported below as a mismatch */
        }
        if (denoted !== fig.value) {
          miss(
            `"${asWritten}" in "${r.values.unit_as_written}" denotes ${denoted}, but the figure's value is ${fig.value}`,
          );
        }
      }
    }
  }
  const factFile = 'data/raw/province-facts.csv';
  for (const r of readCsv(`${root}/${factFile}`, factFile, null, log)) {
    const src = lines(r.values.source ?? '');
    if (!src) continue;
    checked++;
    const n = Number(r.values.line);
    const name = r.values.geo_as_written ?? '';
    if (!nameOnLine(src, n, name)) {
      const found = src.map((l, i) => (foldMarks(l).includes(foldMarks(name).trim()) ? i + 1 : 0)).filter(Boolean);
      misses.push({
        file: factFile,
        line: r.line,
        id: r.values.id ?? '',
        column: 'geo_as_written',
        value: name,
        sourceLine: n,
        found: found.length
          ? `"${name}" stands on line ${found.slice(0, 8).join(', ')}`
          : `"${name}" is not on line ${n} nor broken over lines ${n}–${n + 1}`,
      });
    }
  }
  return { checked, misses };
}

export function formatMiss(m: ProvenanceMiss, sourceId: string): string {
  return `${m.file}:${m.line} ${m.id} column "${m.column}" value "${m.value}": not on line ${m.sourceLine} of data/sources/${sourceId}.txt as a whole token; ${m.found}`;
}
