/**
 * Figures computed in code from transcribed rows. Every one is marked `derived: true`, names
 * the ids it comes from in `formula`, and keeps the source of its inputs, so a reader can redo
 * the arithmetic. Nothing here fills a gap the reports leave with a guess: only arithmetic the
 * stated figures fully determine.
 */
import type { Figure } from '../../src/lib/schema.ts';
import { type Reference, regionKeys } from './reference.ts';
import { STAFF_KEY_2020, type StaffKey2022 } from '../../src/lib/staff-pairs.ts';

export class FigureIndex {
  private readonly byId = new Map<string, Figure>();
  constructor(figures: readonly Figure[]) {
    for (const f of figures) this.byId.set(f.id, f);
  }
  get(id: string): Figure {
    const f = this.byId.get(id);
    if (!f) throw new Error(`derive/cross-check: figure "${id}" is missing from the transcription`);
    return f;
  }
  has(id: string): boolean {
    return this.byId.has(id);
  }
}

/** The activities Trà Vinh's 2016–2020 report funds, as its figure ids name them (`tra-vinh-2016-2020.<activity>`). */
export const TRA_VINH_ACTIVITIES = [
  'training.funding',
  'management.funding',
  'study-tour.funding',
  'machinery.funding',
  'fair.kcqg.funding',
  'fair.kcdp.funding',
  'award.funding',
  'conference.funding',
  'media.funding',
  'cleaner-production.funding',
  'consulting.funding',
] as const;

/** Round to a fixed number of decimals for display of derived values (the inputs stay exact). */
const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

/** Metrics whose values may be negative: their derived rows carry the sign of their value. */
let signedMetrics = new Set<string>();

function derived(
  base: Figure,
  patch: Partial<Figure> & Pick<Figure, 'id' | 'value' | 'formula' | 'label_vi' | 'label_en'>,
): Figure {
  const f: Figure = {
    ...base,
    qualifier: '',
    line: 0,
    as_written: '',
    unit_as_written: '',
    note: '',
    notes: [],
    derived: true,
    ...patch,
  };
  f.sign = signedMetrics.has(f.metric) ? (f.value < 0 ? '-' : '+') : '';
  return f;
}

/**
 * The years a longer period covers and a shorter one inside it does not (2013–2022 against
 * 2014–2020: 2013, 2021, 2022), as a period label ("2013,2021,2022"). A figure about those
 * years alone keeps the longer period's first and last year, and this label says which years
 * between them it covers: "2013–2022" alone would claim all ten.
 */
export function yearsOutside(longer: Figure, shorter: Figure): string {
  const years: number[] = [];
  for (let y = longer.period_start; y <= longer.period_end; y++)
    if (y < shorter.period_start || y > shorter.period_end) years.push(y);
  return years.join(',');
}

