/**
 * The 34 provincial units since 1 July 2025, read from the gazetteer (each of the 63 records the
 * unit it joined), and the one rule that decides when figures of former provinces may be added
 * up for a unit. Pure functions: the pipeline (scripts/lib/combine-2025.ts), the downloads and
 * the pages all call these, so the page, the derived figures and the crosswalk cannot disagree.
 */
import { stripMarks } from './fold.ts';
import type { Figure, Province } from './schema.ts';

/** The legal act behind the crosswalk (see the methodology page for how the mapping was checked). */
export const LEGAL_SOURCE = {
  vi: 'Nghị quyết số 202/2025/QH15 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh, thông qua ngày 12/6/2025; chính quyền các tỉnh, thành phố mới hoạt động từ ngày 1/7/2025',
  en: 'National Assembly Resolution 202/2025/QH15 on the reorganisation of provincial-level administrative units, adopted 12 June 2025; the new provincial governments began work on 1 July 2025',
} as const;
/** The same, short enough for a column of the crosswalk download. */
export const LEGAL_SOURCE_SHORT =
  'Resolution 202/2025/QH15 of the National Assembly (Nghị quyết 202/2025/QH15 của Quốc hội), 12 June 2025';

export interface Unit2025 {
  slug: string;
  name_vi: string;
  name_en: string;
  /** Former provinces, in GSO code order; the one whose name the unit kept is among them. */
  members: Province[];
  /** Region codes of the members (a unit can straddle two of the 2014–2020 report's regions). */
  regions: string[];
}

export function units2025(provinces: readonly Province[]): Unit2025[] {
  const bySlug = new Map(provinces.map((p) => [p.slug, p]));
  const groups = new Map<string, Province[]>();
  for (const p of [...provinces].sort((a, b) => a.code.localeCompare(b.code))) {
    const list = groups.get(p.merged_2025_slug) ?? [];
    list.push(p);
    groups.set(p.merged_2025_slug, list);
  }
  return [...groups.entries()].map(([slug, members]) => {
    const names = new Set(members.map((m) => m.merged_2025_name_vi));
    if (names.size !== 1)
      throw new Error(`units-2025: unit ${slug} is given ${names.size} names (${[...names].join(', ')})`);
    const name_vi = members[0]!.merged_2025_name_vi;
    const keeper = bySlug.get(slug);
    if (!keeper) throw new Error(`units-2025: unit slug ${slug} is not one of the 63 slugs`);
    return {
      slug,
      name_vi,
      // A unit whose name no former province carried gets a plain English form: "Huế" → "Hue".
      name_en: keeper.name_vi === name_vi ? keeper.name_en : stripMarks(name_vi),
      members,
      regions: [...new Set(members.map((m) => m.region_6))],
    };
  });
}

/** One row per former province: the downloadable crosswalk provinces-2025.csv. */
export const CROSSWALK_COLUMNS = [
  'old_code',
  'old_slug',
  'old_name_vi',
  'old_name_en',
  'new_slug',
  'new_name_vi',
  'new_name_en',
  'legal_source',
] as const;
export function crosswalkRows(provinces: readonly Province[]): Record<(typeof CROSSWALK_COLUMNS)[number], string>[] {
  const units = new Map(units2025(provinces).map((u) => [u.slug, u]));
  return [...provinces]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((p) => {
      const u = units.get(p.merged_2025_slug)!;
      return {
        old_code: p.code,
        old_slug: p.slug,
        old_name_vi: p.name_vi,
        old_name_en: p.name_en,
        new_slug: u.slug,
        new_name_vi: u.name_vi,
        new_name_en: u.name_en,
        legal_source: LEGAL_SOURCE_SHORT,
      };
    });
}

/**
 * Only amounts and counts add up (the metric's `kind` in data/metrics.csv): a share, a rate, an
 * average or an index of two provinces summed means nothing. Within amounts and counts, a
 * per-worker, per-month or per-year figure does not add up either (income.monthly is an amount
 * in đồng), and a case study describes one facility, not its province.
 */
export type MetricKinds = ReadonlyMap<string, { kind: string }> | readonly { metric: string; kind: string }[];
const ADDITIVE_KINDS = new Set(['amount', 'count']);
const ADDITIVE_UNITS = new Set(['vnd', 'persons', 'facilities', 'products', 'models', 'events', 'count', 'm2']);
const PER_SOMETHING =
  /(avg|average|per_|_per|monthly|rate|share|index|increase|ratio|threshold|excess|shortfall|leverage)|^case_study\./;
