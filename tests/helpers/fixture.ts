/**
 * A throw-away copy of the project's data/ folder, so a test can break one file and run the
 * real pipeline on it.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export function dataFixture(): { root: string; edit: (rel: string, fn: (text: string) => string) => void } {
  const root = mkdtempSync(join(tmpdir(), 'kc-fixture-'));
  cpSync(join(ROOT, 'data'), join(root, 'data'), { recursive: true, filter: (p) => !p.includes('generated') });
  return {
    root,
    edit(rel, fn) {
      const p = join(root, rel);
      writeFileSync(p, fn(readFileSync(p, 'utf8')));
    },
  };
}