export function deriveFigures(figures: readonly Figure[], ref: Reference): Figure[] {
  const ix = new FigureIndex(figures);
  const out: Figure[] = [];
  const K = 'kcqg-2014-2020';
  signedMetrics = new Set(ref.metrics.filter((m) => m.sign_rule === 'signed').map((m) => m.metric));

  // 1. Funding index 2014 = 100 from the stated yearly growth rates (kcqg §IV.1.d).
  let index = 100;
  const base = ix.get(`${K}.assess.budget-growth.2015`);
  out.push(
    derived(base, {
      id: `derived.${K}.funding-index.2014`,
      metric: 'funding.index',
      unit: 'index',
      value: 100,
      period_start: 2014,
      period_end: 2014,
      label_vi: 'Chỉ số kinh phí khuyến công (2014 = 100)',
      label_en: 'Khuyến công funding index (2014 = 100)',
      formula: 'base year = 100',
    }),
  );
  for (let y = 2015; y <= 2020; y++) {
    const g = ix.get(`${K}.assess.budget-growth.${y}`);
    index = index * (1 + g.value / 100);
    out.push(
      derived(g, {
        id: `derived.${K}.funding-index.${y}`,
        metric: 'funding.index',
        unit: 'index',
        value: round(index, 2),
        period_start: y,
        period_end: y,
        label_vi: `Chỉ số kinh phí khuyến công năm ${y} (2014 = 100)`,
        label_en: `Khuyến công funding index ${y} (2014 = 100)`,
        formula: `index ${y - 1} × (1 + ${g.id} / 100)`,
      }),
    );
  }

  // 2. The part of the 2014–2020 total the report assigns to no region.
  const total = ix.get(`${K}.funding.total-plan`);
  const regions = regionKeys(figures, ref.regions, K);
  const regionIds = regions.map((r) => `${K}.region.${r.key}.amount`);
  const sumRegions = regionIds.reduce((s, id) => s + ix.get(id).value, 0);
  out.push(
    derived(total, {
      id: `derived.${K}.region.unassigned.amount`,
      metric: 'funding.amount',
      geo: 'VN',
      geo_kind: 'country',
      value: total.value - sumRegions,
      label_vi: 'Phần kinh phí 2014–2020 báo cáo không phân bổ cho vùng nào',
      label_en: 'Part of 2014–2020 funding the report assigns to no region',
      formula: `${total.id} − (${regionIds.join(' + ')})`,
    }),
  );
  out.push(
    derived(total, {
      id: `derived.${K}.region.unassigned.share`,
      metric: 'funding.share',
      unit: 'percent',
      geo: 'VN',
      geo_kind: 'country',
      value: round(((total.value - sumRegions) / total.value) * 100, 2),
      label_vi: 'Tỷ trọng kinh phí không phân bổ cho vùng',
      label_en: 'Share of funding assigned to no region',
      formula: `derived.${K}.region.unassigned.amount / ${total.id} × 100`,
    }),
  );

  // 3. Per-province averages the report does not state (Tây Nguyên, Mekong Delta).
  const provincesIn = (code: string) => ref.provinces.filter((p) => p.region_6 === code).length;
  for (const {
    key: slug,
    region: { code },
  } of regions.filter((r) => !ix.has(`${K}.region.${r.key}.avg-per-province`))) {
    const amount = ix.get(`${K}.region.${slug}.amount`);
    const n = provincesIn(code);
    out.push(
      derived(amount, {
        id: `derived.${K}.region.${slug}.avg-per-province`,
        metric: 'funding.avg_per_province',
        value: Math.round(amount.value / n / 1e6) * 1e6,
        label_vi: `Kinh phí bình quân mỗi tỉnh, ${code}`,
        label_en: `Average funding per province, ${code}`,
        formula: `${amount.id} / ${n} provinces (data/reference/provinces.csv), to the nearest million đồng`,
      }),
    );
  }

  // 4. Trà Vinh's local (KCĐP) money: the total less the national part.
  const tvTotal = ix.get('tra-vinh-2016-2020.funding.total');
  const tvNational = ix.get('tra-vinh-2016-2020.funding.kcqg');
  out.push(
    derived(tvTotal, {
      id: 'derived.tra-vinh-2016-2020.funding.kcdp',
      programme: 'KCDP',
      value: tvTotal.value - tvNational.value,
      label_vi: 'Kinh phí khuyến công địa phương, Trà Vinh 2016–2020',
      label_en: 'Local programme funding, Trà Vinh 2016–2020',
      formula: `${tvTotal.id} − ${tvNational.id}`,
    }),
  );

  // 5. The northern provinces' 2022 plan, implied by the 2022 results and their rate of achievement.
  for (const p of ['total', 'kcqg', 'kcdp'] as const) {
    const amount = ix.get(`north-2023.funding.2022.${p}`);
    const rate = ix.get(`north-2023.funding.2022.${p}.vs-plan`);
    out.push(
      derived(amount, {
        id: `derived.north-2023.funding.2022.${p}.plan`,
        status: 'plan',
        value: Math.round(amount.value / (rate.value / 100) / 1e6) * 1e6,
        label_vi: `Kế hoạch kinh phí năm 2022 suy ra (${amount.programme})`,
        label_en: `Implied 2022 funding plan (${amount.programme})`,
        formula: `${amount.id} / (${rate.id} / 100), to the nearest million đồng`,
      }),
    );
  }
  // 6. The six regions together: their sum, its share of the stated total, and the average per
  //    province over the regional money alone (the benchmark that matches the regional averages,
  //    which leave out the part assigned to no region).
  out.push(
    derived(total, {
      id: `derived.${K}.region.sum.amount`,
      geo: 'VN',
      geo_kind: 'country',
      value: sumRegions,
      label_vi: 'Tổng kinh phí của sáu vùng',
      label_en: 'Sum of the six regions’ funding',
      formula: regionIds.join(' + '),
    }),
  );
  out.push(
    derived(total, {
      id: `derived.${K}.region.sum.share`,
      metric: 'funding.share',
      unit: 'percent',
      geo: 'VN',
      geo_kind: 'country',
      value: round((sumRegions / total.value) * 100, 2),
      label_vi: 'Tỷ trọng của sáu vùng trong tổng kinh phí báo cáo nêu',
      label_en: 'The six regions’ share of the stated total',
      formula: `derived.${K}.region.sum.amount / ${total.id} × 100`,
    }),
  );
  out.push(
    derived(total, {
      id: `derived.${K}.region.all.avg-per-province`,
      metric: 'funding.avg_per_province',
      geo: 'VN',
      geo_kind: 'country',
      value: Math.round(sumRegions / ref.provinces.length / 1e6) * 1e6,
      label_vi: 'Kinh phí bình quân mỗi tỉnh, chỉ tính tiền đã phân bổ cho vùng',
      label_en: 'Average per province over the money assigned to regions only',
      formula: `derived.${K}.region.sum.amount / ${ref.provinces.length} provinces, to the nearest million đồng`,
    }),
  );

  // 7. Means of the six stated yearly growth rates, to set against the stated average.
  const rates = [2015, 2016, 2017, 2018, 2019, 2020].map((y) => ix.get(`${K}.assess.budget-growth.${y}`));
  const avgRate = ix.get(`${K}.assess.budget-growth.average`);
  out.push(
    derived(avgRate, {
      id: `derived.${K}.assess.budget-growth.mean`,
      value: round(rates.reduce((a, r) => a + r.value, 0) / rates.length, 2),
      label_vi: 'Trung bình cộng sáu tốc độ tăng kinh phí hằng năm',
      label_en: 'Arithmetic mean of the six yearly funding growth rates',
      formula: `(${rates.map((r) => r.id).join(' + ')}) / 6`,
    }),
  );
  out.push(
    derived(avgRate, {
      id: `derived.${K}.assess.budget-growth.compound`,
      value: round((rates.reduce((p, r) => p * (1 + r.value / 100), 1) ** (1 / 6) - 1) * 100, 2),
      label_vi: 'Tốc độ tăng bình quân nhân (kép) của sáu năm',
      label_en: 'Compound (geometric) mean of the six yearly growth rates',
      formula: `(Π (1 + rate / 100))^(1/6) − 1 over ${rates.map((r) => r.id).join(', ')}`,
    }),
  );

  // 8. The 2014–2020 total per year, over seven calendar years and over the "six years" the text says.
  for (const years of [7, 6]) {
    out.push(
      derived(total, {
        id: `derived.${K}.funding.total-plan.per-year-${years}`,
        metric: 'funding.avg_per_year',
        value: Math.round(total.value / years / 1e6) * 1e6,
        label_vi: `Tổng kinh phí 2014–2020 chia cho ${years} năm`,
        label_en: `The 2014–2020 total divided by ${years} years`,
        formula: `${total.id} / ${years}, to the nearest million đồng`,
      }),
    );
  }

  // 9. Counterpart money per đồng of state budget.
  const counterpart = ix.get(`${K}.funding.counterpart`);
  out.push(
    derived(counterpart, {
      id: `derived.${K}.funding.leverage`,
      metric: 'funding.leverage_ratio',
      unit: 'ratio',
      programme: 'ALL',
      value: round(counterpart.value / total.value, 2),
      label_vi: 'Vốn đối ứng trên mỗi đồng kinh phí khuyến công',
      label_en: 'Counterpart money per đồng of khuyến công funding',
      formula: `${counterpart.id} / ${total.id}`,
    }),
  );

  // 10. The ten-year review's field staff per centre.
  const N = 'nd45-2013-2022';
  const field = ix.get(`${N}.staff.field`);
  const centres = ix.get(`${N}.org.provinces_with_centre`);
  out.push(
    derived(field, {
      id: `derived.${N}.staff.field.avg_per_centre`,
      metric: 'staff.avg_per_centre',
      value: round(field.value / centres.value, 2),
      label_vi: 'Cán bộ trực tiếp triển khai bình quân mỗi Trung tâm, tính lại',
      label_en: 'Field staff per centre, recomputed',
      formula: `${field.id} / ${centres.id}`,
    }),
  );
  // The ten-year total implied by the local amount and its share.
  const local = ix.get(`${N}.funding.local.total`);
  const localShare = ix.get(`${N}.funding.local.share`);
  out.push(
    derived(local, {
      id: `derived.${N}.funding.total`,
      programme: 'ALL',
      value: Math.round(local.value / (localShare.value / 100) / 1e9) * 1e9,
      label_vi: 'Tổng kinh phí khuyến công 10 năm suy ra từ phần địa phương và tỷ trọng của nó',
      label_en: 'Ten-year total implied by the local amount and its share',
      formula: `${local.id} / (${localShare.id} / 100), to the nearest billion đồng`,
    }),
  );

  out.push(
    derived(local, {
      id: `derived.${N}.funding.kcqg`,
      programme: 'KCQG',
      value: out[out.length - 1]!.value - local.value,
      label_vi: 'Kinh phí khuyến công quốc gia 10 năm suy ra (tổng suy ra trừ phần địa phương)',
      label_en: 'Ten-year national-programme funding implied (implied total less the local part)',
      formula: `derived.${N}.funding.total − ${local.id}`,
    }),
  );

  // 11. The northern 2023 plan against the implied 2022 plan (signed: a fall is negative).
  const plan2023 = ix.get('north-2023.funding.2023.plan.total');
  const plan2022 = out.find((f) => f.id === 'derived.north-2023.funding.2022.total.plan')!;
  out.push(
    derived(ix.get('north-2023.funding.2023.plan.total.change-vs-2022-plan'), {
      id: 'derived.north-2023.funding.2023.plan.change-vs-2022-plan',
      value: round(((plan2023.value - plan2022.value) / plan2022.value) * 100, 2),
      label_vi: 'Thay đổi của kế hoạch 2023 so với kế hoạch 2022 suy ra',
      label_en: 'Change of the 2023 plan against the implied 2022 plan',
      formula: `(${plan2023.id} − ${plan2022.id}) / ${plan2022.id} × 100`,
    }),
  );

  // 12. Trà Vinh: what its activities add up to, and the gap to the stated total.
  const T = 'tra-vinh-2016-2020';
  const acts = TRA_VINH_ACTIVITIES.map((a) => ix.get(`${T}.${a}`));
  const actSum = acts.reduce((s, f) => s + f.value, 0);
  out.push(
    derived(tvTotal, {
      id: `derived.${T}.funding.activities-sum`,
      value: actSum,
      label_vi: 'Tổng kinh phí các hoạt động báo cáo liệt kê',
      label_en: 'Sum of the activities the report lists',
      formula: acts.map((f) => f.id).join(' + '),
    }),
  );
  out.push(
    derived(tvTotal, {
      id: `derived.${T}.funding.activities-gap`,
      value: tvTotal.value - actSum,
      label_vi: 'Phần tổng kinh phí không có trong hoạt động nào',
      label_en: 'Part of the total in no listed activity',
      formula: `${tvTotal.id} − derived.${T}.funding.activities-sum`,
    }),
  );

  // 13. Numbers stated in chart titles: each is a figure with its formula.
  const machinery = ix.get(`${T}.machinery.funding`);
  out.push(
    derived(machinery, {
      id: `derived.${T}.machinery.funding.share`,
      metric: 'funding.share',
      unit: 'percent',
      value: round((machinery.value / tvTotal.value) * 100, 2),
      label_vi: 'Tỷ trọng kinh phí máy móc thiết bị trong tổng kinh phí Trà Vinh',
      label_en: 'Machinery’s share of Trà Vinh’s total',
      formula: `${machinery.id} / ${tvTotal.id} × 100`,
    }),
  );
  const haNoi = ix.get(`${K}.province.ha-noi.amount`);
  const canTho = ix.get(`${K}.province.can-tho.amount`);
  out.push(
    derived(haNoi, {
      id: `derived.${K}.province.ha-noi-to-can-tho.times`,
      metric: 'comparison.times',
      unit: 'ratio',
      geo: 'VN',
      geo_kind: 'country',
      value: round(haNoi.value / canTho.value, 2),
      label_vi: 'Kinh phí Hà Nội gấp bao nhiêu lần Cần Thơ, 2014–2020',
      label_en: 'Hanoi’s funding as a multiple of Can Tho’s, 2014–2020',
      formula: `${haNoi.id} / ${canTho.id}`,
    }),
  );
  const provincial = ix.get(`${N}.products.provincial`);
  const national = ix.get(`${N}.products.national`);
  out.push(
    derived(provincial, {
      id: `derived.${N}.products.provincial-to-national.times`,
      metric: 'comparison.times',
      unit: 'ratio',
      programme: 'ALL',
      value: round(provincial.value / national.value, 2),
      label_vi: 'Số sản phẩm tiêu biểu cấp tỉnh gấp bao nhiêu lần cấp quốc gia',
      label_en: 'Provincial outstanding products as a multiple of national ones',
      formula: `${provincial.id} / ${national.id}`,
    }),
  );
  const idx2020 = out.find((f) => f.id === `derived.${K}.funding-index.2020`)!;
  out.push(
    derived(idx2020, {
      id: `derived.${K}.funding-index.2020.change`,
      metric: 'change.rate',
      unit: 'percent',
      period_start: 2014,
      period_end: 2020,
      value: round(idx2020.value - 100, 2),
      label_vi: 'Mức tăng kinh phí 2020 so với 2014 theo các tốc độ tăng báo cáo nêu',
      label_en: 'Rise of 2020 funding over 2014 by the stated growth rates',
      formula: `${idx2020.id} − 100`,
    }),
  );
  // ---- Plans against execution, and change between two reports (issue 14).
  // Each figure below is either a plan implied by an outcome and its stated rate, or the
  // difference between two reports' figures for the same quantity, after checking that the
  // metric, scope and kind of period match (the data notes in cross-checks.ts say how).

  // The KCQG budget Decision 1288 foresaw is implied with the 2014–2020 targets below
  // (deriveTargetsAgainstResults: derived.<kcqg funding>.implied-target), one home for it.
  // 14. The northern consulting units' 2023 revenue plan, implied by the first half and its rate.
  {
    const h1 = ix.get('north-2023.consulting.2023h1.revenue');
    const rate = ix.get('north-2023.consulting.2023h1.revenue.vs-plan');
    out.push(
      derived(h1, {
        id: 'derived.north-2023.consulting.2023.plan.revenue',
        status: 'plan',
        period_label: '',
        value: Math.round(h1.value / (rate.value / 100) / 1e6) * 1e6,
        label_vi: 'Kế hoạch doanh thu tư vấn năm 2023 suy ra',
        label_en: 'Implied 2023 consulting revenue plan',
        formula: `${h1.id} / (${rate.id} / 100), to the nearest million đồng`,
      }),
    );
  }
  // 15. Centre staff in 2020 (programme report) and 2022 (ten-year review): the same headcounts,
  //      in the same words, of the same 63 provincial centres, at two dates. The 2020 report says
  //      "biên chế" (established posts) where the 2022 one says "viên chức" (public employees):
  //      in both it is the staff who are not on contract, so the pair is kept, with its label.
  const STAFF_LABELS: Record<StaffKey2022, [string, string]> = {
    total: ['Tổng số cán bộ', 'All staff'],
    civil_servants: ['Biên chế (2020) / viên chức (2022)', 'Established posts (2020) / public employees (2022)'],
    contract: ['Lao động hợp đồng', 'Contract staff'],
    postgraduate: ['Trình độ trên đại học', 'Postgraduate'],
    university: ['Trình độ đại học, cao đẳng', 'University or college'],
    vocational: ['Trình độ trung, sơ cấp, công nhân kỹ thuật', 'Vocational or technical'],
    field: ['Cán bộ trực tiếp triển khai đến cơ sở', 'Field staff'],
  };
  for (const [k2022, k2020] of Object.entries(STAFF_KEY_2020) as [StaffKey2022, string][]) {
    const [vi, en] = STAFF_LABELS[k2022];
    const a = ix.get(`${K}.staff.${k2020}`);
    const b = ix.get(`${N}.staff.${k2022}`);
    const id = `derived.${N}.staff.${k2022}.change-since-2020`;
    out.push(
      derived(b, {
        id,
        metric: 'staff.change',
        period_start: a.period_end,
        period_end: b.period_end,
        value: b.value - a.value,
        label_vi: `${vi}: thay đổi 2020–2022`,
        label_en: `${en}: change 2020–2022`,
        formula: `${b.id} − ${a.id}`,
      }),
    );
    out.push(
      derived(b, {
        id: `${id}.rate`,
        metric: 'change.rate',
        unit: 'percent',
        period_start: a.period_end,
        period_end: b.period_end,
        value: round(((b.value - a.value) / a.value) * 100, 2),
        label_vi: `${vi}: thay đổi 2020–2022, %`,
        label_en: `${en}: change 2020–2022, %`,
        formula: `(${b.id} − ${a.id}) / ${a.id} × 100`,
      }),
    );
  }
  // 16. Products honoured at regional and national level: 2014–2020 (programme report) and
  //      2013–2022 (ten-year review). These are totals over periods, the shorter inside the
  //      longer, not counts at two dates: their difference is what the years only the ten-year
  //      review covers (2013, 2021, 2022) add, if both reports count alike. Not a growth rate.
  for (const [kK, kN, vi, en] of [
    ['regional-products', 'regional', 'cấp khu vực', 'regional'],
    ['national-products', 'national', 'cấp quốc gia', 'national'],
  ] as const) {
    const a = ix.get(`${K}.products.${kK}`);
    const b = ix.get(`${N}.products.${kN}`);
    out.push(
      derived(b, {
        id: `derived.${N}.products.${kN}.beyond-2014-2020`,
        metric: 'product.awarded_difference',
        period_label: yearsOutside(b, a),
        value: b.value - a.value,
        label_vi: `Sản phẩm tiêu biểu ${vi}: 2013–2022 trừ 2014–2020 (các năm 2013, 2021, 2022)`,
        label_en: `Outstanding products, ${en}: 2013–2022 less 2014–2020 (the years 2013, 2021, 2022)`,
        formula: `${b.id} − ${a.id}`,
      }),
    );
  }
  // 17. The central (KCQG) budget per year: about 107,96 bn over 2014–2020 and about 104 bn over
  //      2013–2022. The periods share seven years, so the gap between the two averages is not a
  //      change from one period to the next; what the two imply is the average of the three years
  //      only the longer period has: (10 × the ten-year average − 7 × the seven-year one) / 3.
  {
    const seven = ix.get(`${K}.mgmt.mof.kcqg-annual-average`);
    const ten = ix.get(`${N}.funding.national.avg_per_year`);
    const years7 = seven.period_end - seven.period_start + 1;
    const years10 = ten.period_end - ten.period_start + 1;
    const extra = years10 - years7;
    out.push(
      derived(ten, {
        id: `derived.${N}.funding.national.avg_per_year.beyond-2014-2020`,
        qualifier: 'about',
        period_label: yearsOutside(ten, seven),
        value: Math.round((years10 * ten.value - years7 * seven.value) / extra / 1e9) * 1e9,
        label_vi: 'Kinh phí KCQG bình quân mỗi năm của ba năm 2013, 2021, 2022, suy ra',
        label_en: 'KCQG funding per year over 2013, 2021 and 2022, implied',
        formula: `(${years10} × ${ten.id} − ${years7} × ${seven.id}) / ${extra}, to the nearest billion đồng (the ten-year average is “about”)`,
      }),
    );
  }

  out.push(...deriveTargetsAgainstResults(ix, ref));
  return out;
}