export function isAdditive(f: Pick<Figure, 'metric' | 'unit'>, metrics: MetricKinds): boolean {
  const kind = Array.isArray(metrics)
    ? metrics.find((m) => m.metric === f.metric)?.kind
    : (metrics as ReadonlyMap<string, { kind: string }>).get(f.metric)?.kind;
  return kind !== undefined && ADDITIVE_KINDS.has(kind) && ADDITIVE_UNITS.has(f.unit) && !PER_SOMETHING.test(f.metric);
}

export type Verdict =
  | { kind: 'combined'; id: string; inputs: Figure[] }
  | { kind: 'missing'; have: string[]; lack: string[] }
  | { kind: 'not-additive' }
  | { kind: 'several'; slug: string; count: number }
  | { kind: 'approximate'; ids: string[] };

export interface FigureGroup {
  /** Everything a combined figure must share: one report, metric, period, programme and status. */
  key: {
    source: string;
    metric: string;
    period_start: number;
    period_end: number;
    period_label: string;
    programme: Figure['programme'];
    status: Figure['status'];
    unit: Figure['unit'];
  };
  figures: Figure[];
  verdict: Verdict;
}

const keyOf = (f: Figure): FigureGroup['key'] => ({
  source: f.source,
  metric: f.metric,
  period_start: f.period_start,
  period_end: f.period_end,
  period_label: f.period_label,
  programme: f.programme,
  status: f.status,
  unit: f.unit,
});

/** Id of the derived figure that adds a group up for a unit: derived.2025.<unit>.<metric>.<period>.<programme>.<status>. */
export function combinedId(unitSlug: string, k: FigureGroup['key']): string {
  const period = `${k.period_start === k.period_end ? k.period_start : `${k.period_start}-${k.period_end}`}${k.period_label ? `-${k.period_label.toLowerCase()}` : ''}`;
  return `derived.2025.${unitSlug}.${k.source}.${k.metric}.${period}.${k.programme.toLowerCase()}.${k.status}`.replace(
    /[^a-z0-9._-]/g,
    '-',
  );
}

/**
 * The province-level figures of a unit's members, grouped by everything a sum must hold fixed,
 * each group with its verdict: added up (every member has exactly one exact figure of an
 * additive metric, see isAdditive), or the reason it is not. Units of one province get no groups: nothing to add.
 */
export function figureGroups(
  unit: Pick<Unit2025, 'slug' | 'members'>,
  figures: readonly Figure[],
  metrics: MetricKinds,
): FigureGroup[] {
  if (unit.members.length < 2) return [];
  const memberSlugs = unit.members.map((m) => m.slug);
  const mine = figures.filter(
    (f) => f.geo_kind === 'province' && memberSlugs.includes(f.geo) && !f.id.startsWith('derived.2025.'),
  );
  const groups = new Map<string, FigureGroup>();
  for (const f of mine) {
    const k = keyOf(f);
    const s = JSON.stringify(k);
    const g = groups.get(s) ?? { key: k, figures: [], verdict: { kind: 'not-additive' } as Verdict };
    g.figures.push(f);
    groups.set(s, g);
  }
  for (const g of groups.values()) {
    const have = memberSlugs.filter((s) => g.figures.some((f) => f.geo === s));
    const lack = memberSlugs.filter((s) => !have.includes(s));
    const several = memberSlugs
      .map((s) => ({ slug: s, count: g.figures.filter((f) => f.geo === s).length }))
      .find((x) => x.count > 1);
    const inexact = g.figures.filter((f) => f.qualifier !== '');
    if (!isAdditive(g.key, metrics)) g.verdict = { kind: 'not-additive' };
    else if (lack.length > 0) g.verdict = { kind: 'missing', have, lack };
    else if (several) g.verdict = { kind: 'several', ...several };
    else if (inexact.length > 0) g.verdict = { kind: 'approximate', ids: inexact.map((f) => f.id) };
    else
      g.verdict = {
        kind: 'combined',
        id: combinedId(unit.slug, g.key),
        inputs: memberSlugs.map((s) => g.figures.find((f) => f.geo === s)!),
      };
  }
  return [...groups.values()];
}
