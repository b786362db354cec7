/** Chart `san-pham-tieu-bieu-theo-cap`: its figures, text, Plot spec and table. */
import { formatFigure } from '../lib/format.ts';
import { PROGRAMME_COLOURS } from './palette.ts';
import { L, sourceLine, csvRows, barChart, tableOf, N, type ChartDef } from './kit.ts';

const chart: ChartDef = {
  id: 'san-pham-tieu-bieu-theo-cap',
  name: { vi: 'Sản phẩm CNNT tiêu biểu theo cấp, 2013–2022', en: 'Outstanding rural products by level, 2013–2022' },
  build(d, lang, W) {
    const levels: [string, string, string][] = [
      ['provincial', 'Cấp tỉnh', 'Provincial'],
      ['district', 'Cấp huyện', 'District'],
      ['regional', 'Cấp khu vực', 'Regional'],
      ['national', 'Cấp quốc gia', 'National'],
    ];
    const figs = levels.map(([k]) => d.fig(`${N}.products.${k}`));
    const name = (i: number) => L(lang, levels[i]![1], levels[i]![2]);
    const ratioFig = d.fig(`derived.${N}.products.provincial-to-national.times`);
    const ratio = Math.round(ratioFig.value);
    const title = L(
      lang,
      `Cứ khoảng ${ratio} sản phẩm được tôn vinh cấp tỉnh mới có một sản phẩm đạt cấp quốc gia`,
      `For about every ${ratio} products honoured by a province, one reached national level`,
    );
    return {
      id: this.id,
      title,
      subtitle: L(
        lang,
        'Số sản phẩm công nghiệp nông thôn tiêu biểu được bình chọn, 2013–2022',
        'Outstanding rural industrial products selected, 2013–2022',
      ),
      sourceLine: sourceLine(
        d,
        figs.map((f) => f.id),
        lang,
      ),
      alt: L(
        lang,
        `Biểu đồ thanh: ${figs.map((f, i) => `${name(i)} ${formatFigure(f, lang)}`).join(', ')} sản phẩm.`,
        `Bar chart: ${figs.map((f, i) => `${name(i)} ${formatFigure(f, lang)}`).join(', ')} products.`,
      ),
      views: [
        {
          key: 'count',
          label: L(lang, 'Số lượng', 'Count'),
          svg: barChart(
            figs.map((f, i) => ({
              label: name(i),
              value: f.value,
              fig: f,
              colour: i < 2 ? PROGRAMME_COLOURS.KCDP : PROGRAMME_COLOURS.KCQG,
            })),
            lang,
            'count',
            title,
            L(lang, 'sản phẩm', 'products'),
            W,
          ),
        },
      ],
      table: tableOf(figs, lang, (f) => name(figs.indexOf(f))),
      csv: csvRows([...figs, ratioFig]),
      figureIds: [...figs, ratioFig].map((f) => f.id),
    };
  },
};
export default chart;
