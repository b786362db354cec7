/**
 * Chart `san-pham-tieu-bieu-hai-giai-doan`: regional and national outstanding products as the
 * programme report counts them (2014–2020) and as the ten-year review does (2013–2022). These are
 * totals over nested periods, not counts at two dates: the difference (scripts/lib/derive.ts, 14d)
 * is what the three years only the review covers add, if both count alike, and is drawn hollow,
 * apart from the stated totals. The data notes `change.products.*` say why.
 */
import { formatFigure } from '../lib/format.ts';
import { NEUTRAL, RAMP } from './palette.ts';
import { K, L, N, barChart, csvRows, sourceLine, tableOf, type ChartDef } from './kit.ts';

const chart: ChartDef = {
  id: 'san-pham-tieu-bieu-hai-giai-doan',
  name: {
    vi: 'Sản phẩm tiêu biểu: đến 2020 và đến 2022',
    en: 'Outstanding products: to 2020 and to 2022',
  },
  build(d, lang, W) {
    const levels = [
      ['regional-products', 'regional', 'Cấp khu vực', 'Regional'],
      ['national-products', 'national', 'Cấp quốc gia', 'National'],
    ] as const;
    const rows = levels.map(([kK, kN, vi, en]) => ({
      level: L(lang, vi, en),
      short: d.fig(`${K}.products.${kK}`),
      long: d.fig(`${N}.products.${kN}`),
      diff: d.fig(`derived.${N}.products.${kN}.beyond-2014-2020`),
    }));
    const title = L(
      lang,
      'Hai báo cáo đếm sản phẩm tiêu biểu trên hai giai đoạn lồng nhau: phần chênh là của ba năm thêm vào, không phải tăng trưởng',
      'The two reports count outstanding products over nested periods: the gap is three extra years, not growth',
    );
    const extra = L(lang, 'chênh: 2013, 2021, 2022', 'gap: 2013, 2021, 2022');
    const bars = rows.flatMap((r) => [
      { label: `${r.level}, 2014–2020`, value: r.short.value, fig: r.short, colour: RAMP.light, series: '2014-2020' },
      { label: `${r.level}, 2013–2022`, value: r.long.value, fig: r.long, colour: RAMP.medium, series: '2013-2022' },
      { label: `${r.level}, ${extra}`, value: r.diff.value, fig: r.diff, colour: NEUTRAL, series: 'gap' },
    ]);
    const svg = barChart(bars, lang, 'count', title, L(lang, 'sản phẩm', 'products'), W);
    const figs = rows.flatMap((r) => [r.short, r.long, r.diff]);
    return {
      id: this.id,
      title,
      subtitle: L(
        lang,
        'Sản phẩm công nghiệp nông thôn tiêu biểu được tôn vinh, theo báo cáo Chương trình khuyến công quốc gia (2014–2020) và báo cáo 10 năm Nghị định 45 (2013–2022); phần chênh là số suy ra, chỉ đúng nếu hai báo cáo đếm như nhau',
        'Outstanding rural industrial products honoured, by the national programme report (2014–2020) and the ten-year review of Decree 45 (2013–2022); the gap is derived, and holds only if both reports count alike',
      ),
      sourceLine: sourceLine(
        d,
        figs.map((f) => f.id),
        lang,
      ),
      alt: L(
        lang,
        `Biểu đồ thanh: ${rows.map((r) => `${r.level} ${formatFigure(r.short, lang)} trong 2014–2020 và ${formatFigure(r.long, lang)} trong 2013–2022, chênh ${formatFigure(r.diff, lang)} thuộc các năm 2013, 2021, 2022`).join('; ')}. Giai đoạn 2014–2020 nằm trong giai đoạn 2013–2022, nên phần chênh không phải mức tăng.`,
        `Bar chart: ${rows.map((r) => `${r.level} ${formatFigure(r.short, lang)} in 2014–2020 and ${formatFigure(r.long, lang)} in 2013–2022, a gap of ${formatFigure(r.diff, lang)} from the years 2013, 2021 and 2022`).join('; ')}. The 2014–2020 period lies inside 2013–2022, so the gap is not growth.`,
      ),
      views: [{ key: 'count', label: L(lang, 'Số lượng', 'Count'), svg }],
      table: tableOf(figs, lang, (f) => bars.find((b) => b.fig.id === f.id)!.label),
      csv: csvRows(figs),
      figureIds: figs.map((f) => f.id),
      legend: [
        { key: '2014-2020', label: '2014–2020', colour: RAMP.light },
        { key: '2013-2022', label: '2013–2022', colour: RAMP.medium },
        { key: 'gap', label: L(lang, 'Phần chênh (suy ra)', 'Gap (derived)'), colour: NEUTRAL },
      ],
    };
  },
};
export default chart;
