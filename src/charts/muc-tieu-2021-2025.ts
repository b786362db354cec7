/**
 * Chart `muc-tieu-2021-2025`: what the programme promised next. Each 2021–2025 target beside the
 * 2014–2020 result of the same quantity, as a multiple of that result (a dumbbell on a log
 * scale: the earlier result sits on the 1× line). Which result a target compares with is data
 * (data/reference/target-results.csv, checked in scripts/lib/target-results.ts: one metric key,
 * programme, place and report); a target without one is listed in the table with the reason.
 */
import * as Plot from '@observablehq/plot';
import type { Figure } from '../lib/schema.ts';
import { formatFigure, formatNumber, formatPeriod, type Lang } from '../lib/format.ts';
import { inLang } from '../lib/i18n.ts';
import { TARGET_COLOURS } from './palette.ts';
import { renderPlot } from './render.ts';
import { tagMarks } from './interaction.ts';
import { FONT, L, labelledRule, sourceLine, csvRows, type ChartDef } from './kit.ts';

interface Pair {
  name: string;
  target: Figure;
  result: Figure;
  ratio: Figure;
}

const years = (f: Figure) => f.period_end - f.period_start + 1;
const times = (v: number, lang: Lang) => `${formatNumber(v, lang, 2)}×`;

const chart: ChartDef = {
  id: 'muc-tieu-2021-2025',
  name: { vi: 'Mục tiêu 2021–2025 so với kết quả 2014–2020', en: '2021–2025 targets against 2014–2020 results' },
  build(d, lang, W) {
    const all = d.targetResults.map((p) => ({
      p,
      target: d.fig(p.target_id),
      result: p.result_id ? d.fig(p.result_id) : undefined,
    }));
    const pairs: Pair[] = all
      .filter((x) => x.result)
      .map(({ target, result }) => ({
        name: inLang(target, 'label', lang),
        target,
        result: result!,
        ratio: d.fig(`derived.${target.id}.vs-earlier-result`),
      }))
      // Most ambitious first: the order is the finding.
      .sort((a, b) => b.ratio.value - a.ratio.value);
    const unpaired = all.length - pairs.length;
    const t0 = pairs[0]!.target;
    const r0 = pairs[0]!.result;
    const targetPeriod = formatPeriod(t0, lang);
    const resultPeriod = formatPeriod(r0, lang);
    const title = L(
      lang,
      'Mục tiêu 2021–2025 đòi nhiều mô hình trình diễn và nhãn hiệu hơn những gì giai đoạn 2014–2020 làm được, nhưng ít lao động học nghề hơn',
      'The 2021–2025 targets ask for more demonstration models and trademarks than 2014–2020 delivered, but fewer trained workers',
    );
    const narrow = W < 500;
    const ratios = pairs.map((p) => p.ratio.value);
    const lo = Math.min(0.5, ...ratios) / (narrow ? 2.6 : 2);
    const hi = Math.max(2, ...ratios) * (narrow ? 2.6 : 2);
    const rowH = narrow ? 66 : 50;
    const up = (p: Pair) => p.ratio.value >= 1;
    const text = (f: Figure) => formatFigure(f, lang);
    const resultLabel = L(lang, `= kết quả ${resultPeriod}`, `= ${resultPeriod} result`);
    const svg = renderPlot(
      {
        width: W,
        height: 70 + pairs.length * rowH,
        marginLeft: 8,
        marginRight: 12,
        marginTop: 30,
        marginBottom: 40,
        style: FONT,
        x: {
          type: 'log',
          domain: [lo, hi],
          label: L(
            lang,
            `số lần kết quả ${resultPeriod}, thang logarit`,
            `times the ${resultPeriod} result, log scale`,
          ),
          labelAnchor: 'left',
          grid: true,
          ticks: narrow ? [0.1, 0.5, 1, 2, 5, 10] : [0.1, 0.2, 0.5, 1, 2, 5, 10],
          tickFormat: (v: number) => times(v, lang),
        },
        y: { axis: null, domain: pairs.map((p) => p.name), paddingInner: 0.1 },
        marks: [
          // Where a target equals the earlier result, labelled: left of it is a smaller target.
          ...labelledRule(1, resultLabel, -18),
          Plot.text(pairs, {
            x: lo,
            y: 'name',
            text: 'name',
            textAnchor: 'start',
            // On a phone a long name wraps upwards, away from its dots.
            dy: narrow ? -2 : -12,
            lineAnchor: narrow ? 'bottom' : 'middle',
            lineWidth: narrow ? 24 : 60,
            lineHeight: 1.2,
            fill: 'currentColor',
            render: tagMarks(pairs, { fig: (p) => p.target }),
          }),
          Plot.ruleY(pairs, {
            y: 'name',
            x1: 1,
            x2: (p: Pair) => p.ratio.value,
            dy: 10,
            stroke: TARGET_COLOURS.target,
            strokeWidth: 3,
            title: (p: Pair) => `${p.name}: ${times(p.ratio.value, lang)}`,
            render: tagMarks(pairs, { fig: (p) => p.ratio, series: () => 'target' }),
          }),
          Plot.dot(pairs, {
            x: 1,
            y: 'name',
            dy: 10,
            r: 5,
            fill: 'none',
            stroke: TARGET_COLOURS.result,
            strokeWidth: 2,
            title: (p: Pair) => `${resultPeriod}: ${text(p.result)}`,
            render: tagMarks(pairs, { fig: (p) => p.result, series: () => 'result' }),
          }),
          Plot.dot(pairs, {
            x: (p: Pair) => p.ratio.value,
            y: 'name',
            dy: 10,
            r: 5.5,
            fill: TARGET_COLOURS.target,
            title: (p: Pair) => `${targetPeriod}: ${text(p.target)} (${times(p.ratio.value, lang)})`,
            // The dot sits at the multiple, so it answers with the multiple; the numbers beside
            // it answer with the target and the earlier result.
            render: tagMarks(pairs, { fig: (p) => p.ratio, series: () => 'target', focus: true }),
          }),
          // Each value on the far side of its dot, so the two never print over each other.
          ...[pairs.filter(up), pairs.filter((p) => !up(p))].flatMap((side) => {
            const right = side.length > 0 && up(side[0]!);
            return [
              Plot.text(side, {
                x: 1,
                y: 'name',
                dy: 10,
                dx: right ? -9 : 9,
                textAnchor: right ? 'end' : 'start',
                text: (p: Pair) => text(p.result),
                fill: 'currentColor',
                render: tagMarks(side, { fig: (p) => p.result, series: () => 'result', focus: true }),
              }),
              Plot.text(side, {
                x: (p: Pair) => p.ratio.value,
                y: 'name',
                dy: 10,
                dx: right ? 9 : -9,
                textAnchor: right ? 'start' : 'end',
                text: (p: Pair) => text(p.target),
                fill: 'currentColor',
                fontWeight: 'bold',
                render: tagMarks(side, { fig: (p) => p.target, series: () => 'target', focus: true }),
              }),
            ];
          }),
        ],
      },
      title,
    );
    const none = L(lang, 'không có kết quả cùng loại', 'no comparable result');
    const figs = [...all.map((x) => x.target), ...pairs.flatMap((p) => [p.result, p.ratio])];
    const role = (f: Figure) =>
      f.derived
        ? 'target ÷ earlier result (derived)'
        : f.status === 'target'
          ? 'target (stated)'
          : 'earlier result (stated)';
    const pairOf = (f: Figure) =>
      all.find((x) => x.target === f || x.result === f)?.target.id ?? pairs.find((p) => p.ratio === f)!.target.id;
    const more = pairs.filter((p) => p.ratio.value > 1).length;
    const less = pairs.filter((p) => p.ratio.value < 1).length;
    return {
      id: this.id,
      title,
      subtitle: L(
        lang,
        `Mỗi mục tiêu ${targetPeriod} (${years(t0)} năm) bằng bao nhiêu lần kết quả ${resultPeriod} (${years(r0)} năm) của cùng chỉ tiêu: ${more} cao hơn, ${less} thấp hơn. ${unpaired} mục tiêu khác không có kết quả cùng loại để so (xem bảng)`,
        `Each ${targetPeriod} target (${years(t0)} years) as a multiple of the ${resultPeriod} result (${years(r0)} years) for the same quantity: ${more} higher, ${less} lower. ${unpaired} other targets have no comparable result (see the table)`,
      ),
      sourceLine: sourceLine(
        d,
        all.map((x) => x.target.id),
        lang,
      ),
      alt: L(
        lang,
        `Biểu đồ quả tạ trên thang logarit, mục tiêu ${targetPeriod} so với kết quả ${resultPeriod}: ${pairs.map((p) => `${p.name}: ${text(p.target)} so với ${text(p.result)} (${formatFigure(p.ratio, lang)}×)`).join('; ')}. ${unpaired} mục tiêu không có kết quả cùng loại.`,
        `Dumbbell chart on a log scale, ${targetPeriod} targets against ${resultPeriod} results: ${pairs.map((p) => `${p.name}: ${text(p.target)} against ${text(p.result)} (${formatFigure(p.ratio, lang)}×)`).join('; ')}. ${unpaired} targets have no comparable result.`,
      ),
      views: [{ key: 'vs-result', label: L(lang, 'Số lần', 'Multiple'), svg }],
      table: {
        columns: [
          L(lang, `Mục tiêu ${targetPeriod}`, `${targetPeriod} target`),
          L(lang, 'Mục tiêu', 'Target'),
          L(lang, `Kết quả ${resultPeriod}`, `${resultPeriod} result`),
          L(lang, 'Số lần (tính toán)', 'Multiple (derived)'),
          L(lang, 'Ghi chú', 'Note'),
        ],
        rows: all.map(({ p, target, result }) => {
          const ratio = result ? d.fig(`derived.${target.id}.vs-earlier-result`) : undefined;
          return {
            cells: [
              inLang(target, 'label', lang),
              text(target),
              result ? text(result) : none,
              ratio ? `${formatFigure(ratio, lang)}×` : '—',
              inLang(p, 'note', lang),
            ],
            figureIds: [target.id, ...(result ? [result.id] : []), ...(ratio ? [ratio.id] : [])],
            derived: Boolean(ratio),
            cellIds: [null, target.id, result?.id ?? null, ratio?.id ?? null, null],
          };
        }),
      },
      legend: [
        {
          key: 'result',
          label: L(lang, `Kết quả ${resultPeriod}`, `${resultPeriod} result`),
          colour: TARGET_COLOURS.result,
        },
        {
          key: 'target',
          label: L(lang, `Mục tiêu ${targetPeriod}`, `${targetPeriod} target`),
          colour: TARGET_COLOURS.target,
        },
      ],
      csv: csvRows(figs, (f) => ({ target: pairOf(f), role: role(f), formula: f.formula })),
      figureIds: figs.map((f) => f.id),
    };
  },
};
export default chart;
