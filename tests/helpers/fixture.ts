/**
 * A throw-away copy of the project's data/ folder, so a test can break one file and run the
 * real pipeline on it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';
import { DataErrors } from '../../scripts/lib/errors.ts';
import { runPipeline } from '../../scripts/lib/pipeline.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

const made: string[] = [];
// Registered at import, so it runs after every test file that makes fixtures.
afterAll(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

export function dataFixture(): { root: string; edit: (rel: string, fn: (text: string) => string) => void } {
  const root = mkdtempSync(join(tmpdir(), 'kc-fixture-'));
  made.push(root);
  cpSync(join(ROOT, 'data'), join(root, 'data'), { recursive: true, filter: (p) => !p.includes('generated') });
  return {
    root,
    edit(rel, fn) {
      const p = join(root, rel);
      writeFileSync(p, fn(readFileSync(p, 'utf8')));
    },
  };
}

/** A temporary folder removed when the test process ends. */
export function tempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
}

/** The error lines of the data pipeline run on a data folder (none: it built). */
export function pipelineErrors(root: string): string[] {
  try {
    runPipeline(root);
  } catch (e) {
    if (e instanceof DataErrors)
      return e.message
        .split('\n')
        .slice(1)
        .map((l) => l.trim());
    throw e;
  }
  return [];
}
