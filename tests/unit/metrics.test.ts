/**
 * The metric catalogue: one key per real-world quantity, every row of every report mapped to it,
 * so that the same quantity in two reports has the same key; signs that mean what the words say.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline, type PipelineResult } from '../../scripts/lib/pipeline.ts';
import type { Figure, Metric } from '../../src/lib/schema.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeDownloads } from '../../scripts/lib/downloads.ts';
import { dataFixture, tempDir } from '../helpers/fixture.ts';

let r: PipelineResult;
beforeAll(() => {
  r = runPipeline(dataFixture().root);
});
const fig = (id: string) => r.figures.find((f) => f.id === id)!;

/** For each metric, the reports whose transcribed rows use it. */
function reportsByMetric(figures: readonly Figure[]): Map<string, string[]> {
  const m = new Map<string, Set<string>>();
  for (const f of figures.filter((x) => !x.derived)) {
    if (!m.has(f.metric)) m.set(f.metric, new Set());
    m.get(f.metric)!.add(f.source);
  }
  return new Map([...m].map(([k, v]) => [k, [...v].sort()]));
}
/** Pairs of keys the catalogue declares to be the same quantity, both of which are used. */
function equivalentBothUsed(metrics: readonly Metric[], figures: readonly Figure[]): string[] {
  const used = reportsByMetric(figures);
  return metrics
    .filter((m) => m.same_as && used.has(m.metric) && used.has(m.same_as))
    .map((m) => `${m.metric} = ${m.same_as}`);
}

