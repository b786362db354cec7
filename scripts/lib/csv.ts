/**
 * Reading the hand-made CSVs with papaparse, keeping each record's line number in the file so
 * that every later error can point at it. A record with the wrong number of columns, or a quote
 * papaparse cannot close, is an error, never a silently shortened row.
 */
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import type { ErrorLog } from './errors.ts';

export interface CsvRecord {
  /** 1-based line in the file where the record starts. */
  line: number;
  values: Record<string, string>;
}

export function parseCsvText(
  text: string,
  file: string,
  expectedColumns: readonly string[] | null,
  log: ErrorLog,
): CsvRecord[] {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lineStarts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  const rows: { line: number; cells: string[] }[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    header: false,
    delimiter: ',',
    skipEmptyLines: false,
    step(result) {
      const cursor = result.meta.cursor;
      // Skip the newline(s) that ended the previous record.
      let s = start;
      while (s < text.length && (text[s] === '\n' || text[s] === '\r')) s++;
      const line = lineAt(s);
      for (const err of result.errors) {
        log.add({ file, line, message: `CSV syntax: ${err.message}` });
      }
      rows.push({ line, cells: result.data });
      start = cursor;
    },
  });

  const nonEmpty = rows.filter((r) => !(r.cells.length === 1 && r.cells[0] === ''));
  if (nonEmpty.length === 0) {
    log.add({ file, line: 1, message: 'file is empty: a header row is required' });
    return [];
  }
  const [headerRow, ...dataRows] = nonEmpty as [
    { line: number; cells: string[] },
    ...{ line: number; cells: string[] }[],
  ];
  const header = headerRow.cells.map((h) => h.trim());
  // A repeated column name would let the later column silently replace the earlier one's values.
  const seen = new Set<string>();
  const repeated = header.filter((h) => {
    if (seen.has(h)) return true;
    seen.add(h);
    return false;
  });
  if (repeated.length) {
    log.add({
      file,
      line: headerRow.line,
      column: repeated[0],
      value: header.join(','),
      message: `duplicated header column: ${[...new Set(repeated)].join(', ')}`,
    });
    return [];
  }
  if (expectedColumns) {
    const missing = expectedColumns.filter((c) => !header.includes(c));
    const extra = header.filter((c) => !expectedColumns.includes(c));
    if (missing.length || extra.length) {
      log.add({
        file,
        line: headerRow.line,
        column: extra[0] ?? missing[0],
        value: header.join(','),
        message:
          `header must be ${expectedColumns.join(',')}` +
          (missing.length ? `; missing: ${missing.join(', ')}` : '') +
          (extra.length ? `; unexpected: ${extra.join(', ')}` : ''),
      });
      return [];
    }
  }
  const records: CsvRecord[] = [];
  for (const r of dataRows) {
    if (r.cells.length !== header.length) {
      log.add({
        file,
        line: r.line,
        value: r.cells.join(',').slice(0, 80),
        message: `expected ${header.length} columns, found ${r.cells.length}`,
      });
      continue;
    }
    const values: Record<string, string> = {};
    for (const [i, h] of header.entries()) values[h] = (r.cells[i] ?? '').normalize('NFC');
    records.push({ line: r.line, values });
  }
  return records;
}

export function readCsv(
  path: string,
  file: string,
  expectedColumns: readonly string[] | null,
  log: ErrorLog,
): CsvRecord[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    log.add({ file, line: 0, message: 'file is missing' });
    return [];
  }
  return parseCsvText(text, file, expectedColumns, log);
}
