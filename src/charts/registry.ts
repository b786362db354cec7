/**
 * Every chart of the site, in the order the presentation shows them. Each chart is a module of
 * its own (src/charts/<id>.ts): the figures it draws, its text, its Plot spec and its table.
 * Pages, chart pages, embeds, PNG/CSV downloads and the presentation all read this one list.
 */
import type { ChartDef } from './kit.ts';
import c0 from './kinh-phi-theo-hoat-dong.ts';
import c1 from './kcqg-kcdp-2014-2020.ts';
import c2 from './kinh-phi-theo-vung-2014-2020.ts';
import c3 from './binh-quan-moi-tinh-theo-vung.ts';
import c4 from './chi-so-kinh-phi-2014-2020.ts';
import c5 from './phia-bac-2022-2023.ts';
import c6 from './tra-vinh-2016-2020.ts';
import c7 from './tinh-co-kinh-phi-duoc-neu.ts';
import c8 from './san-pham-tieu-bieu-theo-cap.ts';
// Issue 14, parts 2 and 4: plans against execution; change between two reports.
import p14b1 from './ke-hoach-va-thuc-hien.ts';
import p14b2 from './can-bo-trung-tam-2020-2022.ts';
import p14b3 from './san-pham-tieu-bieu-hai-giai-doan.ts';
import p14b4 from './kcqg-binh-quan-moi-nam.ts';
// Targets against results (issue 14, parts 1 and 3).
import targets1 from './ket-qua-so-voi-muc-tieu-2014-2020.ts';
import targets2 from './muc-tieu-2021-2025.ts';

export type { ChartDef, ChartModel, ChartView } from './kit.ts';
export { NARROW, WIDE } from './kit.ts';

export const CHARTS: ChartDef[] = [
  c0,
  c1,
  c2,
  c3,
  c4,
  c5,
  c6,
  c7,
  c8,
  // Issue 14, parts 2 and 4.
  p14b1,
  p14b2,
  p14b3,
  p14b4,
  // Targets against results (issue 14, parts 1 and 3).
  targets1,
  targets2,
];

export function chartDef(id: string): ChartDef {
  const c = CHARTS.find((x) => x.id === id);
  if (!c) throw new Error(`unknown chart "${id}"`);
  return c;
}
