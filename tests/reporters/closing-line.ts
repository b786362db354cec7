/**
 * The closing line of the test command: `N passed, N failed` (`, N skipped` when any were), where
 * "failed" counts everything that went wrong, each once:
 * - failed tests, test files that failed to load or whose hooks failed, and unhandled errors
 *   (from the summary tests/reporters/summary-reporter.ts wrote);
 * - each failed step outside vitest (build, provenance, typecheck, lint), named in --step;
 * - a missing summary file (vitest died before the end) or a non-zero vitest exit that nothing
 *   else explains.
 * Usage: node tests/reporters/closing-line.ts <summary.json> <vitest exit code> [--step NAME]…
 * Prints the reasons, then the line; exits 1 when anything failed.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { TestSummary } from './summary-reporter.ts';

export function closingLine(
  summary: TestSummary | undefined,
  vitestExit: number,
  failedSteps: string[],
): { line: string; reasons: string[]; failed: number } {
  const reasons = failedSteps.map((s) => `step failed: ${s}`);
  let passed = 0;
  let skipped = 0;
  if (!summary) {
    reasons.push('vitest wrote no summary (it stopped before the end of the run)');
  } else {
    passed = summary.passed;
    skipped = summary.skipped;
    if (summary.failedTests) reasons.push(`${summary.failedTests} failed test(s)`);
    for (const m of summary.failedModules)
      for (const e of m.errors) reasons.push(`test file ${m.file} failed outside its tests: ${e.split('\n')[0]}`);
    for (const e of summary.unhandledErrors) reasons.push(`unhandled error: ${e.split('\n')[0]}`);
  }
  let failed =
    failedSteps.length +
    (summary
      ? summary.failedTests +
        summary.failedModules.reduce((n, m) => n + m.errors.length, 0) +
        summary.unhandledErrors.length
      : 1);
  const vitestCounted = summary ? failed - failedSteps.length : 1;
  if (vitestExit !== 0 && vitestCounted === 0) {
    reasons.push(`vitest exited with status ${vitestExit} but reported no failure`);
    failed++;
  }
  const line = `${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : '');
  return { line, reasons, failed };
}

if (import.meta.main) {
  const [file, exit, ...rest] = process.argv.slice(2);
  const steps: string[] = [];
  for (let i = 0; i < rest.length; i++) if (rest[i] === '--step' && rest[i + 1]) steps.push(rest[++i]!);
  const summary = file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as TestSummary) : undefined;
  const { line, reasons, failed } = closingLine(summary, Number(exit ?? 1), steps);
  for (const r of reasons) console.log(`  ✗ ${r}`);
  console.log(line);
  process.exit(failed ? 1 : 0);
}
