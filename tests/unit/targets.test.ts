/**
 * Targets against results: the 2014–2020 targets the report implies but never states, the
 * 2021–2025 targets set beside the earlier result of the same quantity, and the pairing table's
 * checks (data/reference/target-results.csv), which refuse to compare different quantities.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline, type PipelineResult } from '../../scripts/lib/pipeline.ts';
import { dataFixture, pipelineErrors } from '../helpers/fixture.ts';

const K = 'kcqg-2014-2020';
const PAIRS = 'data/reference/target-results.csv';
let r: PipelineResult;
beforeAll(() => {
  r = runPipeline(dataFixture().root);
});
const fig = (id: string) => {
  const f = r.figures.find((x) => x.id === id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
};

describe('the 2014–2020 targets implied by a stated result and its stated rate', () => {
  it('an achievement rate: target = result / (rate / 100), to a whole number (18.400 / 13,14% = 140.030,4…)', () => {
    const t = fig(`derived.${K}.training.workers.implied-target`);
    expect(t).toMatchObject({
      value: 140030,
      derived: true,
      status: 'target',
      qualifier: 'about',
      metric: fig(`${K}.training.workers`).metric,
      unit: fig(`${K}.training.workers`).unit,
      period_start: 2014,
      period_end: 2020,
    });
    expect(t.formula).toContain(`${K}.training.workers / (${K}.training.workers.achievement / 100)`);
    // 13.985 / 99,89% = 14.000,4…
    expect(fig(`derived.${K}.mgmt-training.trainees.implied-target`).value).toBe(14000);
  });
  it('an excess over target: target = result / (1 + excess / 100) (261 / 1,305 = 200; 1.121 / 1,3188 = 850,0…)', () => {
    expect(fig(`derived.${K}.demo.models.implied-target`)).toMatchObject({ value: 200, metric: 'demo.models' });
    expect(fig(`derived.${K}.demo.models.implied-target`).formula).toContain(
      `1 + ${K}.demo.models.excess-over-target / 100`,
    );
    expect(fig(`derived.${K}.demo.tech-transfer-facilities.implied-target`).value).toBe(850);
    // "over 5.500", "nearly 200%" above target: 5.500 / 3 = 1.833,3…
    expect(fig(`derived.${K}.products.fair-participations.implied-target`).value).toBe(1833);
  });
  it('an excess stays an excess: the result as a % of its target is a separate derived achievement rate', () => {
    const excess = fig(`${K}.demo.models.excess-over-target`);
    expect(excess.metric).toBe('achievement.excess_over_target');
    expect(excess.value).toBe(30.5);
    expect(fig(`derived.${K}.demo.models.excess-over-target.as-achievement`)).toMatchObject({
      metric: 'achievement.rate',
      value: 130.5,
      derived: true,
      formula: `100 + ${K}.demo.models.excess-over-target`,
    });
    // a stated achievement rate needs no such row
    expect(r.figures.some((f) => f.id === `derived.${K}.training.workers.achievement.as-achievement`)).toBe(false);
  });
  it('money foreseen in Decision 1288 is a plan, to the million đồng (755,71 tỷ / 62,35% = 1.212,045… tỷ)', () => {
    expect(fig(`derived.${K}.funding.kcqg.implied-target`)).toMatchObject({
      value: 1212045000000,
      status: 'plan',
      metric: 'funding.amount',
    });
  });
  it('follows its inputs: a corrected rate gives a corrected target', () => {
    const fx = dataFixture();
    fx.edit(`data/raw/${K}.csv`, (t) => t.replace(',"13,14",%,434,', ',"13,15",%,434,'));
    const again = runPipeline(fx.root);
    expect(again.figures.find((f) => f.id === `derived.${K}.training.workers.implied-target`)!.value).toBe(
      Math.round(18400 / 0.1315),
    );
  });
});

describe('2021–2025 targets against the 2014–2020 result of the same quantity', () => {
  it('each pair is a derived multiple, target / result (340 / 261 = 1,30; 10.000 / 18.400 = 0,54)', () => {
    expect(fig(`derived.${K}.target.demo-models.vs-earlier-result`)).toMatchObject({
      value: 1.3,
      metric: 'comparison.times',
      unit: 'ratio',
      derived: true,
      formula: `${K}.target.demo-models / ${K}.demo.models`,
    });
    expect(fig(`derived.${K}.target.training.workers.vs-earlier-result`).value).toBe(0.54);
    // "about 15.000" against 13.985: the multiple is approximate too
    expect(fig(`derived.${K}.target.training.business-courses.vs-earlier-result`).qualifier).toBe('about');
  });
  it('every transcribed target is listed once, and a pair only ever joins one metric and programme', () => {
    const targets = r.figures.filter((f) => f.status === 'target' && !f.derived);
    expect(r.ref.targetResults.map((p) => p.target_id).sort()).toEqual(targets.map((f) => f.id).sort());
    for (const p of r.ref.targetResults.filter((x) => x.result_id)) {
      const t = fig(p.target_id);
      const res = fig(p.result_id);
      expect([res.metric, res.programme, res.status], p.target_id).toEqual([t.metric, t.programme, 'actual']);
    }
    // a target without a comparable result says why, in both languages
    for (const p of r.ref.targetResults.filter((x) => !x.result_id)) {
      expect(p.note_vi.length, p.target_id).toBeGreaterThan(10);
      expect(p.note_en.length, p.target_id).toBeGreaterThan(10);
    }
  });
});

/** Run the pipeline on a copy of data/ with the pairing table edited; return the error lines. */
function pairingErrors(edit: (text: string) => string): string[] {
  const fx = dataFixture();
  fx.edit(PAIRS, edit);
  return pipelineErrors(fx.root);
}
const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;

