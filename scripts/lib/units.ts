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
