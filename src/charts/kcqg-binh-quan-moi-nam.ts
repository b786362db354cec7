/**
 * Chart `kcqg-binh-quan-moi-nam`: the central (KCQG) budget per year, about 107,96 bn over
 * 2014–2020 (programme report) and about 104 bn over 2013–2022 (ten-year review). The periods
 * share seven years, so their gap is not a change; what they imply is the average of the three
 * years only the longer period has (scripts/lib/derive.ts, 14e; data note
 * `change.funding.kcqg-per-year`), drawn apart from the stated averages.
 */
import { formatFigure } from '../lib/format.ts';
import { NEUTRAL, PROGRAMME_COLOURS } from './palette.ts';
import { K, L, N, barChart, csvRows, sourceLine, tableOf, type ChartDef } from './kit.ts';

const chart: ChartDef = {
  id: 'kcqg-binh-quan-moi-nam',
  name: { vi: 'Kinh phí KCQG bình quân mỗi năm', en: 'KCQG funding per year' },
  build(d, lang, W) {
    const seven = d.fig(`${K}.mgmt.mof.kcqg-annual-average`);
    const ten = d.fig(`${N}.funding.national.avg_per_year`);
    const extra = d.fig(`derived.${N}.funding.national.avg_per_year.beyond-2014-2020`);
    const shortfall = d.fig(`${N}.funding.national.2021.shortfall`);
    const title = L(
      lang,
      'Ba năm ngoài giai đoạn 2014–2020 kéo mức kinh phí KCQG bình quân mỗi năm xuống',
      'The three years outside 2014–2020 pull the yearly KCQG average down',
    );
    const bars = [
      { label: L(lang, '2014–2020 (báo cáo chương trình)', '2014–2020 (programme report)'), fig: seven },
      { label: L(lang, '2013–2022 (báo cáo 10 năm)', '2013–2022 (ten-year review)'), fig: ten },
      { label: L(lang, '2013, 2021, 2022 (suy ra)', '2013, 2021, 2022 (implied)'), fig: extra },
    ].map((b) => ({
      ...b,
      value: b.fig.value,
      colour: b.fig.derived ? NEUTRAL : PROGRAMME_COLOURS.KCQG,
      series: b.fig.derived ? 'derived' : 'KCQG',
    }));
    const svg = barChart(bars, lang, 'billions', title, L(lang, 'tỷ đồng mỗi năm', 'VND billion a year'), W);
    const figs = [seven, ten, extra, shortfall];
    return {
      id: this.id,
      title,
      subtitle: L(
        lang,
        'Kinh phí ngân sách trung ương cho Chương trình khuyến công quốc gia, bình quân mỗi năm, tỷ đồng. Hai giai đoạn chung nhau bảy năm; bình quân của ba năm còn lại suy ra từ hai mức bình quân',
        'Central budget for the national khuyến công programme, average per year, VND billion. The two periods share seven years; the average of the other three is implied by the two averages',
      ),
      sourceLine: sourceLine(
        d,
        figs.map((f) => f.id),
        lang,
      ),
      alt: L(
        lang,
        `Biểu đồ thanh: bình quân ${formatFigure(seven, lang)} mỗi năm trong 2014–2020, ${formatFigure(ten, lang)} trong 2013–2022; suy ra ba năm 2013, 2021, 2022 bình quân ${formatFigure(extra, lang)} mỗi năm. Riêng năm 2021, báo cáo 10 năm ghi mức ngân sách so với bình quân chung: ${formatFigure(shortfall, lang)}.`,
        `Bar chart: an average of ${formatFigure(seven, lang)} a year in 2014–2020 and ${formatFigure(ten, lang)} in 2013–2022; implied for 2013, 2021 and 2022 together, ${formatFigure(extra, lang)} a year. For 2021 alone, the ten-year review says the budget was ${formatFigure(shortfall, lang)} against the average.`,
      ),
      views: [{ key: 'amount', label: L(lang, 'Bình quân năm', 'Per year'), svg }],
      table: tableOf(
        figs,
        lang,
        (f) =>
          bars.find((b) => b.fig.id === f.id)?.label ??
          L(lang, 'Năm 2021 so với bình quân 10 năm', '2021 against the ten-year average'),
      ),
      csv: csvRows(figs),
      figureIds: figs.map((f) => f.id),
      legend: [
        { key: 'KCQG', label: L(lang, 'Báo cáo nêu', 'Stated'), colour: PROGRAMME_COLOURS.KCQG },
        { key: 'derived', label: L(lang, 'Suy ra', 'Implied'), colour: NEUTRAL },
      ],
    };
  },
};
export default chart;
