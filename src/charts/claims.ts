/**
 * The finding each chart's title states, as a check over the data. The data build runs every
 * claim (scripts/build-data.ts) and fails if the figures stop supporting a title: a title is a
 * claim like any sentence, and a corrected figure must not leave a false headline behind.
 * Numbers shown in titles are derived figures (scripts/lib/derive.ts), so they have a formula
 * and a row in figures.csv; the claims below check the words around them ("more than half",
 * "the most", "least", "under a third").
 *
 * Kept apart from registry.ts so that the chart definitions can move without the claims; every
 * chart id in the registry must have a claim here (tests/unit/claims.test.ts).
 */
import type { Figure } from '../lib/schema.ts';

export interface ClaimResult {
  pass: boolean;
  message: string;
}
/** `fig` looks a figure up by id; `figures` is all of them, for claims that select by geography. */
export type Claim = (fig: (id: string) => Figure, figures: readonly Figure[]) => ClaimResult;

const K = 'kcqg-2014-2020';
const N = 'nd45-2013-2022';
const T = 'tra-vinh-2016-2020';
/**
 * The 2014–2020 report's figure of a metric for each region, found by geography (region codes
 * from data/reference/regions.csv), a stated figure before a derived one.
 */
const byRegion = (figures: readonly Figure[], metric: string) => {
  const out = new Map<string, Figure>();
  for (const f of [...figures].sort((a, b) => Number(a.derived) - Number(b.derived)))
    if (f.source === K && f.geo_kind === 'region' && f.metric === metric && !out.has(f.geo)) out.set(f.geo, f);
  return [...out.values()];
};

const ok = (pass: boolean, message: string): ClaimResult => ({ pass, message });
const b = (v: number) => (v / 1e9).toFixed(2);

