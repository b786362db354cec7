/**
 * Every chart of the site: a stable id, the figures it draws (by id), and a pure function from
 * data to a chart model (title stating the finding, subtitle with unit and period, source line,
 * text alternative, data table, one SVG per view). Pages, chart pages, embeds, PNG/CSV
 * downloads and the presentation all read this one list.
 */
import * as Plot from '@observablehq/plot';
import type { Figure } from '../lib/schema.ts';
import { collator, formatFigure, formatNumber, formatValue, tickFormat, type Lang } from '../lib/format.ts';
import { PROGRAMME_COLOURS, REGION_COLOURS, NEUTRAL } from './palette.ts';
import { renderPlot } from './render.ts';
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
  sourceIds: string[];
  alt: string;
  views: ChartView[];
  table: { columns: string[]; rows: { cells: string[]; figureIds: string[]; derived: boolean }[] };
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
const FONT = { fontSize: '13px' };
const L = (lang: Lang, vi: string, en: string) => (lang === 'vi' ? vi : en);
const bn = (v: number) => v / 1e9;

function sourceLine(d: SiteData, ids: string[], lang: Lang): string {
  const titles = [...new Set(ids.map((id) => d.fig(id).source))].map((s) => inLang(d.source(s), 'title', lang));
  return `${L(lang, 'Nguồn', 'Source')}: ${titles.join('; ')}.`;
}

function csvRows(figs: Figure[], extra: (f: Figure) => Record<string, string | number> = () => ({})) {
  return figs.map((f) => ({ id: f.id, label_vi: f.label_vi, label_en: f.label_en, geo: f.geo, period_start: f.period_start, period_end: f.period_end, programme: f.programme, status: f.status, value: f.value, unit: f.unit, source: f.source, derived: f.derived, ...extra(f) }));
}

interface Bar { label: string; value: number; fig: Figure; colour: string }
/** Horizontal bars with direct value labels: the value is readable without colour or axis. */
function barChart(bars: Bar[], lang: Lang, kind: 'billions' | 'percent' | 'count' | 'millions', ariaLabel: string, xLabel: string, W: number, rule?: { value: number; label: string }): string {
  const fmt = kind === 'millions' ? (x: number) => formatNumber(x / 1e6, lang, 0) : tickFormat(lang, kind);
  const text = (v: number) => (kind === 'billions' ? formatNumber(bn(v), lang, 2) : kind === 'millions' ? formatNumber(v / 1e6, lang, 1) : kind === 'percent' ? `${formatNumber(v, lang, 2)}%` : formatNumber(v, lang, 0));
  const data = bars.map((b) => ({ ...b, text: text(b.value) }));
  const narrow = W < 500;
  const title = (b: Bar) => `${b.label}: ${formatFigure(b.fig, lang)}`;
  const ruleMarks = rule ? [
    Plot.ruleX([rule.value], { stroke: 'currentColor', strokeDasharray: '4,3' }),
    Plot.text([rule.value], { x: (v: number) => v, frameAnchor: 'top', dy: -14, text: () => rule.label, textAnchor: 'middle', fill: 'currentColor' }),
  ] : [];
  if (narrow) {
    // Phones: each label sits above its bar, so long Vietnamese labels never shrink the bars.
    return renderPlot({
      width: W, height: 50 + bars.length * 48, marginLeft: 4, marginRight: 56, marginTop: rule ? 28 : 10, style: FONT,
      x: { label: xLabel, tickFormat: fmt, grid: true, nice: true, ticks: 3 },
      y: { axis: null, domain: data.map((b) => b.label), paddingInner: 0.1 },
      marks: [
        Plot.barX(data, { x: 'value', y: 'label', fill: 'colour', insetTop: 20, title }),
        Plot.text(data, { x: 0, y: 'label', text: 'label', textAnchor: 'start', dy: -9, fill: 'currentColor', lineWidth: 40 }),
        Plot.text(data, { x: 'value', y: 'label', text: 'text', textAnchor: 'start', dx: 4, dy: 10, fill: 'currentColor' }),
        ...ruleMarks,
        Plot.ruleX([0]),
      ],
    }, ariaLabel);
  }
  const longest = Math.max(...bars.map((b) => b.label.length));
  return renderPlot({
    width: W, height: 44 + bars.length * 36, marginLeft: Math.min(300, 16 + longest * 7.4), marginRight: 70, marginTop: rule ? 28 : 10, style: FONT,
    x: { label: xLabel, tickFormat: fmt, grid: true, nice: true, ticks: 5 },
    y: { label: null, domain: data.map((b) => b.label) },
    marks: [
      Plot.barX(data, { x: 'value', y: 'label', fill: 'colour', title }),
      Plot.text(data, { x: 'value', y: 'label', text: 'text', textAnchor: 'start', dx: 4, fill: 'currentColor' }),
      ...ruleMarks,
      Plot.ruleX([0]),
    ],
  }, ariaLabel);
}

