/**
 * Figures for the 34 provincial units of 2025, added up from their former provinces' figures
 * where that is valid (src/lib/units-2025.ts decides: one report, the same metric, period,
 * programme and status, an amount or a count, exactly one exact figure for EVERY member).
 * Pure: figures + gazetteer (+ the metric catalogue's kinds) in, derived figures out, each with a formula naming its inputs.
 */
import type { Figure, Province } from '../../src/lib/schema.ts';
import { figureGroups, units2025, type MetricKinds } from '../../src/lib/units-2025.ts';

export function combineUnits2025(
  figures: readonly Figure[],
  provinces: readonly Province[],
  metrics: MetricKinds,
): Figure[] {
  const out: Figure[] = [];
  for (const unit of units2025(provinces)) {
    for (const g of figureGroups(unit, figures, metrics)) {
      if (g.verdict.kind !== 'combined') continue;
      const inputs = g.verdict.inputs;
      const first = inputs[0]!;
      const names = unit.members.map((m) => m.name_vi).join(' + ');
      out.push({
        ...first,
        id: g.verdict.id,
        // A unit is a group of former provinces, not one of the 63: it must not land on the
        // profile of the province whose name it kept.
        geo: `${unit.slug}-2025`,
        geo_kind: 'region-group',
        geo_as_written: '',
        label_vi: `${first.label_vi}: ${unit.name_vi} (2025) = ${names}`,
        label_en: `${first.label_en}: ${unit.name_en} (2025) = ${unit.members.map((m) => m.name_en).join(' + ')}`,
        value: inputs.reduce((s, f) => s + f.value, 0),
        qualifier: '',
        line: 0,
        as_written: '',
        unit_as_written: '',
        sign: '',
        locator_vi: `tổng của các tỉnh cũ hợp thành ${unit.name_vi} (sắp xếp năm 2025)`,
        locator_en: `sum over the former provinces of ${unit.name_en} (2025 reorganisation)`,
        note: '',
        notes: [],
        derived: true,
        formula: inputs.map((f) => f.id).join(' + '),
      });
    }
  }
  return out;
}
