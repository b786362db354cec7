/** Chart `binh-quan-moi-tinh-theo-vung`: its figures, text, Plot spec and table. */
import { formatFigure, formatNumber } from '../lib/format.ts';
import { inLang } from '../lib/i18n.ts';
import { REGION_COLOURS } from './palette.ts';
import { L, bn, sourceLine, csvRows, barChart, tableOf, extremes, K, type ChartDef } from './kit.ts';

const chart: ChartDef = {
  id: 'binh-quan-moi-tinh-theo-vung',
  name: { vi: 'Kinh phí bình quân mỗi tỉnh theo vùng', en: 'Average funding per province by region' },
  build(d, lang, W) {
    // Each region's average per province as the report states it, or derived where it does not;
    // highest first.
    const rows = d.regions
      .map((r) => {
        const of = d.figures.filter(
          (f) => f.source === K && f.geo === r.code && f.metric === 'funding.avg_per_province',
        );
        const fig = of.find((f) => !f.derived) ?? of[0];
        if (!fig) throw new Error(`${K}: no average per province for region ${r.code}`);
        return { code: r.code, fig };
      })
      .sort((x, y) => y.fig.value - x.fig.value);
    const figs = rows.map((r) => r.fig);
    const slugs = rows.map((r) => [r.code, r.code] as const);
    const national = d.fig(`${K}.funding.avg-per-province`);
    const name = (i: number) => `${inLang(d.region(slugs[i]![1]), 'name', lang)}${figs[i]!.derived ? '*' : ''}`;
    const title = L(
      lang,
      'Tính theo mỗi tỉnh, Đồng bằng sông Cửu Long nhận ít nhất, không phải miền núi phía Bắc như báo cáo viết',
      'Per province, the Mekong Delta received least, not the northern uplands as the report says',
    );
    const bars = figs.map((f, i) => ({
      label: name(i),
      value: f.value,
      fig: f,
      colour: REGION_COLOURS[slugs[i]![1]]!,
    }));
    const svg = barChart(bars, lang, 'billions', title, L(lang, 'tỷ đồng mỗi tỉnh', 'VND billion per province'), W, {
      value: national.value,
      label: L(
        lang,
        `cả nước ${formatNumber(bn(national.value), lang, 2)}`,
        `national ${formatNumber(bn(national.value), lang, 2)}`,
      ),
    });
    return {
      id: this.id,
      title,
      subtitle: L(
        lang,
        'Kinh phí khuyến công bình quân mỗi tỉnh 2014–2020, tỷ đồng. * chúng tôi tính: báo cáo không nêu',
        'Average khuyến công funding per province 2014–2020, VND billion. * derived by us: not stated in the report',
      ),
      sourceLine: sourceLine(d, [national.id], lang),
      sourceIds: [K],
      alt: L(
        lang,
        `Biểu đồ thanh kinh phí bình quân mỗi tỉnh của sáu vùng, so với bình quân cả nước ${formatFigure(national, lang)}. ${extremes(figs, (f) => name(figs.indexOf(f)), lang)}`,
        `Bar chart of average funding per province in the six regions against the national average of ${formatFigure(national, lang)}. ${extremes(figs, (f) => name(figs.indexOf(f)), lang)}`,
      ),
      views: [{ key: 'amount', label: L(lang, 'Bình quân', 'Average'), svg }],
      table: tableOf([...figs, national], lang, (f) => inLang(f, 'label', lang)),
      csv: csvRows([...figs, national]),
      figureIds: [...figs, national].map((f) => f.id),
    };
  },
};
export default chart;
