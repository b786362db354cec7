/**
 * The pipeline's output is parsed with the public zod schemas before anything is written: the
 * pages' content collections load the JSON with the same schemas, so a row that would break a
 * page stops the data build instead, named by file, row and column.
 */
import { z } from 'zod';
import type { ErrorLog } from './errors.ts';

export function validatedOutput<T>(name: string, schema: z.ZodType<T>, rows: readonly unknown[], log: ErrorLog): T[] {
  const res = z.array(schema).safeParse(rows);
  if (!res.success) {
    for (const issue of res.error.issues.slice(0, 20)) {
      const [i, column] = issue.path as [number, string | undefined];
      const row = rows[i] as { id?: string } | undefined;
      log.add({
        file: `data/generated/${name}`,
        line: Number(i) + 1,
        column: String(column ?? ''),
        value: row?.id,
        message: `does not match the schema: ${issue.message}`,
      });
    }
  }
  return rows as T[];
}
