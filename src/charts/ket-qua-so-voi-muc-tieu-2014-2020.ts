/**
 * Chart `ket-qua-so-voi-muc-tieu-2014-2020`: each 2014–2020 result the report measures against
 * the period targets of Decision 1288, as a percentage of its target, with the 100% target line.
 * The report states the results and the rates (an achievement rate, or an excess over the
 * target), never the targets: those are derived (scripts/lib/derive.ts, RATED_RESULTS).
 */
import * as Plot from '@observablehq/plot';
import type { Figure } from '../lib/schema.ts';
import { formatFigure, formatNumber, tickFormat, type Lang } from '../lib/format.ts';
import { TARGET_COLOURS } from './palette.ts';
import { renderPlot } from './render.ts';
import { tagMarks } from './interaction.ts';
import { FONT, L, K, labelledRule, sourceLine, csvRows, type ChartDef } from './kit.ts';

/** The rows in the report's order, with a short name and the noun of the result's unit. */
const ROWS: { result: string; rate: string; vi: string; en: string; noun_vi: string; noun_en: string }[] = [
  {
    result: `${K}.training.workers`,
    rate: `${K}.training.workers.achievement`,
    vi: 'Đào tạo nghề',
    en: 'Vocational training',
    noun_vi: 'lao động',
    noun_en: 'workers',
  },
  {
    result: `${K}.mgmt-training.trainees`,
    rate: `${K}.mgmt-training.trainees.achievement`,
    vi: 'Đào tạo quản lý',
    en: 'Management training',
    noun_vi: 'học viên',
    noun_en: 'trainees',
  },
  {
    result: `${K}.demo.models`,
    rate: `${K}.demo.models.excess-over-target`,
    vi: 'Mô hình trình diễn',
    en: 'Demonstration models',
    noun_vi: 'mô hình',
    noun_en: 'models',
  },
  {
    result: `${K}.demo.tech-transfer-facilities`,
    rate: `${K}.demo.tech-transfer-facilities.excess-over-target`,
    vi: 'Chuyển giao công nghệ',
    en: 'Technology transfer',
    noun_vi: 'cơ sở',
    noun_en: 'facilities',
  },
  {
    result: `${K}.products.fair-participations`,
    rate: `${K}.products.fair-participations.excess-over-target`,
    vi: 'Dự hội chợ',
    en: 'Fair participations',
    noun_vi: 'lượt cơ sở',
    noun_en: 'facility-times',
  },
  {
    result: `${K}.funding.kcqg`,
    rate: `${K}.funding.kcqg.vs-1288-plan`,
    vi: 'Kinh phí KCQG',
    en: 'KCQG funding',
    noun_vi: '',
    noun_en: '',
  },
];

interface Row {
  name: string;
  result: Figure;
  rate: Figure;
  /** The result as a percentage of its target: the stated rate, or 100 + the stated excess (derived). */
  ach: Figure;
  target: Figure;
  x: number;
  series: 'short' | 'met';
}

/** The stated rate as what it is: a share of the target, an excess over it, or a share of the plan. */
function rateText(r: Row, lang: Lang): string {
  const v = formatFigure(r.rate, lang);
  if (r.rate.metric === 'achievement.excess_over_target') return L(lang, `vượt mục tiêu ${v}`, `${v} above target`);
  if (r.target.status === 'plan') return L(lang, `bằng ${v} mức dự kiến`, `${v} of the amount foreseen`);
  return L(lang, `đạt ${v} mục tiêu`, `${v} of target`);
}

const withNoun = (f: Figure, noun: string, lang: Lang) => `${formatFigure(f, lang)}${noun ? ` ${noun}` : ''}`;

