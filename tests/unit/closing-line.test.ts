/**
 * The closing line that CI reads must count every way a run can fail. A deliberately broken
 * fixture suite (tests/fixtures/summary-suite: one passing test, one failing test, a file that
 * throws on import, a beforeAll that throws before two tests, an error thrown outside any test)
 * is run through vitest with our reporter, and the line must say 4 failed where vitest's own JSON
 * says 1 failed test.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closingLine } from '../reporters/closing-line.ts';
import type { TestSummary } from '../reporters/summary-reporter.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'kc-summary-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function runFixtureSuite(): {
  exit: number;
  summaryFile: string;
  vitestJson: { numFailedTests: number; numPassedTests: number };
} {
  const summaryFile = join(tmp, 'summary.json');
  const jsonFile = join(tmp, 'vitest.json');
  let exit = 0;
  try {
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/vitest/vitest.mjs'),
        'run',
        '--root',
        join(ROOT, 'tests/fixtures/summary-suite'),
        '--reporter=json',
        `--outputFile.json=${jsonFile}`,
        `--reporter=${join(ROOT, 'tests/reporters/summary-reporter.ts')}`,
      ],
      {
        env: { ...process.env, KC_SUMMARY_FILE: summaryFile },
        stdio: 'pipe',
      },
    );
  } catch (e) {
    exit = (e as { status: number }).status;
  }
  return { exit, summaryFile, vitestJson: JSON.parse(readFileSync(jsonFile, 'utf8')) };
}

describe('closing line', () => {
  it('counts a throwing import, a failing hook and an unhandled error, not only failed tests', () => {
    const run = runFixtureSuite();
    expect(run.exit).not.toBe(0);
    // vitest's own count sees only the one failing test…
    expect(run.vitestJson.numFailedTests).toBe(1);
    const summary = JSON.parse(readFileSync(run.summaryFile, 'utf8')) as TestSummary;
    const { line, failed, reasons } = closingLine(summary, run.exit, []);
    // …ours also counts the import, the hook and the unhandled error.
    expect(failed).toBe(4);
    expect(line).toBe(`${run.vitestJson.numPassedTests} passed, 4 failed, 2 skipped`);
    expect(reasons.join('\n')).toMatch(/throwing-import.*fails to load/);
    expect(reasons.join('\n')).toMatch(/failing-hook.*hook fails/);
    expect(reasons.join('\n')).toMatch(/unhandled error/);
  }, 60_000);

  const clean: TestSummary = {
    passed: 7,
    failedTests: 0,
    failedModules: [],
    unhandledErrors: [],
    skipped: 0,
    reason: 'passed',
  };

  it('says 0 failed only when nothing failed', () => {
    expect(closingLine(clean, 0, []).line).toBe('7 passed, 0 failed');
  });

  it('counts a missing summary (vitest died) as a failure', () => {
    expect(closingLine(undefined, 1, []).line).toBe('0 passed, 1 failed');
  });

  it('counts a non-zero vitest exit that nothing else explains', () => {
    expect(closingLine(clean, 1, []).failed).toBe(1);
  });

  it('counts each failed step outside vitest once', () => {
    const r = closingLine(clean, 0, ['build', 'typecheck']);
    expect(r.line).toBe('7 passed, 2 failed');
    expect(r.reasons).toEqual(['step failed: build', 'step failed: typecheck']);
  });
});
