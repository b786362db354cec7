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
    // The regional averages divide regional money only; the like-for-like benchmark is the
    // regional money over all 63 provinces (derived). The report's national average also
    // divides the part it assigns to no region, so it is drawn too, marked as stated.
    const benchmark = d.fig(`derived.${K}.region.all.avg-per-province`);
    const national = d.fig(`${K}.funding.avg-per-province`);
    const unassigned = d.fig(`derived.${K}.region.unassigned.amount`);
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
    const svg = barChart(bars, lang, 'billions', title, L(lang, 'tỷ đồng mỗi tỉnh', 'VND billion per province'), W, [
      {
        value: benchmark.value,
        fig: benchmark,
        label: L(
          lang,
          `6 vùng ${formatNumber(bn(benchmark.value), lang, 2)}*`,
          `6 regions ${formatNumber(bn(benchmark.value), lang, 2)}*`,
        ),
      },
      {
        value: national.value,
        fig: national,
        label: L(
          lang,
          `báo cáo: ${formatNumber(bn(national.value), lang, 2)}`,
          `report: ${formatNumber(bn(national.value), lang, 2)}`,
        ),
      },
    ]);
    return {
      id: this.id,
      title,
      subtitle: L(
        lang,
        `Kinh phí khuyến công bình quân mỗi tỉnh 2014–2020, tỷ đồng. * chúng tôi tính: báo cáo không nêu. Đường gạch: bình quân của tiền sáu vùng trên 63 tỉnh, cùng cơ sở với các cột; đường chấm: bình quân cả nước báo cáo nêu, tính cả ${formatFigure(unassigned, lang)} không phân bổ cho vùng nào.`,
        `Average khuyến công funding per province 2014–2020, VND billion. * derived by us: not stated in the report. Dashed: the six regions’ money over 63 provinces, the same base as the bars; dotted: the national average the report states, which also counts ${formatFigure(unassigned, lang)} assigned to no region.`,
      ),
      sourceLine: sourceLine(d, [national.id], lang),
      alt: L(
        lang,
        `Biểu đồ thanh kinh phí bình quân mỗi tỉnh của sáu vùng, so với bình quân của tiền sáu vùng ${formatFigure(benchmark, lang)} (chúng tôi tính) và bình quân cả nước báo cáo nêu ${formatFigure(national, lang)}, vốn tính cả phần không phân bổ cho vùng nào. ${extremes(figs, (f) => name(figs.indexOf(f)), lang)}`,
        `Bar chart of average funding per province in the six regions against the six regions’ money over all provinces, ${formatFigure(benchmark, lang)} (derived), and the national average the report states, ${formatFigure(national, lang)}, which includes money assigned to no region. ${extremes(figs, (f) => name(figs.indexOf(f)), lang)}`,
      ),
      views: [{ key: 'amount', label: L(lang, 'Bình quân', 'Average'), svg }],
      table: tableOf([...figs, benchmark, national], lang, (f) => inLang(f, 'label', lang)),
      csv: csvRows([...figs, benchmark, national]),
      figureIds: [...figs, benchmark, national].map((f) => f.id),
    };
  },
};
export default chart;
