/**
 * What every chart module shares: the model a chart builds (title stating the finding, subtitle
 * with unit and period, source line, text alternative, data table, one SVG per view), the two
 * drawing widths, and the helpers for bars, tables, source lines and CSV rows. Each chart is a
 * module of its own (src/charts/<id>.ts); src/charts/registry.ts lists them.
 */
import * as Plot from '@observablehq/plot';
import type { Figure } from '../lib/schema.ts';
import { formatFigure, formatNumber, formatPeriod, tickFormat, type Lang } from '../lib/format.ts';
import { renderPlot } from './render.ts';
import { tagMarks } from './interaction.ts';
import type { SiteData } from '../lib/data.ts';
import { inLang } from '../lib/i18n.ts';

export interface ChartView {
  key: string;
  label: string;
  /** Drawn for a desktop column (720 px). */
  svg: string;
  /** Drawn for a phone (360 px): labels above bars, same type size. */
  svgNarrow?: string;
}
export interface ChartModel {
  id: string;
  title: string;
  subtitle: string;
  sourceLine: string;
  alt: string;
  views: ChartView[];
  table: {
    columns: string[];
    rows: {
      cells: string[];
      figureIds: string[];
      derived: boolean;
      /** The figure each cell shows (null: a label), so the table links every number to its sentence. */
      cellIds: (string | null)[];
    }[];
  };
  /** Colour key, when colour carries meaning not written on the marks (drawn as an HTML legend). */
  legend?: { key: string; label: string; colour: string }[];
  /** Machine-readable rows for the CSV download (values in base units). */
  csv: Record<string, string | number | boolean>[];
  figureIds: string[];
}
export interface ChartDef {
  id: string;
  /** Short name for lists and slides. */
  name: { vi: string; en: string };
  /** W is the drawing width: each chart is drawn twice, for phones and for desktops. */
  build: (d: SiteData, lang: Lang, W: number) => ChartModel;
}

export const WIDE = 720;
export const NARROW = 360;
export const FONT = { fontSize: '13px' };
export const L = (lang: Lang, vi: string, en: string) => (lang === 'vi' ? vi : en);
export const bn = (v: number) => v / 1e9;

export function sourceLine(d: SiteData, ids: string[], lang: Lang): string {
  const titles = [...new Set(ids.map((id) => d.fig(id).source))].map((s) => inLang(d.source(s), 'title', lang));
  return `${L(lang, 'Nguồn', 'Source')}: ${titles.join('; ')}.`;
}

/**
 * A chart's CSV rows: each figure with every tag that is part of it (period label, status,
 * qualifier: "about 104 bn" is not 104 bn) and where it comes from (report and line; a derived
 * figure has no line, its formula is in figures.csv).
 */
export function csvRows(figs: Figure[], extra: (f: Figure) => Record<string, string | number> = () => ({})) {
  return figs.map((f) => ({
    id: f.id,
    label_vi: f.label_vi,
    label_en: f.label_en,
    geo: f.geo,
    period_start: f.period_start,
    period_end: f.period_end,
    period_label: f.period_label,
    programme: f.programme,
    status: f.status,
    qualifier: f.qualifier,
    value: f.value,
    unit: f.unit,
    source: f.source,
    line: f.derived ? '' : f.line,
    derived: f.derived,
    ...extra(f),
  }));
}