export const CLAIMS: Record<string, Claim> = {
  /** "Over half of ten years' funding went to demonstration models and machinery." */
  'kinh-phi-theo-hoat-dong': (fig) => {
    const demo = fig(`${N}.demo.funding.share`).value;
    const others = ['training', 'management', 'products', 'consulting'].map(
      (a) => fig(`${N}.${a}.funding.share`).value,
    );
    return ok(
      demo > 50 && others.every((o) => o < demo),
      `demonstration models and machinery: ${demo}% of total funding (must be over 50% and the largest share)`,
    );
  },
  /** "Provinces put in more than the central budget, 2014–2020." */
  'kcqg-kcdp-2014-2020': (fig) => {
    const local = fig(`${K}.funding.kcdp`).value;
    const central = fig(`${K}.funding.kcqg`).value;
    return ok(local > central, `local ${b(local)} bn against central ${b(central)} bn (local must be larger)`);
  },
  /** "The Red River Delta received the most; N% is not assigned to any region." */
  'kinh-phi-theo-vung-2014-2020': (fig, figures) => {
    const amounts = byRegion(figures, 'funding.amount');
    if (amounts.length !== 6) return ok(false, `${amounts.length} regional amounts found (expected 6)`);
    const top = amounts.reduce((a, c) => (c.value > a.value ? c : a));
    const gap = fig(`derived.${K}.region.unassigned.share`).value;
    return ok(
      top.geo === 'DBSH' && gap > 0,
      `largest region: ${top.geo}; unassigned share ${gap}% (must be the Red River Delta, DBSH, and above 0)`,
    );
  },
  /** "Per province, the Mekong Delta received least, not the northern uplands as the report says." */
  'binh-quan-moi-tinh-theo-vung': (_fig, figures) => {
    const averages = byRegion(figures, 'funding.avg_per_province');
    if (averages.length !== 6) return ok(false, `${averages.length} regional averages found (expected 6)`);
    const lowest = averages.reduce((a, c) => (c.value < a.value ? c : a));
    return ok(
      lowest.geo === 'DBSCL',
      `lowest average per province: ${lowest.geo} at ${b(lowest.value)} bn (must be the Mekong Delta, DBSCL)`,
    );
  },
  /** "By the growth rates the report gives, 2020 funding was about N% above 2014." */
  'chi-so-kinh-phi-2014-2020': (fig) => {
    const rise = fig(`derived.${K}.funding-index.2020.change`).value;
    const rates = [2015, 2016, 2017, 2018, 2019, 2020].map((y) => fig(`${K}.assess.budget-growth.${y}`).value);
    return ok(
      rise > 0 && rates.every((r) => r > 0),
      `index rise 2014→2020: ${rise}%; every yearly rate must be a rise`,
    );
  },
  /** "By mid-2023 the northern provinces had spent under a third of the year's plan." */
  'phia-bac-2022-2023': (fig) => {
    const rate = fig('north-2023.funding.2023h1.total.vs-plan').value;
    return ok(rate < 100 / 3, `first half 2023: ${rate}% of the year plan (must be under 33.3%)`);
  },
  /** "Machinery took over half of Trà Vinh's khuyến công money." */
  'tra-vinh-2016-2020': (fig) => {
    const share = fig(`derived.${T}.machinery.funding.share`).value;
    return ok(share > 50, `machinery: ${share}% of the total (must be over 50%)`);
  },
  /** "Hanoi received over N times as much as Can Tho." */
  'tinh-co-kinh-phi-duoc-neu': (fig) => {
    const times = fig(`derived.${K}.province.ha-noi-to-can-tho.times`).value;
    const named = ['ha-noi', 'lam-dong', 'dong-nai', 'quang-nam', 'can-tho'].map((p) => ({
      p,
      v: fig(`${K}.province.${p}.amount`).value,
    }));
    const top = named.reduce((a, c) => (c.v > a.v ? c : a));
    const bottom = named.reduce((a, c) => (c.v < a.v ? c : a));
    return ok(
      times > 1 && top.p === 'ha-noi' && bottom.p === 'can-tho',
      `Hanoi / Can Tho = ${times}; highest named ${top.p}, lowest ${bottom.p} (must be Hanoi and Can Tho)`,
    );
  },
  /** "For about every N products honoured by a province, one reached national level." */
  'san-pham-tieu-bieu-theo-cap': (fig) => {
    const ratio = fig(`derived.${N}.products.provincial-to-national.times`).value;
    return ok(ratio >= 1.5, `provincial / national products = ${ratio} (must round to at least 2)`);
  },
  // ---- Issue 14, parts 2 and 4: plans against execution; change between two reports.
  /** "Local programmes met less of their plan than the national one, in 2022 and in the first half of 2023." */
  'ke-hoach-va-thuc-hien': (fig) => {
    const r = (p: string) => fig(`north-2023.funding.${p}.vs-plan`).value;
    const y2022 = [r('2022.kcqg'), r('2022.kcdp')];
    const h1 = [r('2023h1.kcqg'), r('2023h1.kcdp')];
    return ok(
      y2022[1]! < y2022[0]! && h1[1]! < h1[0]!,
      `KCĐP / KCQG rate of plan: 2022 ${y2022[1]}% / ${y2022[0]}%, first half 2023 ${h1[1]}% / ${h1[0]}% (KCĐP must be lower in both)`,
    );
  },
  /** "From 2020 to 2022 the number of staff working in the field fell by nearly a quarter." */
  'can-bo-trung-tam-2020-2022': (fig) => {
    const rate = fig(`derived.${N}.staff.field.change-since-2020.rate`).value;
    const falls = ['total', 'civil_servants', 'contract', 'postgraduate', 'university', 'vocational'].map(
      (k) => fig(`derived.${N}.staff.${k}.change-since-2020`).value,
    );
    const field = fig(`derived.${N}.staff.field.change-since-2020`).value;
    return ok(
      rate <= -20 && rate > -25 && falls.every((v) => field < v),
      `field staff 2020→2022: ${rate}% (must be a fall of 20% to under 25%), ${field} persons (must be the largest fall of any row)`,
    );
  },
  /** "The two reports count products over nested periods: the gap is three extra years, not growth." */
  'san-pham-tieu-bieu-hai-giai-doan': (fig) => {
    const pairs = [
      ['regional-products', 'regional'],
      ['national-products', 'national'],
    ].map(([a, b]) => [fig(`${K}.products.${a}`), fig(`${N}.products.${b}`)] as const);
    const nested = pairs.every(([s, l]) => l.period_start < s.period_start && s.period_end < l.period_end);
    const extraYears = pairs.map(([s, l]) => s.period_start - l.period_start + (l.period_end - s.period_end));
    const noLess = pairs.every(([s, l]) => l.value >= s.value);
    return ok(
      nested && extraYears.every((y) => y === 3) && noLess,
      `2014–2020 inside 2013–2022 (must be): ${nested}; years only the longer has: ${extraYears.join(', ')} (must be 3); longer period not smaller: ${noLess}`,
    );
  },
  /** "The three years outside 2014–2020 pull the yearly KCQG average down." */
  'kcqg-binh-quan-moi-nam': (fig) => {
    const seven = fig(`${K}.mgmt.mof.kcqg-annual-average`).value;
    const ten = fig(`${N}.funding.national.avg_per_year`).value;
    const extra = fig(`derived.${N}.funding.national.avg_per_year.beyond-2014-2020`).value;
    // "about 104": the ten-year average may be up to half a billion higher; still below.
    return ok(
      ten + 0.5e9 < seven && extra < seven,
      `ten-year ${b(ten)} bn (+0.5) against seven-year ${b(seven)} bn; three-year ${b(extra)} bn (both must be lower)`,
    );
  },

  // ── Targets against results (issue 14, parts 1 and 3) ──
  /** "Vocational training reached only N% of its target, while demonstration models, technology transfer and fairs exceeded theirs." */
  'ket-qua-so-voi-muc-tieu-2014-2020': (fig) => {
    const training = fig(`${K}.training.workers.achievement`).value;
    const exceeded = ['demo.models', 'demo.tech-transfer-facilities', 'products.fair-participations'].map((q) => ({
      q,
      v: fig(`${K}.${q}.excess-over-target`).value,
    }));
    return ok(
      training < 50 && exceeded.every((e) => e.v > 0),
      `vocational training at ${training}% of target (must be under 50% for "only"); excess over target ${exceeded.map((e) => `${e.q} ${e.v}%`).join(', ')} (each must be above 0)`,
    );
  },
  /** "The 2021–2025 targets ask for more demonstration models and trademarks than 2014–2020 delivered, but fewer trained workers." */
  'muc-tieu-2021-2025': (fig) => {
    const more = ['demo-models', 'trademark.facilities'].map((q) => ({
      q,
      v: fig(`derived.${K}.target.${q}.vs-earlier-result`).value,
    }));
    const workers = fig(`derived.${K}.target.training.workers.vs-earlier-result`).value;
    return ok(
      more.every((m) => m.v > 1) && workers < 1,
      `target ÷ 2014–2020 result: ${more.map((m) => `${m.q} ${m.v}`).join(', ')} (each must be above 1); training.workers ${workers} (must be below 1)`,
    );
  },
};

/** Run every claim over a list of figures. */
export function checkClaims(figures: readonly Figure[]): { chart: string; pass: boolean; message: string }[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const fig = (id: string): Figure => {
    const f = byId.get(id);
    if (!f) throw new Error(`claim: unknown figure "${id}"`);
    return f;
  };
  return Object.entries(CLAIMS).map(([chart, claim]) => {
    try {
      return { chart, ...claim(fig, figures) };
    } catch (e) {
      return { chart, pass: false, message: (e as Error).message };
    }
  });
}
