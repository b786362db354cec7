/**
 * Figures computed in code from transcribed rows. Every one is marked `derived: true`, names
 * the ids it comes from in `formula`, and keeps the source of its inputs, so a reader can redo
 * the arithmetic. Nothing here fills a gap the reports leave with a guess: only arithmetic the
 * stated figures fully determine.
 */
import type { Figure } from '../../src/lib/schema.ts';
import type { Reference } from './reference.ts';

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

/** Round to a fixed number of decimals for display of derived values (the inputs stay exact). */
const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

function derived(base: Figure, patch: Partial<Figure> & Pick<Figure, 'id' | 'value' | 'formula' | 'label_vi' | 'label_en'>): Figure {
  return {
    ...base,
    qualifier: '',
    line: 0,
    as_written: '',
    unit_as_written: '',
    note: '',
    derived: true,
    ...patch,
  };
}

export function deriveFigures(figures: readonly Figure[], ref: Reference): Figure[] {
  const ix = new FigureIndex(figures);
  const out: Figure[] = [];
  const K = 'kcqg-2014-2020';

  // 1. Funding index 2014 = 100 from the stated yearly growth rates (kcqg §IV.1.d).
  let index = 100;
  const base = ix.get(`${K}.assess.budget-growth.2015`);
  out.push(derived(base, {
    id: `derived.${K}.funding-index.2014`, metric: 'funding.index', unit: 'index', value: 100,
    period_start: 2014, period_end: 2014, label_vi: 'Chỉ số kinh phí khuyến công (2014 = 100)',
    label_en: 'Khuyến công funding index (2014 = 100)', formula: 'base year = 100',
  }));
  for (let y = 2015; y <= 2020; y++) {
    const g = ix.get(`${K}.assess.budget-growth.${y}`);
    index = index * (1 + g.value / 100);
    out.push(derived(g, {
      id: `derived.${K}.funding-index.${y}`, metric: 'funding.index', unit: 'index', value: round(index, 2),
      period_start: y, period_end: y, label_vi: `Chỉ số kinh phí khuyến công năm ${y} (2014 = 100)`,
      label_en: `Khuyến công funding index ${y} (2014 = 100)`,
      formula: `index ${y - 1} × (1 + ${g.id} / 100)`,
    }));
  }

  // 2. The part of the 2014–2020 total the report assigns to no region.
  const total = ix.get(`${K}.funding.total-plan`);
  const regionIds = ['red-river', 'northern-midlands', 'north-central-coast', 'central-highlands', 'southeast', 'mekong-delta']
    .map((r) => `${K}.region.${r}.amount`);
  const sumRegions = regionIds.reduce((s, id) => s + ix.get(id).value, 0);
  out.push(derived(total, {
    id: `derived.${K}.region.unassigned.amount`, metric: 'funding.amount', geo: 'VN', geo_kind: 'country',
    value: total.value - sumRegions,
    label_vi: 'Phần kinh phí 2014–2020 báo cáo không phân bổ cho vùng nào',
    label_en: 'Part of 2014–2020 funding the report assigns to no region',
    formula: `${total.id} − (${regionIds.join(' + ')})`,
  }));
  out.push(derived(total, {
    id: `derived.${K}.region.unassigned.share`, metric: 'funding.share', unit: 'percent', geo: 'VN', geo_kind: 'country',
    value: round(((total.value - sumRegions) / total.value) * 100, 2),
    label_vi: 'Tỷ trọng kinh phí không phân bổ cho vùng', label_en: 'Share of funding assigned to no region',
    formula: `derived.${K}.region.unassigned.amount / ${total.id} × 100`,
  }));

  // 3. Per-province averages the report does not state (Tây Nguyên, Mekong Delta).
  const provincesIn = (code: string) => ref.provinces.filter((p) => p.region_6 === code).length;
  for (const [slug, code] of [['central-highlands', 'TN'], ['mekong-delta', 'DBSCL']] as const) {
    const amount = ix.get(`${K}.region.${slug}.amount`);
    const n = provincesIn(code);
    out.push(derived(amount, {
      id: `derived.${K}.region.${slug}.avg-per-province`, metric: 'funding.avg_per_province',
      value: Math.round(amount.value / n / 1e6) * 1e6,
      label_vi: `Kinh phí bình quân mỗi tỉnh, ${code}`, label_en: `Average funding per province, ${code}`,
      formula: `${amount.id} / ${n} provinces (data/reference/provinces.csv), to the nearest million đồng`,
    }));
  }

  // 4. Trà Vinh's local (KCĐP) money: the total less the national part.
  const tvTotal = ix.get('tra-vinh-2016-2020.funding.total');
  const tvNational = ix.get('tra-vinh-2016-2020.funding.kcqg');
  out.push(derived(tvTotal, {
    id: 'derived.tra-vinh-2016-2020.funding.kcdp', programme: 'KCDP', value: tvTotal.value - tvNational.value,
    label_vi: 'Kinh phí khuyến công địa phương, Trà Vinh 2016–2020',
    label_en: 'Local programme funding, Trà Vinh 2016–2020', formula: `${tvTotal.id} − ${tvNational.id}`,
  }));

  // 5. The northern provinces' 2022 plan, implied by the 2022 results and their rate of achievement.
  for (const p of ['total', 'kcqg', 'kcdp'] as const) {
    const amount = ix.get(`north-2023.funding.2022.${p}`);
    const rate = ix.get(`north-2023.funding.2022.${p}.vs-plan`);
    out.push(derived(amount, {
      id: `derived.north-2023.funding.2022.${p}.plan`, status: 'plan',
      value: Math.round(amount.value / (rate.value / 100) / 1e6) * 1e6,
      label_vi: `Kế hoạch kinh phí năm 2022 suy ra (${amount.programme})`,
      label_en: `Implied 2022 funding plan (${amount.programme})`,
      formula: `${amount.id} / (${rate.id} / 100), to the nearest million đồng`,
    }));
  }
  return out;
}