export interface Rule {
  value: number;
  label: string;
  /** The figure the line is drawn from: it then answers like a bar (tagged, focusable). */
  fig?: Figure;
}
export interface Bar {
  label: string;
  value: number;
  fig: Figure;
  colour: string;
  /** What the colour stands for (a programme, a region), for the legend and the interaction. */
  series?: string;
}
/** Horizontal bars with direct value labels: the value is readable without colour or axis. */
export function barChart(
  bars: Bar[],
  lang: Lang,
  kind: 'billions' | 'percent' | 'count' | 'millions',
  ariaLabel: string,
  xLabel: string,
  W: number,
  rule?: Rule | Rule[],
  /** One bar drawn hollow with a note inside it (money no region received). */
  note?: { label: string; text: string },
): string {
  const rules = rule === undefined ? [] : Array.isArray(rule) ? rule : [rule];
  const fmt = kind === 'millions' ? (x: number) => formatNumber(x / 1e6, lang, 0) : tickFormat(lang, kind);
  const text = (v: number) =>
    kind === 'billions'
      ? formatNumber(bn(v), lang, 2)
      : kind === 'millions'
        ? formatNumber(v / 1e6, lang, 1)
        : kind === 'percent'
          ? `${formatNumber(v, lang, 2)}%`
          : formatNumber(v, lang, 0);
  const data = bars.map((b) => ({ ...b, text: text(b.value) }));
  const narrow = W < 500;
  const title = (b: Bar) => `${b.label}: ${formatFigure(b.fig, lang)}`;
  // Reference lines: dashed, then dotted; their labels stacked above the plot so that two close
  // values never print over each other. A line drawn from a figure answers like a bar.
  const ruleMarks = rules.flatMap((r, i) => [
    Plot.ruleX([r.value], {
      stroke: 'currentColor',
      strokeDasharray: i ? '1,3' : '4,3',
      ...(r.fig ? { render: tagMarks([r.value], { fig: () => r.fig!, focus: true }) } : {}),
    }),
    Plot.text([r.value], {
      x: (v: number) => v,
      frameAnchor: 'top',
      dy: -14 - 16 * (rules.length - 1 - i),
      text: () => r.label,
      textAnchor: 'middle',
      fill: 'currentColor',
      ...(r.fig ? { render: tagMarks([r.value], { fig: () => r.fig! }) } : {}),
    }),
  ]);
  const top = rules.length ? 12 + 16 * rules.length : 10;
  const series = bars.some((b) => b.series) ? (b: Bar) => b.series ?? '' : undefined;
  const tag = tagMarks(data, { fig: (b) => b.fig, series });
  // The annotated bar (money no region received) is drawn hollow, with its note inside it.
  const noted = data.filter((b) => b.label === note?.label);
  const solid = data.filter((b) => b.label !== note?.label);
  const bar = (y: object) => [
    Plot.barX(solid, {
      x: 'value',
      y: 'label',
      fill: 'colour',
      title,
      ...y,
      render: tagMarks(solid, { fig: (b) => b.fig, series, focus: true }),
    }),
    ...(noted.length
      ? [
          Plot.barX(noted, {
            x: 'value',
            y: 'label',
            fill: 'none',
            stroke: 'colour',
            strokeWidth: 1.5,
            strokeDasharray: '5,3',
            title,
            ...y,
            render: tagMarks(noted, { fig: (b) => b.fig, focus: true }),
          }),
          Plot.text(noted, {
            x: 0,
            y: 'label',
            text: () => note!.text,
            textAnchor: 'start',
            dx: 6,
            fill: 'currentColor',
            fontStyle: 'italic',
            ...('insetTop' in y ? { dy: 10 } : {}),
            render: tagMarks(noted, { fig: (b) => b.fig }),
          }),
        ]
      : []),
  ];
  // Each bar's value written at its end (on phones, lowered to sit beside the bar under its label).
  const valueLabels = (shift: { dy?: number }) =>
    Plot.text(data, {
      x: 'value',
      y: 'label',
      text: 'text',
      textAnchor: 'start',
      dx: 4,
      ...shift,
      fill: 'currentColor',
      render: tag,
    });
  if (narrow) {
    // Phones: each label sits above its bar, so long Vietnamese labels never shrink the bars.
    return renderPlot(
      {
        width: W,
        height: 50 + bars.length * 48 + (top - 10),
        marginLeft: 4,
        marginRight: 56,
        marginTop: top,
        style: FONT,
        x: { label: xLabel, tickFormat: fmt, grid: true, nice: true, ticks: 3 },
        y: { axis: null, domain: data.map((b) => b.label), paddingInner: 0.1 },
        marks: [
          ...bar({ insetTop: 20 }),
          labelAboveBar(data, tag),
          valueLabels({ dy: 10 }),
          ...ruleMarks,
          Plot.ruleX([0]),
        ],
      },
      ariaLabel,
    );
  }
  const longest = Math.max(...bars.map((b) => b.label.length));
  return renderPlot(
    {
      width: W,
      height: 44 + bars.length * 36 + (top - 10),
      marginLeft: Math.min(300, 16 + longest * 7.4),
      marginRight: 70,
      marginTop: top,
      style: FONT,
      x: { label: xLabel, tickFormat: fmt, grid: true, nice: true, ticks: 5 },
      y: { label: null, domain: data.map((b) => b.label) },
      marks: [...bar({}), valueLabels({}), ...ruleMarks, Plot.ruleX([0])],
    },
    ariaLabel,
  );
}

/**
 * A row's label written just above its bar, for phones: one mark for every row chart, so that a
 * long Vietnamese label never shrinks the bars. By default it starts at x = 0 and wraps at 40 ems;
 * `place` overrides that (e.g. the frame's left edge when bars run below zero).
 */
export function labelAboveBar<T extends { label: string }>(
  rows: T[],
  render: Plot.RenderFunction,
  place: { x: number; lineWidth: number } | { frameAnchor: 'left' } = { x: 0, lineWidth: 40 },
) {
  return Plot.text(rows, {
    ...('frameAnchor' in place ? place : { x: place.x }),
    y: 'label',
    text: 'label',
    textAnchor: 'start',
    dy: -9,
    fill: 'currentColor',
    ...('lineWidth' in place ? { lineWidth: place.lineWidth } : {}),
    render,
  });
}

/** A column's heading above the numbers written in the right margin (same place in every row chart). */
export const columnHead = (text: string, dx: number) =>
  Plot.text([text], { frameAnchor: 'top-right', text: (t: string) => t, textAnchor: 'end', dx, dy: -16 });

/**
 * A row chart with columns of numbers in its right margin, drawn for either width: on phones each
 * row's label sits above its bar (`labels`), on desktops in the left margin. One layout, so the
 * charts that use it keep the same row heights and margins.
 */
