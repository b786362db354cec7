/**
 * The reports as readable documents: each source text split into lines and paragraphs, with
 * every transcribed figure located in place (the exact characters of `as_written`, on exactly
 * its stated line, as a whole token). The reader pages render what this returns; the build
 * fails naming the row when a figure is not where its row says.
 *
 * Also the province-list mentions (data/raw/province-mentions.csv): a report that names a
 * province only inside a region's list still names it, and the province's profile cites it.
 */
import { readFileSync } from 'node:fs';
import { readCsv } from './csv.ts';
import type { ErrorLog } from './errors.ts';
import type { Reference } from './reference.ts';
import { foldMarks } from '../../src/lib/fold.ts';
import { RAW_FIGURE_COLUMNS, type Figure } from '../../src/lib/schema.ts';

/** A figure located in its line: characters [start, end) of line `line` (1-based). */
export interface TextMark {
  line: number;
  start: number;
  end: number;
  /** Figure ids whose as_written is exactly these characters (usually one). */
  ids: string[];
  /** `excluded`: a row left out (OCR-lost digit), shown with its reason instead of a value. */
  kind: 'figure' | 'excluded';
}
export interface TextBlock {
  kind: 'h2' | 'h3' | 'p';
  /** First and last line numbers (1-based, inclusive); blank lines belong to no block. */
  from: number;
  to: number;
}
export interface SourceText {
  source: string;
  lines: string[];
  blocks: TextBlock[];
  marks: TextMark[];
}