// ════ Targets against results (issue 14, parts 1 and 3) ════════════════════════════════════
// Kept in one block so that other derived sections can be added around it without conflict.

/** A label's first letter in lower case, to follow a colon ("… suy ra: lao động được …"). */
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
const span = (f: Figure) =>
  f.period_start === f.period_end ? `${f.period_start}` : `${f.period_start}–${f.period_end}`;

/**
 * The stated 2014–2020 results that the report measures against the period targets of Decision
 * 1288/QĐ-TTg, each with its stated rate. The report never states the targets themselves.
 */
const K14 = 'kcqg-2014-2020';
export const RATED_RESULTS: readonly { result: string; rate: string }[] = [
  { result: `${K14}.training.workers`, rate: `${K14}.training.workers.achievement` },
  { result: `${K14}.mgmt-training.trainees`, rate: `${K14}.mgmt-training.trainees.achievement` },
  { result: `${K14}.demo.models`, rate: `${K14}.demo.models.excess-over-target` },
  { result: `${K14}.demo.tech-transfer-facilities`, rate: `${K14}.demo.tech-transfer-facilities.excess-over-target` },
  { result: `${K14}.products.fair-participations`, rate: `${K14}.products.fair-participations.excess-over-target` },
  { result: `${K14}.funding.kcqg`, rate: `${K14}.funding.kcqg.vs-1288-plan` },
];

