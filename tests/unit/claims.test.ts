/** Each chart's stated finding is a claim the data build checks: it holds now, and fails when the data stop supporting it. */
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../scripts/lib/pipeline.ts';
import { buildData } from '../../scripts/lib/build.ts';
import { CLAIMS, checkClaims } from '../../src/charts/claims.ts';
import { CHARTS } from '../../src/charts/registry.ts';
import type { Figure } from '../../src/lib/schema.ts';
import { dataFixture } from '../helpers/fixture.ts';

let figures: Figure[];
let pr: ReturnType<typeof runPipeline>;
beforeAll(() => {
  pr = runPipeline(dataFixture().root);
  figures = pr.figures;
});
/** The claims' results with some figures' values replaced. */
const withValues = (patch: Record<string, number>) =>
  checkClaims(figures.map((f) => (f.id in patch ? { ...f, value: patch[f.id]! } : f)));
const failing = (patch: Record<string, number>) =>
  withValues(patch)
    .filter((c) => !c.pass)
    .map((c) => c.chart);

describe('chart claims', () => {
  it('every chart has a claim, and every claim a chart', () => {
    expect(Object.keys(CLAIMS).sort()).toEqual(CHARTS.map((c) => c.id).sort());
  });
  it('every claim holds on the data', () => {
    expect(checkClaims(figures).filter((c) => !c.pass)).toEqual([]);
  });
  it('each fails when the data stop supporting its title', () => {
    expect(failing({ 'nd45-2013-2022.demo.funding.share': 48 })).toEqual(['kinh-phi-theo-hoat-dong']);
    expect(failing({ 'kcqg-2014-2020.funding.kcdp': 700e9 })).toEqual(['kcqg-kcdp-2014-2020']);
    expect(failing({ 'kcqg-2014-2020.region.southeast.amount': 400e9 })).toEqual(['kinh-phi-theo-vung-2014-2020']);
    expect(failing({ 'derived.kcqg-2014-2020.region.mekong-delta.avg-per-province': 18e9 })).toEqual([
      'binh-quan-moi-tinh-theo-vung',
    ]);
    expect(failing({ 'derived.kcqg-2014-2020.funding-index.2020.change': -3 })).toEqual(['chi-so-kinh-phi-2014-2020']);
    expect(failing({ 'north-2023.funding.2023h1.total.vs-plan': 34 })).toEqual(['phia-bac-2022-2023']);
    expect(failing({ 'derived.tra-vinh-2016-2020.machinery.funding.share': 49.9 })).toEqual(['tra-vinh-2016-2020']);
    expect(failing({ 'kcqg-2014-2020.province.lam-dong.amount': 120e9 })).toEqual(['tinh-co-kinh-phi-duoc-neu']);
    expect(failing({ 'derived.nd45-2013-2022.products.provincial-to-national.times': 1.2 })).toEqual([
      'san-pham-tieu-bieu-theo-cap',
    ]);
  });
  it('the targets-against-results titles fail when their figures stop supporting them', () => {
    const K = 'kcqg-2014-2020';
    // "training reached only N% of its target": not if it had reached half
    expect(failing({ [`${K}.training.workers.achievement`]: 55 })).toEqual(['ket-qua-so-voi-muc-tieu-2014-2020']);
    // "… while demonstration models, technology transfer and fairs exceeded theirs"
    expect(failing({ [`${K}.demo.tech-transfer-facilities.excess-over-target`]: -4 })).toEqual([
      'ket-qua-so-voi-muc-tieu-2014-2020',
    ]);
    // "more demonstration models and trademarks … but fewer trained workers"
    expect(failing({ [`derived.${K}.target.training.workers.vs-earlier-result`]: 1.2 })).toEqual([
      'muc-tieu-2021-2025',
    ]);
    expect(failing({ [`derived.${K}.target.trademark.facilities.vs-earlier-result`]: 0.9 })).toEqual([
      'muc-tieu-2021-2025',
    ]);
  });
  it('a missing figure fails its claim with a message', () => {
    const r = checkClaims(figures.filter((f) => f.id !== 'north-2023.funding.2023h1.total.vs-plan'));
    expect(r.find((c) => c.chart === 'phia-bac-2022-2023')).toEqual({
      chart: 'phia-bac-2022-2023',
      pass: false,
      message: 'claim: unknown figure "north-2023.funding.2023h1.total.vs-plan"',
    });
  });
});