describe('the pairing table refuses to compare different things', () => {
  it('a result of another metric (machines against facilities helped with machinery)', () => {
    let line = 0;
    const errs = pairingErrors((t) => {
      line = lineOf(t, `${K}.target.machinery,`);
      return t.replace(/^(kcqg-2014-2020\.target\.machinery),,/m, `$1,${K}.demo.tech-transfer-facilities,`);
    });
    expect(errs).toEqual([
      `${PAIRS}:${line} column "result_id" value "${K}.demo.tech-transfer-facilities": metric "machinery.facilities" differs from the target's "equipment.machines": only the same quantity compares`,
    ]);
  });
  it('a target paired with a target, or with a figure that does not exist', () => {
    let line = 0;
    const errs = pairingErrors((t) => {
      line = lineOf(t, `${K}.target.demo-models,`);
      return t.replace(`${K}.target.demo-models,${K}.demo.models,`, `${K}.target.demo-models,${K}.target.demo-models,`);
    });
    expect(errs).toContain(
      `${PAIRS}:${line} column "result_id" value "${K}.target.demo-models": is a target figure, not a result (actual)`,
    );
    expect(pairingErrors((t) => t.replace(`,${K}.demo.models,`, `,${K}.demo.modelz,`))[0]).toMatch(
      /column "result_id" value "kcqg-2014-2020\.demo\.modelz": unknown figure id$/,
    );
  });
  it('a transcribed target left out of the table', () => {
    const errs = pairingErrors((t) =>
      t
        .split('\n')
        .filter((l) => !l.startsWith(`${K}.target.production-lines,`))
        .join('\n'),
    );
    expect(errs).toEqual([
      `${PAIRS}:0 column "target_id" value "${K}.target.production-lines": a transcribed target is missing: list it, with its earlier result or the reason there is none`,
    ]);
  });
  it('a target without a result and without a reason', () => {
    let line = 0;
    const errs = pairingErrors((t) => {
      line = lineOf(t, `${K}.target.production-lines,`);
      return t.replace(/^(kcqg-2014-2020\.target\.production-lines),,.*$/m, '$1,,,');
    });
    expect(errs).toEqual([
      `${PAIRS}:${line} column "note_vi" value "": a target without a comparable result needs the reason, in both languages`,
    ]);
  });
});
