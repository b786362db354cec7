/**
 * Chart `ke-hoach-va-thuc-hien`: each plan the reports give next to its outcome, on one scale:
 * the outcome as a share of its plan (the plan is the dashed outline at 100%), with the stated
 * rate at the end of the bar and both amounts beside it. Where a report gives the outcome and
 * the rate but not the plan, the plan is a derived figure (outcome ÷ rate, scripts/lib/derive.ts).
 */
import * as Plot from '@observablehq/plot';
import type { Figure } from '../lib/schema.ts';
import { formatFigure, formatNumber } from '../lib/format.ts';
import { PROGRAMME_LABEL } from '../lib/i18n.ts';
import { ON_DARK, PROGRAMME_COLOURS } from './palette.ts';
import { tagMarks } from './interaction.ts';
import {
  K,
  L,
  bn,
  columnHead,
  csvRows,
  figureRow,
  labelAboveBar,
  sideColumnRows,
  sourceLine,
  type ChartDef,
} from './kit.ts';

interface Pair {
  /** Short key for the CSV (which plan and outcome belong together). */
  pair: string;
  /** On the chart (short). */
  label: string;
  /** In the table and the text alternative. */
  long: string;
  /** What the outcome is, in a word (spent, approved, earned). */
  outcome: string;
  actual: Figure;
  plan: Figure;
  rate: Figure;
  series: 'KCQG' | 'KCDP' | 'ALL';
}

const NO = 'north-2023';