/** The parts of the pages' SiteData the chart builders read, from the pipeline's output. */
/** What the data build says when it fails on a data folder ('' when it builds). */
function buildMessage(root: string): string {
  try {
    buildData(root);
  } catch (e) {
    return (e as Error).message;
  }
  return '';
}

function siteOf(): Parameters<(typeof CHARTS)[number]['build']>[0] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const need =
    <T>(m: Map<string, T>) =>
    (k: string) =>
      m.get(k)!;
  return {
    figures,
    fig: need(byId),
    sources: pr.ref.sources,
    source: need(new Map(pr.ref.sources.map((s) => [s.id, s]))),
    regions: pr.ref.regions,
    region: need(new Map(pr.ref.regions.map((x) => [x.code, x]))),
    provinces: pr.ref.provinces,
    province: need(new Map(pr.ref.provinces.map((x) => [x.slug, x]))),
  } as unknown as Parameters<(typeof CHARTS)[number]['build']>[0];
}

describe('numbers in chart titles are derived figures with formulas', () => {
  it('each title number comes from a derived figure the chart lists and downloads', () => {
    const site = siteOf();
    const cases: [string, string, string][] = [
      ['tinh-co-kinh-phi-duoc-neu', 'derived.kcqg-2014-2020.province.ha-noi-to-can-tho.times', 'gấp hơn 30 lần'],
      [
        'san-pham-tieu-bieu-theo-cap',
        'derived.nd45-2013-2022.products.provincial-to-national.times',
        'Cứ khoảng 11 sản phẩm',
      ],
      ['chi-so-kinh-phi-2014-2020', 'derived.kcqg-2014-2020.funding-index.2020.change', 'khoảng 72%'],
      ['tra-vinh-2016-2020', 'derived.tra-vinh-2016-2020.machinery.funding.share', 'hơn một nửa'],
      [
        'kinh-phi-theo-vung-2014-2020',
        'derived.kcqg-2014-2020.region.unassigned.share',
        '16% không được báo cáo phân bổ',
      ],
    ];
    for (const [id, fid, words] of cases) {
      const m = CHARTS.find((c) => c.id === id)!.build(site, 'vi', 720);
      expect(m.figureIds, id).toContain(fid);
      expect(
        m.csv.map((row) => row.id),
        id,
      ).toContain(fid);
      expect(m.title, id).toContain(words);
    }
  });
  const d = (id: string) => figures.find((f) => f.id === id)!;
  it('Hanoi against Can Tho, provincial against national products, the 2014→2020 rise, machinery’s share in Trà Vinh', () => {
    expect(d('derived.kcqg-2014-2020.province.ha-noi-to-can-tho.times')).toMatchObject({
      derived: true,
      value: 30.66,
      formula: 'kcqg-2014-2020.province.ha-noi.amount / kcqg-2014-2020.province.can-tho.amount',
    });
    expect(d('derived.nd45-2013-2022.products.provincial-to-national.times').value).toBe(11.16);
    expect(d('derived.kcqg-2014-2020.funding-index.2020.change')).toMatchObject({ metric: 'change.rate', sign: '+' });
    expect(d('derived.tra-vinh-2016-2020.machinery.funding.share').value).toBe(56.66);
  });
  it('the regional averages’ benchmark is the regional money over all provinces, not the stated national average', () => {
    // (363,31 + 246,69 + 323,12 + 126,95 + 183,88 + 220,11) / 63 = 23,239… tỷ
    expect(d('derived.kcqg-2014-2020.region.all.avg-per-province').value).toBe(23239000000);
    const chart = CHARTS.find((c) => c.id === 'binh-quan-moi-tinh-theo-vung')!;
    const site = siteOf();
    for (const lang of ['vi', 'en'] as const) {
      const m = chart.build(site, lang, 720);
      expect(m.figureIds).toContain('derived.kcqg-2014-2020.region.all.avg-per-province');
      expect(m.figureIds).toContain('kcqg-2014-2020.funding.avg-per-province');
      expect(m.subtitle).toContain(lang === 'vi' ? 'không phân bổ cho vùng nào' : 'assigned to no region');
      // both reference lines are drawn: the derived benchmark and the stated national average
      expect(m.views[0]!.svg).toContain(lang === 'vi' ? '6 vùng 23,24*' : '6 regions 23.24*');
      expect(m.views[0]!.svg).toContain(lang === 'vi' ? 'báo cáo: 27,58' : 'report: 27.58');
    }
  });
});

