/**
 * Chart `can-bo-trung-tam-2020-2022`: the provincial centres' staff counted by the programme
 * report (2020) and by the ten-year review (2022), the same headcounts in the same words; each
 * row's change is a derived figure (scripts/lib/derive.ts, 14c) and the pair's comparability is a
 * data note (`change.staff.*`, category change-over-time).
 */
import * as Plot from '@observablehq/plot';
import type { Figure } from '../lib/schema.ts';
import { STAFF_KEY_2020, type StaffKey2022 } from '../lib/staff-pairs.ts';
import { formatFigure, formatNumber } from '../lib/format.ts';
import { NEUTRAL } from './palette.ts';
import { tagMarks } from './interaction.ts';
import {
  K,
  L,
  N,
  columnHead,
  csvRows,
  figureRow,
  labelAboveBar,
  sideColumnRows,
  sourceLine,
  type ChartDef,
} from './kit.ts';

interface Row {
  label: string;
  y2020: Figure;
  y2022: Figure;
  diff: Figure;
  rate: Figure;
}

const chart: ChartDef = {
  id: 'can-bo-trung-tam-2020-2022',
  name: { vi: 'Cán bộ các Trung tâm khuyến công, 2020 và 2022', en: 'Centre staff, 2020 and 2022' },
  build(d, lang, W) {
    const narrow = W < 500;
    // The chart's own order: the total, then field staff (the finding), then the breakdowns.
    const shown: [StaffKey2022, string, string][] = [
      ['total', 'Tổng số cán bộ', 'All staff'],
      ['field', 'Trực tiếp triển khai đến cơ sở', 'Field staff'],
      ['civil_servants', 'Biên chế / viên chức', 'Established / public employees'],
      ['contract', 'Lao động hợp đồng', 'Contract staff'],
      ['postgraduate', 'Trên đại học', 'Postgraduate'],
      ['university', 'Đại học, cao đẳng', 'University or college'],
      ['vocational', 'Trung, sơ cấp, công nhân kỹ thuật', 'Vocational or technical'],
    ];
    const rows: Row[] = shown.map(([b, vi, en]) => ({
      label: L(lang, vi, en),
      y2020: d.fig(`${K}.staff.${STAFF_KEY_2020[b]}`),
      y2022: d.fig(`${N}.staff.${b}`),
      diff: d.fig(`derived.${N}.staff.${b}.change-since-2020`),
      rate: d.fig(`derived.${N}.staff.${b}.change-since-2020.rate`),
    }));
    const field = rows[1]!;
    const title = L(
      lang,
      'Từ 2020 đến 2022, số cán bộ khuyến công trực tiếp xuống cơ sở giảm gần một phần tư',
      'From 2020 to 2022 the number of khuyến công staff working in the field fell by nearly a quarter',
    );
    const count = (v: number) => formatNumber(v, lang, 0);
    const signed = (v: number, pct = false) =>
      `${v > 0 ? '+' : v < 0 ? '−' : ''}${pct ? formatNumber(Math.abs(v), lang, 1) : count(Math.abs(v))}${pct ? '%' : ''}`;
    const domain = rows.map((r) => r.label);
    const lo = Math.min(...rows.map((r) => r.rate.value));
    const hi = Math.max(...rows.map((r) => r.rate.value));
    const x = {
      label: L(lang, 'thay đổi 2020 → 2022, %', 'change 2020 → 2022, %'),
      // Room past each end for the bar's label.
      domain: [Math.floor(lo / 10) * 10 - (narrow ? 20 : 10), Math.max(10, Math.ceil(hi / 10) * 10 + 10)],
      ticks: narrow ? 3 : 5,
      grid: true,
    };
    const inset = narrow ? { insetTop: 20 } : {};
    const shift = narrow ? { dy: 10 } : {};
    const right = narrow ? 136 : 160;
    const col = (dx: number) => right - dx;
    const levels = (which: 'y2020' | 'y2022', dx: number) =>
      Plot.text(rows, {
        frameAnchor: 'right',
        y: 'label',
        text: (r: Row) => count(r[which].value),
        textAnchor: 'end',
        dx,
        ...shift,
        fill: 'currentColor',
        render: tagMarks(rows, { fig: (r) => r[which] }),
      });
    const marks = [
      Plot.barX(rows, {
        x: (r: Row) => r.rate.value,
        y: 'label',
        fill: NEUTRAL,
        ...inset,
        title: (r: Row) => `${r.label}: ${formatFigure(r.rate, lang)}`,
        render: tagMarks(rows, { fig: (r) => r.rate, focus: true }),
      }),
      // The change at the end of its bar: left of a fall, right of a rise.
      ...[true, false].map((fall) => {
        const these = rows.filter((r) => r.rate.value < 0 === fall);
        return Plot.text(these, {
          x: (r: Row) => r.rate.value,
          y: 'label',
          text: (r: Row) => signed(r.rate.value, true),
          textAnchor: fall ? 'end' : 'start',
          dx: fall ? -4 : 4,
          ...shift,
          fill: 'currentColor',
          fontWeight: 'bold',
          render: tagMarks(these, { fig: (r) => r.rate }),
        });
      }),
      levels('y2020', col(narrow ? 88 : 100)),
      levels('y2022', col(narrow ? 44 : 50)),
      Plot.text(rows, {
        frameAnchor: 'right',
        y: 'label',
        text: (r: Row) => signed(r.diff.value),
        textAnchor: 'end',
        dx: right,
        ...shift,
        fill: 'currentColor',
        fontWeight: 'bold',
        render: tagMarks(rows, { fig: (r) => r.diff, focus: true }),
      }),
      columnHead('2020', col(narrow ? 88 : 100)),
      columnHead('2022', col(narrow ? 44 : 50)),
      columnHead('±', right),
      Plot.ruleX([0]),
    ];
    const svg = sideColumnRows(
      {
        W,
        domain,
        x,
        marks,
        // From the frame's edge, not from zero: the bars here run left of zero.
        labels: labelAboveBar(rows, tagMarks(rows, { fig: (r) => r.rate }), { frameAnchor: 'left' }),
        marginLeft: { narrow: 8, wide: 250 },
        marginRight: right + 4,
      },
      title,
    );
    const figs = rows.flatMap((r) => [r.y2020, r.y2022, r.diff, r.rate]);
    return {
      id: this.id,
      title,
      subtitle: L(
        lang,
        'Cán bộ các Trung tâm khuyến công thuộc Sở Công Thương 63 tỉnh: thay đổi 2020 → 2022, % (bên phải: số người năm 2020, 2022 và chênh lệch). Năm 2020 theo báo cáo Chương trình khuyến công quốc gia, năm 2022 theo báo cáo 10 năm Nghị định 45; báo cáo 2020 ghi “biên chế”, báo cáo 2022 ghi “viên chức”',
        'Staff of the 63 provincial khuyến công centres: change 2020 → 2022, % (right: persons in 2020, in 2022, and the difference). 2020 from the national programme report, 2022 from the ten-year review of Decree 45; the 2020 report says “biên chế” (established posts), the 2022 one “viên chức” (public employees)',
      ),
      sourceLine: sourceLine(d, [field.y2020.id, field.y2022.id], lang),
      alt: L(
        lang,
        `Biểu đồ thanh mức thay đổi số cán bộ từ 2020 đến 2022: ${rows.map((r) => `${r.label}: ${formatFigure(r.y2020, lang)} năm 2020, ${formatFigure(r.y2022, lang)} năm 2022 (${formatFigure(r.diff, lang)}, ${formatFigure(r.rate, lang)})`).join('; ')}.`,
        `Bar chart of the change in staff from 2020 to 2022: ${rows.map((r) => `${r.label}: ${formatFigure(r.y2020, lang)} in 2020, ${formatFigure(r.y2022, lang)} in 2022 (${formatFigure(r.diff, lang)}, ${formatFigure(r.rate, lang)})`).join('; ')}.`,
      ),
      views: [{ key: 'change', label: L(lang, 'Thay đổi', 'Change'), svg }],
      table: {
        columns: [
          L(lang, 'Cán bộ', 'Staff'),
          '2020',
          '2022',
          L(lang, 'Chênh lệch', 'Difference'),
          L(lang, 'Thay đổi', 'Change'),
        ],
        rows: rows.map((r) => figureRow(r.label, [r.y2020, r.y2022, r.diff, r.rate], lang, true)),
      },
      csv: csvRows(figs),
      figureIds: figs.map((f) => f.id),
    };
  },
};
export default chart;
