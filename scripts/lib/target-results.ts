/**
 * data/reference/target-results.csv sets each stated target beside the earlier result of the
 * same quantity (or none). Which result a target compares with is data, not an id pattern in
 * code; what the code enforces is that a pairing never compares different things: the same
 * metric key, programme, place and report, a result that is an actual figure, and a result
 * period that ends before the target's begins. Every transcribed target is listed exactly once,
 * so a new target row cannot silently miss the comparison.
 */
import type { Figure } from '../../src/lib/schema.ts';
import type { ErrorLog } from './errors.ts';
import type { TargetResult } from './reference.ts';

const FILE = 'data/reference/target-results.csv';

export function checkTargetResults(pairs: readonly TargetResult[], figures: readonly Figure[], log: ErrorLog): void {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const seen = new Map<string, number>();
  for (const p of pairs) {
    const at = (column: string, value: string, message: string) =>
      log.add({ file: FILE, line: p.line, column, value, message });
    const prev = seen.get(p.target_id);
    if (prev !== undefined) at('target_id', p.target_id, `listed twice (first on line ${prev})`);
    seen.set(p.target_id, p.line);
    const t = byId.get(p.target_id);
    if (!t) {
      at('target_id', p.target_id, 'unknown figure id');
      continue;
    }
    if (t.status !== 'target') at('target_id', p.target_id, `is a ${t.status} figure, not a target`);
    if (!p.result_id) {
      if (!p.note_vi || !p.note_en)
        at('note_vi', p.note_vi, 'a target without a comparable result needs the reason, in both languages');
      continue;
    }
    const r = byId.get(p.result_id);
    if (!r) {
      at('result_id', p.result_id, 'unknown figure id');
      continue;
    }
    if (r.status !== 'actual') at('result_id', p.result_id, `is a ${r.status} figure, not a result (actual)`);
    for (const k of ['metric', 'programme', 'geo', 'source'] as const) {
      if (r[k] !== t[k])
        at(
          'result_id',
          p.result_id,
          `${k} "${r[k]}" differs from the target's "${t[k]}": only the same quantity compares`,
        );
    }
    if (r.period_end >= t.period_start)
      at('result_id', p.result_id, `result period ${r.period_start}–${r.period_end} does not end before the target's`);
  }
  for (const f of figures) {
    if (f.status === 'target' && !f.derived && !seen.has(f.id))
      log.add({
        file: FILE,
        line: 0,
        column: 'target_id',
        value: f.id,
        message: 'a transcribed target is missing: list it, with its earlier result or the reason there is none',
      });
  }
}