describe('one key per quantity', () => {
  it('lists, for each metric, the reports that use it', () => {
    const byMetric = reportsByMetric(r.figures);
    const listing = [...byMetric].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}: ${v.join(', ')}`);
    console.log(`metrics and the reports using them:\n  ${listing.join('\n  ')}`);
    const K = 'kcqg-2014-2020';
    const N = 'nd45-2013-2022';
    const NO = 'north-2023';
    const T = 'tra-vinh-2016-2020';
    // The 2014–2020 report's machinery, fairs, consulting, brands, showrooms and managers share the
    // keys of the ten-year review and the northern report.
    expect(byMetric.get('machinery.facilities')).toEqual([K, N, NO]);
    expect(byMetric.get('fair.participations')).toEqual([K, N, NO]);
    expect(byMetric.get('consulting.facilities')).toEqual([K, N, T]);
    expect(byMetric.get('training.managers')).toEqual([K, N, NO, T]);
    expect(byMetric.get('brand.facilities')).toEqual([K, NO]);
    expect(byMetric.get('showroom.facilities')).toEqual([K, NO]);
    expect(byMetric.get('fair.attended')).toEqual([K, N, T]);
    expect(byMetric.get('product_vote.rounds')).toEqual([K, N, T]);
    expect(byMetric.get('cleaner_production.facilities')).toEqual([K, NO, T]);
    expect(byMetric.get('funding.counterpart_amount')).toEqual([K, NO]);
  });
  it('uses no key the catalogue declares the same quantity as another (retired keys)', () => {
    expect(equivalentBothUsed(r.ref.metrics, r.figures)).toEqual([]);
    const retired = r.ref.metrics.filter((m) => m.status === 'retired').map((m) => m.metric);
    expect(retired.length).toBeGreaterThan(0);
    expect(r.figures.filter((f) => retired.includes(f.metric)).map((f) => f.id)).toEqual([]);
  });
  it('would catch two equivalent keys both in use', () => {
    const one = r.figures.find((f) => f.metric === 'cleaner_production.facilities')!;
    const twin = { ...one, id: 'x.twin', metric: 'cleaner_production.assessments' };
    expect(equivalentBothUsed(r.ref.metrics, [...r.figures, twin])).toEqual([
      'cleaner_production.assessments = cleaner_production.facilities',
    ]);
  });
  it('documents every metric: kind, sign rule, what it counts and how it differs from its neighbours', () => {
    for (const m of r.ref.metrics) {
      expect(m.description.length, m.metric).toBeGreaterThan(10);
      expect(m.differs_from.length, m.metric).toBeGreaterThan(5);
    }
    const used = new Set(r.figures.map((f) => f.metric));
    for (const k of used) expect(r.ref.metrics.find((m) => m.metric === k)?.status, k).toBe('active');
  });
});

describe('what a value means', () => {
  it('a fall is negative: “thấp hơn 1,07%” is −1,07, with as_written kept and the sign recorded', () => {
    expect(fig('north-2023.funding.2023.plan.total.change-vs-2022-plan')).toMatchObject({
      metric: 'change.rate',
      as_written: '1,07',
      sign: '-',
      value: -1.07,
    });
    expect(fig('north-2023.funding.2023h1.total.change-vs-2022h1')).toMatchObject({
      metric: 'change.rate',
      as_written: '131,1',
      sign: '+',
      value: 131.1,
    });
    expect(fig('nd45-2013-2022.funding.national.2021.shortfall')).toMatchObject({
      metric: 'change.vs_average',
      sign: '-',
      value: -30,
    });
  });
  it('every signed metric’s rows say their direction; no other row carries a sign', () => {
    const signed = new Set(r.ref.metrics.filter((m) => m.sign_rule === 'signed').map((m) => m.metric));
    for (const f of r.figures) {
      if (signed.has(f.metric)) expect(['+', '-'], f.id).toContain(f.sign);
      else expect(f.sign, f.id).toBe('');
      if (!signed.has(f.metric)) expect(f.value, f.id).toBeGreaterThanOrEqual(0);
    }
  });
  it('counterpart money is not khuyến công funding', () => {
    expect(fig('kcqg-2014-2020.funding.counterpart').metric).toBe('funding.counterpart_amount');
    expect(fig('kcqg-2014-2020.assess.investment-mobilised').metric).toBe('funding.counterpart_amount');
    // No programme amount of the 2014–2020 report exceeds the programme's own total.
    const total = fig('kcqg-2014-2020.funding.total-plan').value;
    const over = r.figures.filter(
      (f) => f.metric === 'funding.amount' && f.source === 'kcqg-2014-2020' && f.value > total,
    );
    expect(over.map((f) => f.id)).toEqual([]);
  });
  it('a threshold is not an amount', () => {
    expect(fig('kcqg-2014-2020.province.low-funding-threshold')).toMatchObject({
      metric: 'funding.threshold',
      qualifier: 'under',
      value: 6e9,
    });
    expect(r.ref.metrics.find((m) => m.metric === 'funding.threshold')!.kind).toBe('threshold');
  });
  it('keeps each locator in both languages', () => {
    for (const f of r.figures.filter((x) => !x.derived)) {
      expect(f.locator_vi, f.id).not.toBe('');
      expect(f.locator_en, f.id).not.toBe('');
      expect(f.locator_vi, f.id).not.toMatch(/\bPart\b|footnote|staffing/);
    }
    for (const f of r.facts) expect(f.locator_vi, f.id).toMatch(/^(Phần|Mục|Mở đầu|Đoạn)/);
  });
});

describe('the downloads document every metric and the sign rule', () => {
  it('datapackage.json lists every active metric key and the sign values, and states the sign rule', () => {
    const dir = tempDir('kc-metrics-pkg-');
    writeDownloads(r, dir);
    const pkg = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
    const figures = pkg.resources.find((x: { name: string }) => x.name === 'figures');
    const field = (n: string) => figures.schema.fields.find((f: { name: string }) => f.name === n);
    const active = r.ref.metrics.filter((m) => m.status === 'active').map((m) => m.metric);
    expect(field('metric').constraints.enum).toEqual(active);
    for (const k of active) expect(field('metric').description).toContain(k);
    expect(field('sign').constraints.enum).toEqual(['', '+', '-']);
    expect(figures.description).toContain('Sign rule');
    expect(pkg.description).toContain('as_written "1,07" with sign "-" has value -1.07');
    const metricsCsv = readFileSync(join(dir, 'metrics.csv'), 'utf8').split('\n')[0];
    expect(metricsCsv).toBe('metric,unit,kind,sign_rule,label_vi,label_en,description,differs_from,status,same_as');
    const row = readFileSync(join(dir, 'figures.csv'), 'utf8')
      .split('\n')
      .find((l) => l.startsWith('north-2023.funding.2023.plan.total.change-vs-2022-plan,'))!;
    expect(row).toContain(',-,-1.07,percent,');
  });
});
