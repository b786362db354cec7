/**
 * Bad input stops the build, and the message names the file, line, column and value, so the
 * person who typed the row can find it. Errors are collected rather than thrown one at a time:
 * a transcriber fixing a file wants every problem in one run.
 */
export interface DataErrorInfo {
  file: string;
  line: number;
  column?: string;
  value?: string;
  message: string;
}

export function formatDataError(e: DataErrorInfo): string {
  const where = `${e.file}:${e.line}`;
  const col = e.column ? ` column "${e.column}"` : '';
  const val = e.value !== undefined ? ` value "${e.value}"` : '';
  return `${where}${col}${val}: ${e.message}`;
}

export class DataErrors extends Error {
  readonly errors: DataErrorInfo[];
  constructor(errors: DataErrorInfo[]) {
    super(`${errors.length} data error(s):\n` + errors.map((e) => '  ' + formatDataError(e)).join('\n'));
    this.name = 'DataErrors';
    this.errors = errors;
  }
}

/** Collects errors; `throwIfAny` ends the build with all of them. */
export class ErrorLog {
  readonly errors: DataErrorInfo[] = [];
  add(e: DataErrorInfo): void {
    this.errors.push(e);
  }
  throwIfAny(): void {
    if (this.errors.length) throw new DataErrors(this.errors);
  }
}