export interface ProvinceMention {
  id: string;
  source: string;
  line: number;
  list_kind: string;
  region: string;
  province: string;
  geo_as_written: string;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where `needle` stands in `line` as a whole token: not preceded by a letter or digit (or a
 * digit and `.`/`,`), not followed by a digit (or `.`/`,` and a digit). "3" does not match
 * inside "113.370", "13.370" does not match inside "113.370", "6" does not match inside "c6".
 */
export function tokenOccurrences(line: string, needle: string): number[] {
  if (!needle) return [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?<!\\p{N}[.,])${escapeRe(needle)}(?!\\p{N})(?![.,]\\p{N})`, 'gu');
  return [...line.matchAll(re)].map((m) => m.index);
}

/** A heading, detected conservatively: a part line ("PHẦN I", OCR "PHAN II"), "IV. TITLE", or a line the report marks with #. */
export function headingKind(line: string): 'h2' | 'h3' | undefined {
  const t = line.trim();
  if (t.length > 110) return undefined;
  if (/^(PHẦN|Phần|PHAN|Phan)\s+[IVX]+\b/.test(t)) return 'h2';
  if (/^[IVX]{1,4}\.\s+\S/.test(t)) return 'h3';
  // Markdown heading marks typed in the report itself (tra-vinh-2016-2020): kept as written.
  if (/^#{1,2}\s+\S/.test(t)) return 'h2';
  if (/^#{3,6}\s+\S/.test(t)) return 'h3';
  return undefined;
}

export function splitBlocks(lines: string[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  let open: TextBlock | undefined;
  lines.forEach((text, i) => {
    const n = i + 1;
    if (!text.trim()) {
      open = undefined;
      return;
    }
    const h = headingKind(text);
    if (h) {
      blocks.push({ kind: h, from: n, to: n });
      open = undefined;
      return;
    }
    if (open) open.to = n;
    else {
      open = { kind: 'p', from: n, to: n };
      blocks.push(open);
    }
  });
  return blocks;
}

/** Rows whose as_written occurs more often on its line than rows share it say which occurrence. */
export function readOccurrences(root: string, log: ErrorLog): Map<string, number> {
  const file = 'data/raw/occurrences.csv';
  const out = new Map<string, number>();
  for (const r of readCsv(`${root}/${file}`, file, ['id', 'occurrence', 'reason'], log)) {
    const n = Number(r.values.occurrence);
    if (!Number.isInteger(n) || n < 1)
      log.add({
        file,
        line: r.line,
        column: 'occurrence',
        value: r.values.occurrence,
        message: 'a positive whole number (1 = first on the line)',
      });
    else if (!r.values.reason)
      log.add({ file, line: r.line, column: 'reason', value: '', message: 'say why this occurrence' });
    else out.set(r.values.id ?? '', n);
  }
  return out;
}

interface Located {
  file: string;
  csvLine: number;
  id: string;
  as_written: string;
  line: number;
  kind: TextMark['kind'];
}

/**
 * Locate every figure of one source in its text. `rows` are the source's rows in CSV order
 * (published figures and excluded ones). Rows that share the same characters on the same line
 * take that line's occurrences in order, unless occurrences.csv names one.
 */
export function locateMarks(
  source: string,
  lines: string[],
  rows: Located[],
  occurrence: Map<string, number>,
  log: ErrorLog,
): TextMark[] {
  const marks = new Map<string, TextMark>();
  const groups = new Map<string, Located[]>();
  for (const r of rows) {
    const k = `${r.line}\u0000${r.as_written}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  for (const group of groups.values()) {
    const { line, as_written, file } = group[0]!;
    const text = lines[line - 1];
    const fail = (r: Located, message: string) =>
      log.add({ file, line: r.csvLine, column: 'as_written', value: r.as_written, message: `${r.id}: ${message}` });
    if (text === undefined) {
      for (const r of group) fail(r, `line ${line} does not exist in data/sources/${source}.txt`);
      continue;
    }
    // Excluded rows are OCR garbage ("§", "2}"): found as written, without the number-token rule.
    const found =
      group[0]!.kind === 'excluded'
        ? [...text.matchAll(new RegExp(escapeRe(as_written), 'g'))].map((m) => m.index)
        : tokenOccurrences(text, as_written);
    if (found.length === 0) {
      for (const r of group)
        fail(r, `not found as a whole token on line ${line}; the line reads “${text.slice(0, 160)}”`);
      continue;
    }
    group.forEach((r, i) => {
      const named = occurrence.get(r.id);
      let at: number | undefined;
      if (named !== undefined) at = found[named - 1];
      else if (found.length === group.length) at = found[i];
      if (at === undefined) {
        fail(
          r,
          named !== undefined
            ? `occurrences.csv names occurrence ${named} but line ${line} has ${found.length}`
            : `“${as_written}” occurs ${found.length} times on line ${line} for ${group.length} row(s): say which in data/raw/occurrences.csv`,
        );
        return;
      }
      const key = `${line}:${at}`;
      const m = marks.get(key);
      if (m) m.ids.push(r.id);
      else marks.set(key, { line, start: at, end: at + as_written.length, ids: [r.id], kind: r.kind });
    });
  }
  const sorted = [...marks.values()].sort((a, b) => a.line - b.line || a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!,
      b = sorted[i]!;
    if (a.line === b.line && b.start < a.end) {
      log.add({
        file: `data/raw/${source}.csv`,
        line: 0,
        column: 'as_written',
        value: b.ids.join(' '),
        message: `overlaps ${a.ids.join(' ')} on line ${a.line}`,
      });
    }
  }
  return sorted;
}

export function buildSourceTexts(
  root: string,
  ref: Reference,
  figures: Figure[],
  excludedIds: Set<string>,
  log: ErrorLog,
): SourceText[] {
  const occurrence = readOccurrences(root, log);
  const published = new Set(figures.filter((f) => !f.derived).map((f) => f.id));
  const out: SourceText[] = [];
  for (const s of ref.sources) {
    const path = `data/sources/${s.id}.txt`;
    let text: string;
    try {
      text = readFileSync(`${root}/${path}`, 'utf8');
    } catch {
      log.add({ file: path, line: 0, message: 'source text is missing' });
      continue;
    }
    // The file ends with a newline or not; either way its lines are what an editor shows.
    const lines = text.replace(/\n$/, '').split('\n');
    const file = `data/raw/${s.id}.csv`;
    const rows: Located[] = [];
    for (const r of readCsv(`${root}/${file}`, file, RAW_FIGURE_COLUMNS, log)) {
      const id = r.values.id ?? '';
      const kind = excludedIds.has(id) ? 'excluded' : published.has(id) ? 'figure' : undefined;
      if (!kind) continue; // a row the pipeline rejected has already been reported
      rows.push({
        file,
        csvLine: r.line,
        id,
        as_written: r.values.as_written ?? '',
        line: Number(r.values.line),
        kind,
      });
    }
    out.push({
      source: s.id,
      lines,
      blocks: splitBlocks(lines),
      marks: locateMarks(s.id, lines, rows, occurrence, log),
    });
  }
  for (const id of occurrence.keys()) {
    if (!published.has(id))
      log.add({
        file: 'data/raw/occurrences.csv',
        line: 0,
        column: 'id',
        value: id,
        message: 'no such published figure',
      });
  }
  return out;
}

export const MENTION_COLUMNS = ['id', 'source', 'line', 'list_kind', 'region', 'geo_as_written', 'note'] as const;
export const LIST_KINDS = ['region-members'] as const;

/**
 * data/raw/province-mentions.csv: each province named in a list of a report. The name must
 * stand on its line (a name broken across two lines may run onto the next), resolve through
 * the gazetteer to a province, and that province must belong to the row's region.
 */
export function loadProvinceMentions(
  root: string,
  ref: Reference,
  texts: SourceText[],
  log: ErrorLog,
): ProvinceMention[] {
  const file = 'data/raw/province-mentions.csv';
  const out: ProvinceMention[] = [];
  const seen = new Set<string>();
  for (const r of readCsv(`${root}/${file}`, file, MENTION_COLUMNS, log)) {
    const v = r.values as Record<(typeof MENTION_COLUMNS)[number], string>;
    const bad = (column: string, value: string, message: string) =>
      log.add({ file, line: r.line, column, value, message });
    if (seen.has(v.id)) {
      bad('id', v.id, 'duplicate id');
      continue;
    }
    seen.add(v.id);
    const text = texts.find((t) => t.source === v.source);
    if (!text) {
      bad('source', v.source, 'unknown source');
      continue;
    }
    if (!(LIST_KINDS as readonly string[]).includes(v.list_kind)) {
      bad('list_kind', v.list_kind, `one of ${LIST_KINDS.join(', ')}`);
      continue;
    }
    if (!ref.regions.some((g) => g.code === v.region)) {
      bad('region', v.region, 'unknown region code');
      continue;
    }
    const line = Number(v.line);
    const here = text.lines[line - 1];
    if (!Number.isInteger(line) || here === undefined) {
      bad('line', v.line, `no such line in data/sources/${v.source}.txt`);
      continue;
    }
    // The name starts on this line, at a word boundary, and may run onto the next line.
    const name = foldMarks(v.geo_as_written).trim();
    const own = foldMarks(here);
    const joined = `${own} ${foldMarks(text.lines[line] ?? '')}`;
    const starts = [...joined.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(name)}(?![\\p{L}\\p{N}])`, 'gu'))].map(
      (m) => m.index,
    );
    if (!starts.some((i) => i < own.length)) {
      bad('geo_as_written', v.geo_as_written, `not on line ${line}; it reads “${here}”`);
      continue;
    }
    const geo = ref.gazetteer.resolve(v.geo_as_written);
    if (geo?.kind !== 'province') {
      bad(
        'geo_as_written',
        v.geo_as_written,
        'the gazetteer does not know this province (add an alias in data/reference/provinces.csv)',
      );
      continue;
    }
    const p = ref.provinces.find((x) => x.slug === geo.code)!;
    if (p.region_6 !== v.region) {
      bad('region', v.region, `${p.slug} belongs to ${p.region_6}`);
      continue;
    }
    out.push({
      id: v.id,
      source: v.source,
      line,
      list_kind: v.list_kind,
      region: v.region,
      province: p.slug,
      geo_as_written: v.geo_as_written,
    });
  }
  return out;
}