function deriveTargetsAgainstResults(ix: FigureIndex, ref: Reference): Figure[] {
  const out: Figure[] = [];
  // 18. The implied 2014–2020 targets. An achievement rate is result / target × 100, so the
  //      target is result / (rate / 100); an excess over target is (result / target − 1) × 100,
  //      so the target is result / (1 + excess / 100). The inputs stay exact; the target is
  //      rounded to the unit it counts (a whole number, or a million đồng for money) and marked
  //      "about", because the rates are themselves rounded (to two decimals, or "nearly 200%").
  //      The money row (KCQG funding against the amount Decision 1288 foresaw) is a plan, not a target.
  for (const { result: resultId, rate: rateId } of RATED_RESULTS) {
    const result = ix.get(resultId);
    const rate = ix.get(rateId);
    const excess = rate.metric === 'achievement.excess_over_target';
    if (!excess && rate.metric !== 'achievement.rate')
      throw new Error(`derive: ${rate.id} is ${rate.metric}, not an achievement rate or an excess over target`);
    const factor = excess ? 1 + rate.value / 100 : rate.value / 100;
    const money = result.unit === 'vnd';
    const value = money ? Math.round(result.value / factor / 1e6) * 1e6 : Math.round(result.value / factor);
    out.push(
      derived(result, {
        id: `derived.${result.id}.implied-target`,
        status: money ? 'plan' : 'target',
        qualifier: 'about',
        value,
        label_vi: money
          ? `Kinh phí KCQG dự kiến tại Quyết định 1288, suy ra (${span(result)})`
          : `Mục tiêu giai đoạn ${span(result)} suy ra: ${lowerFirst(result.label_vi)}`,
        label_en: money
          ? `KCQG funding foreseen in Decision 1288, implied (${span(result)})`
          : `Implied ${span(result)} target: ${lowerFirst(result.label_en)}`,
        formula: `${result.id} / (${excess ? `1 + ${rate.id} / 100` : `${rate.id} / 100`})${money ? ', to the nearest million đồng' : ', to the nearest whole number'}`,
      }),
    );
    // The result as a percentage of its target, so that every row sits on one scale: for an
    // excess over target that is 100 + the excess (the stated excess stays as stated).
    if (excess)
      out.push(
        derived(rate, {
          id: `derived.${rate.id}.as-achievement`,
          metric: 'achievement.rate',
          qualifier: rate.qualifier,
          value: round(100 + rate.value, 2),
          label_vi: `${rate.label_vi}, tính thành tỷ lệ đạt mục tiêu`,
          label_en: `${rate.label_en}, as a percentage of the target`,
          formula: `100 + ${rate.id}`,
        }),
      );
  }

  // 19. Each 2021–2025 target against the 2014–2020 result of the same quantity, as a multiple
  //      (data/reference/target-results.csv pairs them; scripts/lib/target-results.ts checks that
  //      a pair has one metric, programme, place and report). "About" when an input is approximate.
  for (const p of ref.targetResults) {
    if (!p.result_id) continue;
    const t = ix.get(p.target_id);
    const r = ix.get(p.result_id);
    out.push(
      derived(t, {
        id: `derived.${t.id}.vs-earlier-result`,
        metric: 'comparison.times',
        unit: 'ratio',
        qualifier: t.qualifier || r.qualifier ? 'about' : '',
        value: round(t.value / r.value, 2),
        label_vi: `Mục tiêu ${span(t)} so với kết quả ${span(r)} (số lần): ${lowerFirst(t.label_vi)}`,
        label_en: `${span(t)} target as a multiple of the ${span(r)} result: ${lowerFirst(t.label_en)}`,
        formula: `${t.id} / ${r.id}`,
      }),
    );
  }
  return out;
}
