/** Chart `tinh-co-kinh-phi-duoc-neu`: its figures, text, Plot spec and table. */
import type { Figure } from '../lib/schema.ts';
import { formatFigure } from '../lib/format.ts';
import { inLang } from '../lib/i18n.ts';
import { REGION_COLOURS } from './palette.ts';
import { L, sourceLine, csvRows, barChart, tableOf, extremes, K, type ChartDef } from './kit.ts';

const chart: ChartDef = {
  id: 'tinh-co-kinh-phi-duoc-neu',
  name: { vi: 'Các tỉnh được nêu kinh phí, 2014–2020', en: 'Provinces named with their funding, 2014–2020' },
  build(d, lang, W) {
    const figs = ['ha-noi', 'lam-dong', 'dong-nai', 'quang-nam', 'can-tho'].map((s) =>
      d.fig(`${K}.province.${s}.amount`),
    );
    const national = d.fig(`${K}.funding.avg-per-province`);
    const name = (f: Figure) => inLang(d.province(f.geo), 'name', lang);
    const bars = figs.map((f) => ({
      label: name(f),
      value: f.value,
      fig: f,
      colour: REGION_COLOURS[d.province(f.geo).region_6]!,
      series: d.province(f.geo).region_6,
    }));
    const regionsShown = [...new Set(bars.map((b) => b.series))];
    const timesFig = d.fig(`derived.${K}.province.ha-noi-to-can-tho.times`);
    const times = Math.floor(timesFig.value);
    const title = L(
      lang,
      `Hà Nội nhận gấp hơn ${times} lần Cần Thơ`,
      `Hanoi received over ${times} times as much as Can Tho`,
    );
    return {
      id: this.id,
      title,
      subtitle: L(
        lang,
        `Kinh phí khuyến công 2014–2020 của các tỉnh báo cáo nêu tên, tỷ đồng; bình quân cả nước ${formatFigure(national, lang)}/tỉnh`,
        `Khuyến công funding 2014–2020 of the provinces the report names, VND billion; national average ${formatFigure(national, lang)} per province`,
      ),
      sourceLine: sourceLine(d, [national.id], lang),
      alt: L(
        lang,
        `Biểu đồ thanh của năm tỉnh được nêu tên. ${extremes(figs, name, lang)}`,
        `Bar chart of the five provinces the report names. ${extremes(figs, name, lang)}`,
      ),
      views: [
        {
          key: 'amount',
          label: L(lang, 'Số tiền', 'Amount'),
          svg: barChart(bars, lang, 'billions', title, L(lang, 'tỷ đồng', 'VND billion'), W),
        },
      ],
      table: tableOf([...figs, national], lang, (f) =>
        f.geo_kind === 'province' ? name(f) : inLang(f, 'label', lang),
      ),
      csv: csvRows([...figs, national, timesFig]),
      figureIds: [...figs, national, timesFig].map((f) => f.id),
      legend: regionsShown.map((c) => ({
        key: c,
        label: inLang(d.region(c), 'name', lang),
        colour: REGION_COLOURS[c]!,
      })),
    };
  },
};
export default chart;