const chart: ChartDef = {
  id: 'ke-hoach-va-thuc-hien',
  name: { vi: 'Kế hoạch và thực hiện', en: 'Plans and execution' },
  build(d, lang, W) {
    const narrow = W < 500;
    const prog = (p: 'kcqg' | 'kcdp' | 'total') =>
      p === 'kcqg' ? 'KCQG' : p === 'kcdp' ? L(lang, 'KCĐP', 'KCĐP') : L(lang, 'tổng', 'total');
    const series = (p: 'kcqg' | 'kcdp' | 'total'): Pair['series'] =>
      p === 'kcqg' ? 'KCQG' : p === 'kcdp' ? 'KCDP' : 'ALL';
    const pairs: Pair[] = [
      ...(['kcqg', 'kcdp', 'total'] as const).map((p) => ({
        pair: `north-2022-${p}`,
        label: L(lang, `Phía Bắc 2022 · ${prog(p)}`, `North 2022 · ${prog(p)}`),
        long: L(lang, `Phía Bắc, năm 2022 · ${prog(p)}`, `North, 2022 · ${prog(p)}`),
        outcome: L(lang, 'chi', 'spent'),
        actual: d.fig(`${NO}.funding.2022.${p}`),
        plan: d.fig(`derived.${NO}.funding.2022.${p}.plan`),
        rate: d.fig(`${NO}.funding.2022.${p}.vs-plan`),
        series: series(p),
      })),
      ...(['kcqg', 'kcdp', 'total'] as const).map((p) => ({
        pair: `north-2023h1-${p}`,
        label: L(lang, `Phía Bắc 6 tháng 2023 · ${prog(p)}`, `North H1 2023 · ${prog(p)}`),
        long: L(lang, `Phía Bắc, 6 tháng đầu 2023 · ${prog(p)}`, `North, first half 2023 · ${prog(p)}`),
        outcome: L(lang, 'chi', 'spent'),
        actual: d.fig(`${NO}.funding.2023h1.${p}`),
        plan: d.fig(`${NO}.funding.2023.plan.${p}`),
        rate: d.fig(`${NO}.funding.2023h1.${p}.vs-plan`),
        series: series(p),
      })),
      {
        pair: 'north-consulting-2023h1',
        label: L(lang, 'Tư vấn phía Bắc 6 tháng 2023', 'North consulting H1 2023'),
        long: L(
          lang,
          'Phía Bắc, tư vấn phát triển công nghiệp 6 tháng đầu 2023 · doanh thu',
          'North, industrial consulting, first half 2023 · revenue',
        ),
        outcome: L(lang, 'thu', 'earned'),
        actual: d.fig(`${NO}.consulting.2023h1.revenue`),
        plan: d.fig(`derived.${NO}.consulting.2023.plan.revenue`),
        rate: d.fig(`${NO}.consulting.2023h1.revenue.vs-plan`),
        series: 'ALL' as const,
      },
      {
        pair: 'kcqg-2014-2020-decision-1288',
        label: L(lang, 'KCQG 2014–2020 · QĐ 1288', 'KCQG 2014–2020 · Decision 1288'),
        long: L(
          lang,
          'KCQG 2014–2020 · kinh phí được duyệt so với dự kiến của Quyết định 1288',
          'KCQG 2014–2020 · budget approved against the amount Decision 1288 foresaw',
        ),
        outcome: L(lang, 'duyệt', 'approved'),
        actual: d.fig(`${K}.funding.kcqg`),
        plan: d.fig(`derived.${K}.funding.kcqg.implied-target`),
        rate: d.fig(`${K}.funding.kcqg.vs-1288-plan`),
        series: 'KCQG' as const,
      },
    ];
    const title = L(
      lang,
      'Kinh phí khuyến công địa phương đạt kế hoạch thấp hơn kinh phí quốc gia, cả năm 2022 lẫn sáu tháng đầu 2023',
      'Local programmes met less of their plan than the national one, in 2022 and in the first half of 2023',
    );
    // Amounts with the decimals the report wrote for the outcome; an implied plan takes its outcome's.
    const decimals = new Map(
      pairs.flatMap((p) => {
        const dec = p.actual.as_written.split(',')[1]?.length ?? 0;
        return [
          [p.actual.id, dec],
          [p.plan.id, p.plan.derived ? dec : (p.plan.as_written.split(',')[1]?.length ?? 0)],
        ];
      }),
    );
    const amount = (f: Figure) => formatNumber(bn(f.value), lang, decimals.get(f.id) ?? 1);
    const rows = pairs.map((p) => ({
      ...p,
      colour: PROGRAMME_COLOURS[p.series],
      amounts: `${amount(p.actual)} / ${amount(p.plan)}`,
    }));
    const domain = rows.map((r) => r.label);
    const x = { label: L(lang, '% kế hoạch', '% of plan'), domain: [0, 100], ticks: narrow ? 3 : 5, grid: true };
    const plan = Plot.barX(rows, {
      x1: 0,
      x2: 100,
      y: 'label',
      fill: 'none',
      stroke: 'currentColor',
      strokeDasharray: '4,3',
      ...(narrow ? { insetTop: 20 } : {}),
      title: (r: Pair) => `${r.label}: ${L(lang, 'kế hoạch', 'plan')} ${formatFigure(r.plan, lang)}`,
      // Not a focus stop: its length is 100%, not the plan's amount; the plan's label is.
      render: tagMarks(rows, { fig: (r) => r.plan }),
    });
    const done = Plot.barX(rows, {
      x: (r: Pair) => r.rate.value,
      y: 'label',
      fill: 'colour',
      ...(narrow ? { insetTop: 20 } : {}),
      insetBottom: 3,
      title: (r: Pair) => `${r.label}: ${formatFigure(r.rate, lang)}`,
      render: tagMarks(rows, { fig: (r) => r.rate, series: (r) => r.series, focus: true }),
    });
    // The rate at the end of its bar: outside when there is room, inside (light on the fill) near 100%.
    const inside = (r: Pair) => r.rate.value > 75;
    const rateText = (into: boolean) => {
      const these = rows.filter((r) => inside(r) === into);
      return Plot.text(these, {
        x: (r: Pair) => r.rate.value,
        y: 'label',
        text: (r: Pair) => `${formatNumber(r.rate.value, lang, 2)}%`,
        textAnchor: into ? 'end' : 'start',
        dx: into ? -4 : 4,
        ...(narrow ? { dy: 10 } : {}),
        fill: into ? ON_DARK : 'currentColor',
        fontWeight: 'bold',
        render: tagMarks(these, { fig: (r) => r.rate }),
      });
    };
    // Both amounts to the right of the plan outline: the outcome, then its plan.
    const amountText = (which: 'actual' | 'plan', dx: number) =>
      Plot.text(rows, {
        frameAnchor: 'right',
        y: 'label',
        text: (r: Pair) => (which === 'actual' ? amount(r.actual) : amount(r.plan)),
        textAnchor: 'end',
        dx,
        ...(narrow ? { dy: 10 } : {}),
        fill: 'currentColor',
        fontWeight: which === 'actual' ? 'bold' : 'normal',
        render: tagMarks(rows, { fig: (r) => (which === 'actual' ? r.actual : r.plan), focus: true }),
      });
    const right = narrow ? 126 : 140;
    const heads = [
      columnHead(L(lang, 'đạt', 'outcome'), right - (narrow ? 66 : 72)),
      columnHead(L(lang, 'kế hoạch', 'plan'), right),
    ];
    const marks = [
      plan,
      done,
      rateText(false),
      rateText(true),
      amountText('actual', right - (narrow ? 66 : 72)),
      amountText('plan', right),
      ...heads,
      Plot.ruleX([0]),
    ];
    const svg = sideColumnRows(
      {
        W,
        domain,
        x,
        marks,
        labels: labelAboveBar(rows, tagMarks(rows, { fig: (r) => r.rate })),
        marginLeft: { narrow: 4, wide: 210 },
        marginRight: right + 4,
      },
      title,
    );
    const figs = pairs.flatMap((p) => [p.actual, p.plan, p.rate]);
    const role = new Map(
      pairs.flatMap((p) => [
        [p.actual.id, { pair: p.pair, role: 'outcome' }],
        [p.plan.id, { pair: p.pair, role: 'plan' }],
        [p.rate.id, { pair: p.pair, role: 'rate' }],
      ]),
    );
    const list = (ps: Pair[]) =>
      ps
        .map((p) =>
          L(
            lang,
            `${p.long}: ${p.outcome} ${formatFigure(p.actual, lang)} trên kế hoạch ${formatFigure(p.plan, lang)}, đạt ${formatFigure(p.rate, lang)}`,
            `${p.long}: ${p.outcome} ${formatFigure(p.actual, lang)} against a plan of ${formatFigure(p.plan, lang)}, ${formatFigure(p.rate, lang)}`,
          ),
        )
        .join('; ');
    return {
      id: this.id,
      title,
      subtitle: L(
        lang,
        'Số đạt so với kế hoạch, % (vạch đứt = 100%); bên phải: số đạt và kế hoạch, tỷ đồng. Kế hoạch 2022, kế hoạch doanh thu tư vấn và mức dự kiến của QĐ 1288 là số suy ra; dòng cuối so hai kế hoạch (được duyệt, chưa phải đã chi)',
        'Outcome against plan, % (dashed = 100%); right: outcome and plan, VND billion. The 2022 plans, the consulting revenue plan and the Decision 1288 amount are implied; the last row compares two plans (approved, not spent)',
      ),
      sourceLine: sourceLine(
        d,
        figs.map((f) => f.id),
        lang,
      ),
      alt: L(
        lang,
        `Biểu đồ thanh so sánh số đạt được với kế hoạch. ${list(pairs)}. Ở phía Bắc, KCĐP đạt tỷ lệ thấp hơn KCQG cả năm 2022 và sáu tháng đầu 2023.`,
        `Bar chart of outcomes against plans. ${list(pairs)}. In the northern provinces, local programmes reached a lower rate than the national one in 2022 and in the first half of 2023.`,
      ),
      views: [{ key: 'rate', label: L(lang, '% kế hoạch', '% of plan'), svg }],
      table: {
        columns: [
          L(lang, 'Kế hoạch và kết quả', 'Plan and outcome'),
          L(lang, 'Đạt', 'Outcome'),
          L(lang, 'Kế hoạch', 'Plan'),
          L(lang, 'Tỷ lệ', 'Rate'),
        ],
        // An implied plan says so in its cell.
        rows: pairs.map((p) =>
          figureRow(
            p.long,
            [p.actual, p.plan, p.rate],
            lang,
            p.plan.derived,
            (f) => `${formatFigure(f, lang)}${f === p.plan && f.derived ? L(lang, ' (suy ra)', ' (implied)') : ''}`,
          ),
        ),
      },
      csv: csvRows(figs, (f) => role.get(f.id)!),
      figureIds: figs.map((f) => f.id),
      legend: [
        { key: 'KCQG', label: PROGRAMME_LABEL[lang].KCQG, colour: PROGRAMME_COLOURS.KCQG },
        { key: 'KCDP', label: PROGRAMME_LABEL[lang].KCDP, colour: PROGRAMME_COLOURS.KCDP },
        {
          key: 'ALL',
          label: L(lang, 'Tổng, không tách nguồn', 'Total, not split'),
          colour: PROGRAMME_COLOURS.ALL,
        },
      ],
    };
  },
};
export default chart;