export function sideColumnRows(
  o: {
    W: number;
    domain: string[];
    x: Plot.ScaleOptions;
    marks: Plot.Markish[];
    labels: Plot.Markish;
    marginLeft: { narrow: number; wide: number };
    marginRight: number;
  },
  ariaLabel: string,
): string {
  const narrow = o.W < 500;
  return renderPlot(
    {
      width: o.W,
      height: narrow ? 70 + o.domain.length * 48 : 64 + o.domain.length * 34,
      marginLeft: narrow ? o.marginLeft.narrow : o.marginLeft.wide,
      marginRight: o.marginRight,
      marginTop: 30,
      style: FONT,
      x: o.x,
      y: narrow ? { axis: null, domain: o.domain, paddingInner: 0.1 } : { label: null, domain: o.domain },
      marks: narrow ? [...o.marks, o.labels] : o.marks,
    },
    ariaLabel,
  );
}

/** A dashed reference line (a target, an earlier result) with its bold label above the plot. */
export const labelledRule = (value: number, label: string, dy: number) => [
  Plot.ruleX([value], { stroke: 'currentColor', strokeDasharray: '4,3', strokeOpacity: 0.8 }),
  Plot.text([value], {
    x: (v: number) => v,
    frameAnchor: 'top',
    dy,
    text: () => label,
    textAnchor: 'middle',
    fill: 'currentColor',
    fontWeight: 'bold',
  }),
];

/** An item shown twice, as an amount of money and as its share of a total (one colour for both). */
export interface AmountShare {
  label: string;
  amount: Figure;
  share: Figure;
  colour: string;
}

/**
 * The two views of a chart that can show its items as amounts (VND billion) or as shares (%): the
 * same bars, labels and colours in both, so the toggle changes only the scale.
 */
export function amountShareViews(
  items: AmountShare[],
  lang: Lang,
  W: number,
  ariaLabel: string,
  shareAxis: string,
  note?: { label: string; text: string },
): ChartView[] {
  const bars = (pick: (i: AmountShare) => Figure): Bar[] =>
    items.map((i) => ({ label: i.label, value: pick(i).value, fig: pick(i), colour: i.colour }));
  return [
    {
      key: 'amount',
      label: L(lang, 'Số tiền', 'Amount'),
      svg: barChart(
        bars((i) => i.amount),
        lang,
        'billions',
        ariaLabel,
        L(lang, 'tỷ đồng', 'VND billion'),
        W,
        undefined,
        note,
      ),
    },
    {
      key: 'share',
      label: L(lang, 'Tỷ trọng', 'Share'),
      svg: barChart(
        bars((i) => i.share),
        lang,
        'percent',
        ariaLabel,
        shareAxis,
        W,
        undefined,
        note,
      ),
    },
  ];
}

/**
 * A table row: its label, then one cell per figure, each cell linked to the figure it shows (the
 * same bookkeeping in every chart's table). `cell` writes a figure differently (e.g. marks it implied).
 */
export function figureRow(
  label: string,
  figs: Figure[],
  lang: Lang,
  derived: boolean,
  cell: (f: Figure) => string = (f) => formatFigure(f, lang),
): ChartModel['table']['rows'][number] {
  const ids = figs.map((f) => f.id);
  return { cells: [label, ...figs.map(cell)], figureIds: ids, derived, cellIds: [null, ...ids] };
}

/** The table of such a chart: one row per item, its amount and its share, each linked to its figure. */
export function amountShareTable(items: AmountShare[], lang: Lang, itemColumn: string): ChartModel['table'] {
  return {
    columns: [itemColumn, L(lang, 'Kinh phí', 'Funding'), L(lang, 'Tỷ trọng', 'Share')],
    rows: items.map(({ label, amount, share }) => figureRow(label, [amount, share], lang, amount.derived)),
  };
}

export function tableOf(figs: Figure[], lang: Lang, label: (f: Figure) => string) {
  return {
    columns: [
      L(lang, 'Chỉ tiêu', 'Measure'),
      L(lang, 'Giá trị', 'Value'),
      L(lang, 'Giai đoạn', 'Period'),
      L(lang, 'Nguồn', 'Source'),
    ],
    rows: figs.map((f) => ({
      cells: [label(f), formatFigure(f, lang), formatPeriod(f, lang), f.source],
      figureIds: [f.id],
      derived: f.derived,
      cellIds: [null, f.id, null, null],
    })),
  };
}

export const extremes = (figs: Figure[], label: (f: Figure) => string, lang: Lang) => {
  const s = [...figs].sort((a, b) => b.value - a.value);
  const hi = s[0]!;
  const lo = s[s.length - 1]!;
  return L(
    lang,
    `Cao nhất: ${label(hi)} (${formatFigure(hi, lang)}); thấp nhất: ${label(lo)} (${formatFigure(lo, lang)}).`,
    `Highest: ${label(hi)} (${formatFigure(hi, lang)}); lowest: ${label(lo)} (${formatFigure(lo, lang)}).`,
  );
};

/** The two reports most charts draw on. */
export const N = 'nd45-2013-2022';
export const K = 'kcqg-2014-2020';