function tableOf(figs: Figure[], lang: Lang, label: (f: Figure) => string) {
  return {
    columns: [L(lang, 'Chỉ tiêu', 'Measure'), L(lang, 'Giá trị', 'Value'), L(lang, 'Giai đoạn', 'Period'), L(lang, 'Nguồn', 'Source')],
    rows: figs.map((f) => ({
      cells: [label(f), formatFigure(f, lang), f.period_start === f.period_end ? String(f.period_start) : `${f.period_start}–${f.period_end}`, f.source],
      figureIds: [f.id], derived: f.derived,
    })),
  };
}

const extremes = (figs: Figure[], label: (f: Figure) => string, lang: Lang) => {
  const s = [...figs].sort((a, b) => b.value - a.value);
  const hi = s[0]!;
  const lo = s[s.length - 1]!;
  return L(lang, `Cao nhất: ${label(hi)} (${formatFigure(hi, lang)}); thấp nhất: ${label(lo)} (${formatFigure(lo, lang)}).`,
    `Highest: ${label(hi)} (${formatFigure(hi, lang)}); lowest: ${label(lo)} (${formatFigure(lo, lang)}).`);
};

const N = 'nd45-2013-2022';
const K = 'kcqg-2014-2020';

export const CHARTS: ChartDef[] = [
  {
    id: 'kinh-phi-theo-hoat-dong',
    name: { vi: 'Kinh phí theo hoạt động, 2013–2022', en: 'Funding by activity, 2013–2022' },
    build(d, lang, W) {
      const acts: [string, string, string][] = [
        ['demo', 'Mô hình trình diễn, máy móc', 'Demonstration models, machinery'],
        ['products', 'Sản phẩm CNNT, hội chợ', 'Rural products, fairs'],
        ['training', 'Đào tạo nghề', 'Vocational training'],
        ['management', 'Nâng cao năng lực quản lý', 'Management training'],
        ['consulting', 'Tư vấn, trợ giúp cơ sở', 'Consulting'],
      ];
      const amounts = acts.map(([k]) => d.fig(`${N}.${k}.funding`));
      const shares = acts.map(([k]) => d.fig(`${N}.${k}.funding.share`));
      const name = (i: number) => L(lang, acts[i]![1], acts[i]![2]);
      const title = L(lang, 'Hơn một nửa kinh phí khuyến công 10 năm dành cho mô hình trình diễn và máy móc', 'Over half of ten years’ funding went to demonstration models and machinery');
      const alt = L(lang,
        `Biểu đồ thanh ngang kinh phí khuyến công 2013–2022 theo năm hoạt động. ${amounts.map((f, i) => `${name(i)}: ${formatFigure(f, lang)} (${formatFigure(shares[i]!, lang)})`).join('; ')}.`,
        `Horizontal bar chart of khuyến công funding 2013–2022 by activity. ${amounts.map((f, i) => `${name(i)}: ${formatFigure(f, lang)} (${formatFigure(shares[i]!, lang)})`).join('; ')}.`);
      return {
        id: this.id, title, subtitle: L(lang, 'Tỷ đồng và tỷ trọng trong tổng kinh phí, 2013–2022', 'VND billion and share of total funding, 2013–2022'),
        sourceLine: sourceLine(d, amounts.map((f) => f.id), lang), sourceIds: [N], alt,
        views: [
          { key: 'amount', label: L(lang, 'Số tiền', 'Amount'), svg: barChart(amounts.map((f, i) => ({ label: name(i), value: f.value, fig: f, colour: NEUTRAL })), lang, 'billions', title, L(lang, 'tỷ đồng', 'VND billion'), W) },
          { key: 'share', label: L(lang, 'Tỷ trọng', 'Share'), svg: barChart(shares.map((f, i) => ({ label: name(i), value: f.value, fig: f, colour: NEUTRAL })), lang, 'percent', title, L(lang, '% tổng kinh phí', '% of total funding'), W) },
        ],
        table: {
          columns: [L(lang, 'Hoạt động', 'Activity'), L(lang, 'Kinh phí', 'Funding'), L(lang, 'Tỷ trọng', 'Share')],
          rows: amounts.map((f, i) => ({ cells: [name(i), formatFigure(f, lang), formatFigure(shares[i]!, lang)], figureIds: [f.id, shares[i]!.id], derived: false })),
        },
        csv: csvRows([...amounts, ...shares]), figureIds: [...amounts, ...shares].map((f) => f.id),
      };
    },
  },
  {
    id: 'kcqg-kcdp-2014-2020',
    name: { vi: 'Kinh phí trung ương và địa phương, 2014–2020', en: 'National and local funding, 2014–2020' },
    build(d, lang, W) {
      const figs = [d.fig(`${K}.funding.kcqg`), d.fig(`${K}.funding.kcdp`)];
      const shares = [d.fig(`${K}.funding.kcqg.share`), d.fig(`${K}.funding.kcdp.share`)];
      const total = d.fig(`${K}.funding.total-plan`);
      const names = [L(lang, 'Khuyến công quốc gia (KCQG)', 'National (KCQG)'), L(lang, 'Khuyến công địa phương (KCĐP)', 'Local (KCĐP)')];
      const title = L(lang, 'Ngân sách địa phương chi nhiều hơn trung ương cho khuyến công 2014–2020', 'Provinces put in more than the central budget, 2014–2020');
      return {
        id: this.id, title, subtitle: L(lang, `Kế hoạch kinh phí được duyệt, tỷ đồng; tổng ${formatFigure(total, lang)}`, `Approved funding, VND billion; total ${formatFigure(total, lang)}`),
        sourceLine: sourceLine(d, [total.id], lang), sourceIds: [K],
        alt: L(lang, `Biểu đồ thanh: KCQG ${formatFigure(figs[0]!, lang)} (${formatFigure(shares[0]!, lang)}), KCĐP ${formatFigure(figs[1]!, lang)} (${formatFigure(shares[1]!, lang)}), trên tổng ${formatFigure(total, lang)}.`,
          `Bar chart: KCQG ${formatFigure(figs[0]!, lang)} (${formatFigure(shares[0]!, lang)}), KCĐP ${formatFigure(figs[1]!, lang)} (${formatFigure(shares[1]!, lang)}), of a total of ${formatFigure(total, lang)}.`),
        views: [
          { key: 'amount', label: L(lang, 'Số tiền', 'Amount'), svg: barChart(figs.map((f, i) => ({ label: names[i]!, value: f.value, fig: f, colour: i ? PROGRAMME_COLOURS.KCDP : PROGRAMME_COLOURS.KCQG })), lang, 'billions', title, L(lang, 'tỷ đồng', 'VND billion'), W) },
          { key: 'share', label: L(lang, 'Tỷ trọng', 'Share'), svg: barChart(shares.map((f, i) => ({ label: names[i]!, value: f.value, fig: f, colour: i ? PROGRAMME_COLOURS.KCDP : PROGRAMME_COLOURS.KCQG })), lang, 'percent', title, '%', W) },
        ],
        table: tableOf([...figs, ...shares, total], lang, (f) => inLang(f, 'label', lang)),
        csv: csvRows([...figs, ...shares, total]), figureIds: [...figs, ...shares, total].map((f) => f.id),
      };
    },
  },
  {
    id: 'kinh-phi-theo-vung-2014-2020',
    name: { vi: 'Kinh phí theo vùng, 2014–2020', en: 'Funding by region, 2014–2020' },
    build(d, lang, W) {
      const slugs: [string, string][] = [['red-river', 'DBSH'], ['northern-midlands', 'TDMNPB'], ['north-central-coast', 'BTB_DHMT'], ['central-highlands', 'TN'], ['southeast', 'DNB'], ['mekong-delta', 'DBSCL']];
      const amounts = [...slugs.map(([s]) => d.fig(`${K}.region.${s}.amount`)), d.fig(`derived.${K}.region.unassigned.amount`)];
      const shares = [...slugs.map(([s]) => d.fig(`${K}.region.${s}.share`)), d.fig(`derived.${K}.region.unassigned.share`)];
      const codes = [...slugs.map(([, c]) => c), 'UNASSIGNED'];
      const name = (i: number) => (codes[i] === 'UNASSIGNED' ? L(lang, 'Không phân bổ theo vùng*', 'Not assigned to a region*') : inLang(d.region(codes[i]!), 'name', lang));
      const gap = formatNumber(shares[6]!.value, lang, 0);
      const title = L(lang, `Đồng bằng sông Hồng nhận nhiều kinh phí khuyến công nhất; ${gap}% không được báo cáo phân bổ cho vùng nào`, `The Red River Delta received the most; ${gap}% is not assigned to any region in the report`);
      return {
        id: this.id, title, subtitle: L(lang, 'Kế hoạch kinh phí khuyến công 2014–2020, tỷ đồng và % tổng số. * tính toán: tổng trừ sáu vùng', 'Approved khuyến công funding 2014–2020, VND billion and % of total. * derived: total less the six regions'),
        sourceLine: sourceLine(d, amounts.map((f) => f.id), lang), sourceIds: [K],
        alt: L(lang, `Biểu đồ thanh kinh phí 2014–2020 của sáu vùng và phần không phân bổ. ${extremes(amounts.slice(0, 6), (f) => name(amounts.indexOf(f)), lang)} Phần không phân bổ theo vùng: ${formatFigure(amounts[6]!, lang)}.`,
          `Bar chart of 2014–2020 funding for the six regions and the unassigned part. ${extremes(amounts.slice(0, 6), (f) => name(amounts.indexOf(f)), lang)} Not assigned to a region: ${formatFigure(amounts[6]!, lang)}.`),
        views: [
          { key: 'amount', label: L(lang, 'Số tiền', 'Amount'), svg: barChart(amounts.map((f, i) => ({ label: name(i), value: f.value, fig: f, colour: REGION_COLOURS[codes[i]!]! })), lang, 'billions', title, L(lang, 'tỷ đồng', 'VND billion'), W) },
          { key: 'share', label: L(lang, 'Tỷ trọng', 'Share'), svg: barChart(shares.map((f, i) => ({ label: name(i), value: f.value, fig: f, colour: REGION_COLOURS[codes[i]!]! })), lang, 'percent', title, L(lang, '% tổng kinh phí', '% of total'), W) },
        ],
        table: {
          columns: [L(lang, 'Vùng', 'Region'), L(lang, 'Kinh phí', 'Funding'), L(lang, 'Tỷ trọng', 'Share')],
          rows: amounts.map((f, i) => ({ cells: [name(i), formatFigure(f, lang), formatFigure(shares[i]!, lang)], figureIds: [f.id, shares[i]!.id], derived: f.derived })),
        },
        csv: csvRows([...amounts, ...shares]), figureIds: [...amounts, ...shares].map((f) => f.id),
      };
    },
  },
  {
    id: 'binh-quan-moi-tinh-theo-vung',
    name: { vi: 'Kinh phí bình quân mỗi tỉnh theo vùng', en: 'Average funding per province by region' },
    build(d, lang, W) {
      const slugs: [string, string][] = [['red-river', 'DBSH'], ['southeast', 'DNB'], ['central-highlands', 'TN'], ['north-central-coast', 'BTB_DHMT'], ['northern-midlands', 'TDMNPB'], ['mekong-delta', 'DBSCL']];
      const figs = slugs.map(([s]) => (d.figures.find((f) => f.id === `${K}.region.${s}.avg-per-province`) ?? d.fig(`derived.${K}.region.${s}.avg-per-province`)));
      const national = d.fig(`${K}.funding.avg-per-province`);
      const name = (i: number) => `${inLang(d.region(slugs[i]![1]), 'name', lang)}${figs[i]!.derived ? '*' : ''}`;
      const title = L(lang, 'Tính theo mỗi tỉnh, Đồng bằng sông Cửu Long nhận ít nhất, không phải miền núi phía Bắc như báo cáo viết', 'Per province, the Mekong Delta received least, not the northern uplands as the report says');
      const bars = figs.map((f, i) => ({ label: name(i), value: f.value, fig: f, colour: REGION_COLOURS[slugs[i]![1]]! }));
      const svg = barChart(bars, lang, 'billions', title, L(lang, 'tỷ đồng mỗi tỉnh', 'VND billion per province'), W,
        { value: national.value, label: L(lang, `cả nước ${formatNumber(bn(national.value), lang, 2)}`, `national ${formatNumber(bn(national.value), lang, 2)}`) });
      return {
        id: this.id, title, subtitle: L(lang, 'Kinh phí khuyến công bình quân mỗi tỉnh 2014–2020, tỷ đồng. * chúng tôi tính: báo cáo không nêu', 'Average khuyến công funding per province 2014–2020, VND billion. * derived by us: not stated in the report'),
        sourceLine: sourceLine(d, [national.id], lang), sourceIds: [K],
        alt: L(lang, `Biểu đồ thanh kinh phí bình quân mỗi tỉnh của sáu vùng, so với bình quân cả nước ${formatFigure(national, lang)}. ${extremes(figs, (f) => name(figs.indexOf(f)), lang)}`,
          `Bar chart of average funding per province in the six regions against the national average of ${formatFigure(national, lang)}. ${extremes(figs, (f) => name(figs.indexOf(f)), lang)}`),
        views: [{ key: 'amount', label: L(lang, 'Bình quân', 'Average'), svg }],
        table: tableOf([...figs, national], lang, (f) => inLang(f, 'label', lang)),
        csv: csvRows([...figs, national]), figureIds: [...figs, national].map((f) => f.id),
      };
    },
  },
  {
    id: 'chi-so-kinh-phi-2014-2020',
    name: { vi: 'Kinh phí tăng qua các năm, 2014–2020', en: 'Funding growth, 2014–2020' },
    build(d, lang, W) {
      const idx = [2014, 2015, 2016, 2017, 2018, 2019, 2020].map((y) => d.fig(`derived.${K}.funding-index.${y}`));
      const rates = [2015, 2016, 2017, 2018, 2019, 2020].map((y) => d.fig(`${K}.assess.budget-growth.${y}`));
      const rise = formatNumber(idx[6]!.value - 100, lang, 0);
      const title = L(lang, `Theo tốc độ tăng báo cáo nêu, kinh phí năm 2020 cao hơn năm 2014 khoảng ${rise}%`, `By the growth rates the report gives, 2020 funding was about ${rise}% above 2014`);
      const data = idx.map((f) => ({ year: f.period_start, value: f.value, f }));
      const svg = renderPlot({
        width: W, height: W < 500 ? 260 : 320, marginLeft: 44, marginRight: 24, marginTop: 24, style: FONT,
        x: { label: null, tickFormat: (y: number) => String(y), ticks: W < 500 ? 4 : 7 },
        y: { label: L(lang, 'chỉ số, 2014 = 100', 'index, 2014 = 100'), grid: true, tickFormat: tickFormat(lang, 'index'), domain: [0, 200] },
        marks: [
          Plot.ruleY([100], { stroke: 'currentColor', strokeOpacity: 0.5 }),
          Plot.lineY(data, { x: 'year', y: 'value', stroke: PROGRAMME_COLOURS.KCQG, strokeWidth: 2.5 }),
          Plot.dot(data, { x: 'year', y: 'value', fill: PROGRAMME_COLOURS.KCQG, r: 4, title: (p: { year: number; f: Figure }) => `${p.year}: ${formatNumber(p.f.value, lang, 1)}` }),
          Plot.text(data, { x: 'year', y: 'value', text: (p: { f: Figure }) => formatNumber(p.f.value, lang, 0), dy: -12, fill: 'currentColor' }),
        ],
      }, title);
      return {
        id: this.id, title, subtitle: L(lang, 'Chỉ số kinh phí khuyến công (2014 = 100), chúng tôi tính từ tốc độ tăng hằng năm báo cáo nêu', 'Khuyến công funding index (2014 = 100), derived by us from the yearly growth rates the report states'),
        sourceLine: sourceLine(d, rates.map((f) => f.id), lang), sourceIds: [K],
        alt: L(lang, `Đường chỉ số kinh phí từ 100 năm 2014 lên ${formatNumber(idx[6]!.value, lang, 1)} năm 2020. Tăng mạnh nhất năm 2015 (${formatFigure(rates[0]!, lang)}), chậm nhất năm 2019 (${formatFigure(rates[4]!, lang)}).`,
          `Line of the funding index from 100 in 2014 to ${formatNumber(idx[6]!.value, lang, 1)} in 2020. Fastest growth in 2015 (${formatFigure(rates[0]!, lang)}), slowest in 2019 (${formatFigure(rates[4]!, lang)}).`),
        views: [{ key: 'index', label: L(lang, 'Chỉ số', 'Index'), svg }],
        table: {
          columns: [L(lang, 'Năm', 'Year'), L(lang, 'Tốc độ tăng (báo cáo)', 'Growth (report)'), L(lang, 'Chỉ số (tính toán)', 'Index (derived)')],
          rows: idx.map((f, i) => ({ cells: [String(f.period_start), i ? formatFigure(rates[i - 1]!, lang) : '—', formatNumber(f.value, lang, 2)], figureIds: i ? [rates[i - 1]!.id, f.id] : [f.id], derived: true })),
        },
        csv: csvRows([...rates, ...idx]), figureIds: [...rates, ...idx].map((f) => f.id),
      };
    },
  },
  {
    id: 'phia-bac-2022-2023',
    name: { vi: '28 tỉnh phía Bắc: 2022 và 2023', en: '28 northern provinces: 2022 and 2023' },
    build(d, lang, W) {
      const P = 'north-2023.funding';
      const rows: [string, string, string][] = [
        [L(lang, 'Thực hiện 2022', '2022 actual'), `${P}.2022.kcqg`, `${P}.2022.kcdp`],
        [L(lang, 'Kế hoạch 2023', '2023 plan'), `${P}.2023.plan.kcqg`, `${P}.2023.plan.kcdp`],
        [L(lang, '6 tháng đầu 2023', 'First half 2023'), `${P}.2023h1.kcqg`, `${P}.2023h1.kcdp`],
      ];
      const data = rows.flatMap(([period, q, p]) => [
        { period, programme: 'KCQG', f: d.fig(q) },
        { period, programme: L(lang, 'KCĐP', 'KCĐP'), f: d.fig(p) },
      ]);
      const title = L(lang, 'Sáu tháng đầu 2023, các tỉnh phía Bắc mới chi chưa đến một phần ba kế hoạch năm', 'By mid-2023 the northern provinces had spent under a third of the year’s plan');
      // One view per programme choice: both side by side, or KCQG or KCĐP alone.
      const svgFor = (only?: string) => renderPlot({
        width: W, height: W < 500 ? 300 : 340, marginLeft: 44, marginBottom: 40, marginTop: 24, style: FONT,
        fx: { label: null, padding: 0.15, domain: rows.map(([p]) => p) },
        x: { axis: null, domain: only ? [only] : ['KCQG', 'KCĐP'] },
        y: { label: L(lang, 'tỷ đồng', 'VND billion'), grid: true, tickFormat: tickFormat(lang, 'billions') },
        color: { domain: ['KCQG', 'KCĐP'], range: [PROGRAMME_COLOURS.KCQG, PROGRAMME_COLOURS.KCDP] },
        marks: [
          Plot.barY(data.filter((r) => !only || r.programme === only), { fx: 'period', x: 'programme', y: (r: { f: Figure }) => r.f.value, fill: 'programme', title: (r: { programme: string; f: Figure }) => `${r.programme}: ${formatFigure(r.f, lang)}` }),
          Plot.text(data.filter((r) => !only || r.programme === only), { fx: 'period', x: 'programme', y: (r: { f: Figure }) => r.f.value, text: (r: { programme: string; f: Figure }) => (W < 500 ? formatNumber(bn(r.f.value), lang, 1) : `${r.programme} ${formatNumber(bn(r.f.value), lang, 1)}`), dy: -8, fill: 'currentColor' }),
          Plot.ruleY([0]),
        ],
      }, title);
      const figs = data.map((r) => r.f);
      const rate = d.fig(`${P}.2023h1.total.vs-plan`);
      return {
        id: this.id, title, subtitle: L(lang, 'Kinh phí khuyến công của 28 tỉnh, thành phố phía Bắc theo nguồn, tỷ đồng', 'Khuyến công funding of the 28 northern provinces by source, VND billion'),
        sourceLine: sourceLine(d, figs.map((f) => f.id), lang), sourceIds: ['north-2023'],
        alt: L(lang, `Biểu đồ cột nhóm: ${rows.map(([p, q, k]) => `${p}: KCQG ${formatFigure(d.fig(q), lang)}, KCĐP ${formatFigure(d.fig(k), lang)}`).join('; ')}. Sáu tháng đầu 2023 đạt ${formatFigure(rate, lang)} kế hoạch năm.`,
          `Grouped columns: ${rows.map(([p, q, k]) => `${p}: KCQG ${formatFigure(d.fig(q), lang)}, KCĐP ${formatFigure(d.fig(k), lang)}`).join('; ')}. The first half of 2023 reached ${formatFigure(rate, lang)} of the year plan.`),
        views: [
          { key: 'both', label: 'KCQG + KCĐP', svg: svgFor() },
          { key: 'kcqg', label: 'KCQG', svg: svgFor('KCQG') },
          { key: 'kcdp', label: 'KCĐP', svg: svgFor('KCĐP') },
        ],
        table: {
          columns: [L(lang, 'Giai đoạn', 'Period'), 'KCQG', 'KCĐP'],
          rows: rows.map(([p, q, k]) => ({ cells: [p, formatFigure(d.fig(q), lang), formatFigure(d.fig(k), lang)], figureIds: [q, k], derived: false })),
        },
        csv: csvRows(figs), figureIds: figs.map((f) => f.id),
      };
    },
  },
  {
    id: 'tra-vinh-2016-2020',
    name: { vi: 'Trà Vinh: kinh phí từng hoạt động, 2016–2020', en: 'Trà Vinh: funding by activity, 2016–2020' },
    build(d, lang, W) {
      const T = 'tra-vinh-2016-2020';
      const ids = ['machinery.kcqg.funding', 'machinery.kcdp.funding', 'fair.kcqg.funding', 'fair.kcdp.funding', 'training.funding', 'media.funding', 'cleaner-production.funding', 'award.funding', 'study-tour.funding', 'management.funding', 'conference.funding', 'consulting.funding'].map((s) => d.fig(`${T}.${s}`));
      const colour = (f: Figure) => (f.programme === 'KCQG' ? PROGRAMME_COLOURS.KCQG : f.programme === 'KCDP' ? PROGRAMME_COLOURS.KCDP : PROGRAMME_COLOURS.ALL);
      const name = (f: Figure) => inLang(f, 'label', lang).replace(/,? ?(Trà Vinh|2016–2020|2016-2020)/g, '');
      const bars = ids.map((f) => ({ label: name(f), value: f.value, fig: f, colour: colour(f) }));
      const title = L(lang, 'Máy móc thiết bị chiếm hơn một nửa kinh phí khuyến công của Trà Vinh', 'Machinery took over half of Trà Vinh’s khuyến công money');
      const svg = barChart(bars, lang, 'millions', title, L(lang, 'triệu đồng', 'VND million'), W);
      const total = d.fig(`${T}.funding.total`);
      return {
        id: this.id, title, subtitle: L(lang, `Kinh phí từng hoạt động 2016–2020, triệu đồng; xanh: KCQG, cam: KCĐP, xám: không tách nguồn. Tổng ${formatFigure(total, lang)}`, `Funding of each activity 2016–2020, VND million; blue: national, orange: local, grey: source not split. Total ${formatFigure(total, lang)}`),
        sourceLine: sourceLine(d, [total.id], lang), sourceIds: [T],
        alt: L(lang, `Biểu đồ thanh kinh phí 12 khoản của chương trình khuyến công Trà Vinh 2016–2020. ${extremes(ids, name, lang)}`, `Bar chart of 12 budget lines of Trà Vinh's khuyến công programme 2016–2020. ${extremes(ids, name, lang)}`),
        views: [{ key: 'amount', label: L(lang, 'Số tiền', 'Amount'), svg }],
        table: tableOf([...ids, total], lang, (f) => inLang(f, 'label', lang)),
        csv: csvRows([...ids, total]), figureIds: [...ids, total].map((f) => f.id),
      };
    },
  },
  {
    id: 'tinh-co-kinh-phi-duoc-neu',
    name: { vi: 'Các tỉnh được nêu kinh phí, 2014–2020', en: 'Provinces named with their funding, 2014–2020' },
    build(d, lang, W) {
      const figs = ['ha-noi', 'lam-dong', 'dong-nai', 'quang-nam', 'can-tho'].map((s) => d.fig(`${K}.province.${s}.amount`));
      const national = d.fig(`${K}.funding.avg-per-province`);
      const name = (f: Figure) => inLang(d.province(f.geo), 'name', lang);
      const bars = figs.map((f) => ({ label: name(f), value: f.value, fig: f, colour: REGION_COLOURS[d.province(f.geo).region_6]! }));
      const times = Math.floor(figs[0]!.value / figs[4]!.value);
      const title = L(lang, `Hà Nội nhận gấp hơn ${times} lần Cần Thơ`, `Hanoi received over ${times} times as much as Can Tho`);
      return {
        id: this.id, title, subtitle: L(lang, `Kinh phí khuyến công 2014–2020 của các tỉnh báo cáo nêu tên, tỷ đồng; bình quân cả nước ${formatFigure(national, lang)}/tỉnh`, `Khuyến công funding 2014–2020 of the provinces the report names, VND billion; national average ${formatFigure(national, lang)} per province`),
        sourceLine: sourceLine(d, [national.id], lang), sourceIds: [K],
        alt: L(lang, `Biểu đồ thanh của năm tỉnh được nêu tên. ${extremes(figs, name, lang)}`, `Bar chart of the five provinces the report names. ${extremes(figs, name, lang)}`),
        views: [{ key: 'amount', label: L(lang, 'Số tiền', 'Amount'), svg: barChart(bars, lang, 'billions', title, L(lang, 'tỷ đồng', 'VND billion'), W) }],
        table: tableOf([...figs, national], lang, (f) => (f.geo_kind === 'province' ? name(f) : inLang(f, 'label', lang))),
        csv: csvRows([...figs, national]), figureIds: [...figs, national].map((f) => f.id),
      };
    },
  },
  {
    id: 'san-pham-tieu-bieu-theo-cap',
    name: { vi: 'Sản phẩm CNNT tiêu biểu theo cấp, 2013–2022', en: 'Outstanding rural products by level, 2013–2022' },
    build(d, lang, W) {
      const levels: [string, string, string][] = [['provincial', 'Cấp tỉnh', 'Provincial'], ['district', 'Cấp huyện', 'District'], ['regional', 'Cấp khu vực', 'Regional'], ['national', 'Cấp quốc gia', 'National']];
      const figs = levels.map(([k]) => d.fig(`${N}.products.${k}`));
      const name = (i: number) => L(lang, levels[i]![1], levels[i]![2]);
      const ratio = Math.round(figs[0]!.value / figs[3]!.value);
      const title = L(lang, `Cứ khoảng ${ratio} sản phẩm được tôn vinh cấp tỉnh mới có một sản phẩm đạt cấp quốc gia`, `For about every ${ratio} products honoured by a province, one reached national level`);
      return {
        id: this.id, title, subtitle: L(lang, 'Số sản phẩm công nghiệp nông thôn tiêu biểu được bình chọn, 2013–2022', 'Outstanding rural industrial products selected, 2013–2022'),
        sourceLine: sourceLine(d, figs.map((f) => f.id), lang), sourceIds: [N],
        alt: L(lang, `Biểu đồ thanh: ${figs.map((f, i) => `${name(i)} ${formatFigure(f, lang)}`).join(', ')} sản phẩm.`, `Bar chart: ${figs.map((f, i) => `${name(i)} ${formatFigure(f, lang)}`).join(', ')} products.`),
        views: [{ key: 'count', label: L(lang, 'Số lượng', 'Count'), svg: barChart(figs.map((f, i) => ({ label: name(i), value: f.value, fig: f, colour: i < 2 ? PROGRAMME_COLOURS.KCDP : PROGRAMME_COLOURS.KCQG })), lang, 'count', title, L(lang, 'sản phẩm', 'products'), W) }],
        table: tableOf(figs, lang, (f) => name(figs.indexOf(f))),
        csv: csvRows(figs), figureIds: figs.map((f) => f.id),
      };
    },
  },
];

export function chartDef(id: string): ChartDef {
  const c = CHARTS.find((x) => x.id === id);
  if (!c) throw new Error(`unknown chart "${id}"`);
  return c;
}

/** Provinces sorted in Vietnamese (or English) alphabetical order. */
export function sortProvinces<T extends { name_vi: string; name_en: string }>(list: T[], lang: Lang): T[] {
  return [...list].sort((a, b) => collator[lang].compare(inLang(a, 'name', lang), inLang(b, 'name', lang)));
}
export { formatValue };
