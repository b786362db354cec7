/**
 * Units as written → what kind of quantity they are and the power of ten to the base unit.
 * The figure's base unit comes from its metric (data/metrics.csv); the unit as written must be
 * of a compatible kind (money for vnd, a percent sign for percent...). An unknown unit stops the
 * build: a new word in a report is added to data/reference/units.csv on purpose.
 */
import { fold } from '../../src/lib/fold.ts';
import type { UNITS } from '../../src/lib/schema.ts';

export type BaseUnit = (typeof UNITS)[number];
export type UnitKind = 'money' | 'percent' | 'count' | 'area';
export interface UnitEntry {
  as_written: string;
  kind: UnitKind;
  exp: number;
}

const COMPATIBLE: Record<UnitKind, readonly BaseUnit[]> = {
  money: ['vnd'],
  percent: ['percent', 'percent_per_year'],
  count: ['persons', 'facilities', 'products', 'models', 'events', 'count', 'ratio'],
  area: ['m2'],
};

/**
 * Bounds per base unit: a value outside them cannot be a real figure of these reports (a 10^27
 * đồng amount, a 5.000% share). Shares are further held to 0–100.
 */
export const BOUNDS: Record<BaseUnit, { min: number; max: number }> = {
  vnd: { min: 0, max: 1e14 }, // 100.000 tỷ đồng: ten times the whole programme's counterpart money
  percent: { min: -100, max: 1000 },
  percent_per_year: { min: -100, max: 1000 },
  persons: { min: 0, max: 1e7 },
  facilities: { min: 0, max: 1e7 },
  products: { min: 0, max: 1e7 },
  models: { min: 0, max: 1e7 },
  events: { min: 0, max: 1e7 },
  count: { min: 0, max: 1e7 },
  ratio: { min: 0, max: 1000 },
  m2: { min: 0, max: 1e6 },
  index: { min: 0, max: 1e4 },
};

export function boundsOf(metric: { unit: BaseUnit; kind: string; sign_rule: string }): { min: number; max: number } {
  const b = { ...BOUNDS[metric.unit] };
  if (metric.kind === 'share') {
    b.min = 0;
    b.max = 100;
  }
  if (metric.sign_rule === 'non-negative') b.min = Math.max(0, b.min);
  return b;
}

export class UnitTable {
  private readonly byKey = new Map<string, UnitEntry>();
  constructor(entries: UnitEntry[]) {
    for (const e of entries) this.byKey.set(fold(e.as_written), e);
  }
  lookup(asWritten: string): UnitEntry | undefined {
    return this.byKey.get(fold(asWritten));
  }
  static compatible(kind: UnitKind, unit: BaseUnit): boolean {
    return COMPATIBLE[kind].includes(unit);
  }
}
