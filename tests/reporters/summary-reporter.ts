/**
 * A vitest reporter that counts everything that went wrong, for the closing line that CI and
 * people read. vitest's own counts leave out test files that failed to load, hooks that failed
 * (their tests show as "skipped") and errors thrown outside any test; this reporter counts each
 * of those as a failure and writes the totals to the file named by KC_SUMMARY_FILE (default
 * out/test-summary.json). tests/reporters/closing-line.ts turns it into the `N passed, N failed` line.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

export interface TestSummary {
  passed: number;
  failedTests: number;
  /** Test files that failed to load, or whose beforeAll/afterAll hooks threw. */
  failedModules: { file: string; errors: string[] }[];
  unhandledErrors: string[];
  skipped: number;
  /** The run's own verdict: `passed`, `failed` or `interrupted`. */
  reason: string;
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    modules: ReadonlyArray<TestModule>,
    unhandled: ReadonlyArray<{ message?: string }>,
    reason: string,
  ): void {
    const summary: TestSummary = {
      passed: 0,
      failedTests: 0,
      failedModules: [],
      unhandledErrors: [],
      skipped: 0,
      reason,
    };
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') summary.passed++;
        else if (state === 'failed') summary.failedTests++;
        else summary.skipped++;
      }
      const errors = m.errors();
      if (errors.length)
        summary.failedModules.push({
          file: relative(process.cwd(), m.moduleId),
          errors: errors.map((e) => e.message ?? String(e)),
        });
    }
    summary.unhandledErrors = unhandled.map((e) => e.message ?? String(e));
    const file = resolve(process.env.KC_SUMMARY_FILE ?? 'out/test-summary.json');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(summary, null, 1));
  }
}