describe('the data build checks the claims', () => {
  it('fails when a corrected target makes "fewer trained workers" false (through the derived multiple)', () => {
    const fx = dataFixture();
    fx.edit('data/raw/kcqg-2014-2020.csv', (t) =>
      t.replace(',target,,,10.000,lao dong,946,', ',target,,,20.000,lao dong,946,'),
    );
    const message = buildMessage(fx.root);
    expect(message).toContain('src/charts/claims.ts:0 column "muc-tieu-2021-2025": chart title no longer supported');
    expect(message).toContain('training.workers 1.09 (must be below 1)');
  });
  it('fails when a figure changes so that a title no longer holds', () => {
    const fx = dataFixture();
    fx.edit('data/raw/north-2023.csv', (t) => t.replace(',"30,02",%,23,', ',"34,02",%,23,'));
    const message = buildMessage(fx.root);
    expect(message).toContain(
      'src/charts/claims.ts:0 column "phia-bac-2022-2023": chart title no longer supported by the data: first half 2023: 34.02% of the year plan (must be under 33.3%)',
    );
  });
});

// ---- Issue 14, parts 2 and 4: plans against execution; change between two reports.
describe('claims of the plan and change charts', () => {
  it('each fails when the data stop supporting its title, and only its own', () => {
    // Local programmes meet more of their 2022 plan than the national one.
    expect(failing({ 'north-2023.funding.2022.kcdp.vs-plan': 99 })).toEqual(['ke-hoach-va-thuc-hien']);
    // First half of 2023: local ahead of national.
    expect(failing({ 'north-2023.funding.2023h1.kcdp.vs-plan': 45 })).toEqual(['ke-hoach-va-thuc-hien']);
    // Field staff fall by a tenth, not nearly a quarter.
    expect(failing({ 'derived.nd45-2013-2022.staff.field.change-since-2020.rate': -10 })).toEqual([
      'can-bo-trung-tam-2020-2022',
    ]);
    // Another group falls by more persons than the field staff.
    expect(failing({ 'derived.nd45-2013-2022.staff.contract.change-since-2020': -200 })).toEqual([
      'can-bo-trung-tam-2020-2022',
    ]);
    // The longer period reports fewer national products than the shorter one inside it.
    expect(failing({ 'kcqg-2014-2020.products.national-products': 600 })).toEqual(['san-pham-tieu-bieu-hai-giai-doan']);
    // The ten-year yearly average is not below the seven-year one.
    expect(failing({ 'nd45-2013-2022.funding.national.avg_per_year': 107.6e9 })).toEqual(['kcqg-binh-quan-moi-nam']);
  });
  it('a changed transcription reaches a title through the derived change', () => {
    const fx = dataFixture();
    // 2022 field staff 535 → 635: a fall of under a tenth.
    fx.edit('data/raw/nd45-2013-2022.csv', (t) => t.replace(/,535,người,13,/, ',635,người,13,'));
    const message = buildMessage(fx.root);
    expect(message).toContain('column "can-bo-trung-tam-2020-2022": chart title no longer supported by the data');
  });
});
