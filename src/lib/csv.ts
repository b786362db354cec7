/**
 * The one CSV writer of the site: every CSV it serves (dist/data/*.csv, the per-chart CSVs, the
 * figure finder's "download these rows") is written here, with papaparse.
 *
 * Spreadsheet formula injection: a text cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is run as a formula by Excel, LibreOffice and Google Sheets. Such cells get a
 * leading `'` (OWASP's advice), which spreadsheets show as text. Numbers, booleans and empty cells
 * are written as they are, so a negative value stays a number.
 */
import Papa from 'papaparse';

/**
 * Text cells a spreadsheet would read as a formula. No `m`/`s` flags: only the first character
 * counts. A cell that is only "+" or "-" (figures.csv's `sign` column) has no operand: spreadsheets
 * show it as text, so it is written as it is rather than as "'-".
 */
const FORMULA_START = /^(?![+-]$)[=+\-@\t\r]/;

/** The media type of what toCsv writes (for descriptions of the files, e.g. JSON-LD DataDownload). */
export const CSV_MEDIA_TYPE = 'text/csv';

/** Rows → RFC 4180 text, header first, LF endings; arrays are joined with `|`. */
export function toCsv(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
  const data = rows.map((r) =>
    columns.map((c) => {
      const v = r[c];
      if (Array.isArray(v)) return v.join('|');
      if (v === null || v === undefined) return '';
      if (typeof v === 'number' || typeof v === 'boolean') return v;
      return String(v);
    }),
  );
  return `${Papa.unparse({ fields: [...columns], data }, { newline: '\n', escapeFormulae: FORMULA_START })}\n`;
}