const chart: ChartDef = {
  id: 'ket-qua-so-voi-muc-tieu-2014-2020',
  name: { vi: 'Kết quả so với mục tiêu, 2014–2020', en: 'Results against targets, 2014–2020' },
  build(d, lang, W) {
    const rows: Row[] = ROWS.map((def) => {
      const result = d.fig(def.result);
      const rate = d.fig(def.rate);
      const ach = rate.metric === 'achievement.rate' ? rate : d.fig(`derived.${rate.id}.as-achievement`);
      return {
        name: `${L(lang, def.vi, def.en)}: ${withNoun(result, L(lang, def.noun_vi, def.noun_en), lang)}`,
        result,
        rate,
        ach,
        target: d.fig(`derived.${result.id}.implied-target`),
        x: ach.value,
        series: ach.value < 100 ? 'short' : 'met',
      };
    });
    const training = rows[0]!;
    const title = L(
      lang,
      `Đào tạo nghề chỉ đạt ${formatNumber(training.rate.value, lang, 0)}% mục tiêu 2014–2020, trong khi mô hình trình diễn, chuyển giao công nghệ và hội chợ đều vượt mục tiêu`,
      `Vocational training reached only ${formatNumber(training.rate.value, lang, 0)}% of its 2014–2020 target, while demonstration models, technology transfer and fairs exceeded theirs`,
    );
    const narrow = W < 500;
    const max = Math.max(...rows.map((r) => r.x));
    const xMax = max * (narrow ? 1.15 : 1.35);
    // Where the dots sit below a row's centre. On a phone each row has three lines: the name and
    // result, the stated rate, then the dots (a rate beside its dot would run off the screen).
    const ROW_DY = narrow ? 16 : 9;
    const focusTag = (fig: (r: Row) => Figure) => tagMarks(rows, { fig, series: (r) => r.series, focus: true });
    const tag = (fig: (r: Row) => Figure) => tagMarks(rows, { fig, series: (r) => r.series });
    const colour = (r: Row) => TARGET_COLOURS[r.series];
    const targetLabel = L(lang, '◆ Mục tiêu = 100%', '◆ Target = 100%');
    const svg = renderPlot(
      {
        width: W,
        height: 46 + rows.length * (narrow ? 72 : 54),
        marginLeft: 16,
        marginRight: 24,
        marginTop: 34,
        marginBottom: 36,
        style: FONT,
        x: {
          label: L(lang, '% mục tiêu (kinh phí: % mức dự kiến)', '% of target (funding: % of the amount foreseen)'),
          labelAnchor: 'left',
          domain: [0, xMax],
          grid: true,
          ticks: narrow ? 4 : 6,
          tickFormat: tickFormat(lang, 'percent'),
        },
        y: { axis: null, domain: rows.map((r) => r.name), paddingInner: 0.1 },
        marks: [
          // The target line, drawn once and labelled: every result is measured against it.
          ...labelledRule(100, targetLabel, -22),
          // Each row: its name and result, the distance from the target, the target's tick, the result.
          Plot.text(rows, {
            x: 0,
            y: 'name',
            text: 'name',
            textAnchor: 'start',
            dy: narrow ? -22 : -12,
            fill: 'currentColor',
            render: focusTag((r) => r.result),
          }),
          Plot.ruleY(rows, {
            y: 'name',
            x1: 100,
            x2: 'x',
            dy: ROW_DY,
            stroke: colour,
            strokeWidth: 3,
            render: tag((r) => r.ach),
          }),
          // The target itself: a diamond on the 100% line (a shape a pointer or a finger can find).
          Plot.dot(rows, {
            x: 100,
            y: 'name',
            dy: ROW_DY,
            symbol: 'diamond',
            r: 6,
            fill: 'currentColor',
            title: (r: Row) => `${L(lang, 'Mục tiêu suy ra', 'Implied target')}: ${formatFigure(r.target, lang)}`,
            render: focusTag((r) => r.target),
          }),
          Plot.dot(rows, {
            x: 'x',
            y: 'name',
            dy: ROW_DY,
            r: 5.5,
            fill: colour,
            title: (r: Row) => `${r.name}: ${rateText(r, lang)}`,
            render: focusTag((r) => r.ach),
          }),
          // The stated rate beside its dot, or, for a result short of its target, beyond the target
          // line, so the words never sit on the line that measures the gap (on a phone, on a line
          // of its own). A stated excess is a
          // figure of its own (the dot is the derived % of target), so its words take the focus.
          ...[rows.filter((r) => r.ach === r.rate), rows.filter((r) => r.ach !== r.rate)].map((side, own) =>
            Plot.text(side, {
              x: (r: Row) => (narrow ? 0 : Math.max(r.x, 100)),
              y: 'name',
              dy: narrow ? -4 : ROW_DY,
              dx: narrow ? 0 : 9,
              textAnchor: 'start',
              text: (r: Row) => rateText(r, lang),
              fill: 'currentColor',
              render: tagMarks(side, { fig: (r) => r.rate, series: (r) => r.series, focus: own === 1 }),
            }),
          ),
        ],
      },
      title,
    );
    const short = rows.filter((r) => r.series === 'short').length;
    const figs = rows.flatMap((r) => [r.result, r.rate, ...(r.ach === r.rate ? [] : [r.ach]), r.target]);
    const role = (f: Figure) =>
      f.derived
        ? f.metric === 'achievement.rate'
          ? 'result as % of target (derived)'
          : `${f.status} (derived)`
        : f.metric.startsWith('achievement.')
          ? f.metric === 'achievement.rate'
            ? 'achievement rate (stated)'
            : 'excess over target (stated)'
          : 'result (stated)';
    const rowOf = (f: Figure) => rows.find((r) => [r.result, r.rate, r.ach, r.target].includes(f))!.result.id;
    return {
      id: this.id,
      title,
      subtitle: L(
        lang,
        `Kết quả 2014–2020 tính theo % mục tiêu giai đoạn của Quyết định 1288. Báo cáo nêu kết quả và tỷ lệ đạt hoặc vượt mục tiêu, không nêu chính mục tiêu: mục tiêu là con số chúng tôi suy ra. ${short} trong ${rows.length} chỉ tiêu dưới mục tiêu`,
        `2014–2020 results as a percentage of the period targets of Decision 1288. The report states each result and the rate by which it reached or beat its target, not the target itself: the targets are our arithmetic. ${short} of ${rows.length} measures fell short`,
      ),
      sourceLine: sourceLine(
        d,
        rows.map((r) => r.rate.id),
        lang,
      ),
      alt: L(
        lang,
        `Biểu đồ chấm theo % mục tiêu, đường mục tiêu 100%. ${rows.map((r) => `${r.name}, ${rateText(r, lang)} (mục tiêu suy ra ${formatFigure(r.target, lang)})`).join('; ')}.`,
        `Dot chart as a percentage of target, with the 100% target line. ${rows.map((r) => `${r.name}, ${rateText(r, lang)} (implied target ${formatFigure(r.target, lang)})`).join('; ')}.`,
      ),
      views: [{ key: 'vs-target', label: L(lang, '% mục tiêu', '% of target'), svg }],
      table: {
        columns: [
          L(lang, 'Chỉ tiêu', 'Measure'),
          L(lang, 'Kết quả (báo cáo)', 'Result (report)'),
          L(lang, 'Tỷ lệ (báo cáo)', 'Rate (report)'),
          L(lang, 'Mục tiêu (tính toán)', 'Target (derived)'),
          L(lang, '% mục tiêu', '% of target'),
        ],
        rows: rows.map((r) => ({
          cells: [
            r.name.replace(/:.*$/, ''),
            withNoun(r.result, '', lang),
            rateText(r, lang),
            formatFigure(r.target, lang),
            formatFigure(r.ach, lang),
          ],
          figureIds: [r.result.id, r.rate.id, r.target.id, r.ach.id].filter((x, i, a) => a.indexOf(x) === i),
          derived: true,
          cellIds: [null, r.result.id, r.rate.id, r.target.id, r.ach.id],
        })),
      },
      legend: [
        { key: 'short', label: L(lang, 'Dưới mục tiêu', 'Short of target'), colour: TARGET_COLOURS.short },
        { key: 'met', label: L(lang, 'Đạt hoặc vượt mục tiêu', 'At or above target'), colour: TARGET_COLOURS.met },
      ],
      csv: csvRows(figs, (f) => ({ measure: rowOf(f), role: role(f), formula: f.formula })),
      figureIds: figs.map((f) => f.id),
    };
  },
};
export default chart;
