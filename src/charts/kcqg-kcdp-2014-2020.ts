/** Chart `kcqg-kcdp-2014-2020`: its figures, text, Plot spec and table. */
import { formatFigure } from '../lib/format.ts';
import { inLang } from '../lib/i18n.ts';
import { PROGRAMME_COLOURS } from './palette.ts';
import { L, sourceLine, csvRows, amountShareViews, tableOf, K, type ChartDef } from './kit.ts';

const chart: ChartDef = {
  id: 'kcqg-kcdp-2014-2020',
  name: { vi: 'Kinh phí trung ương và địa phương, 2014–2020', en: 'National and local funding, 2014–2020' },
  build(d, lang, W) {
    const figs = [d.fig(`${K}.funding.kcqg`), d.fig(`${K}.funding.kcdp`)];
    const shares = [d.fig(`${K}.funding.kcqg.share`), d.fig(`${K}.funding.kcdp.share`)];
    const total = d.fig(`${K}.funding.total-plan`);
    const names = [
      L(lang, 'Khuyến công quốc gia (KCQG)', 'National (KCQG)'),
      L(lang, 'Khuyến công địa phương (KCĐP)', 'Local (KCĐP)'),
    ];
    const title = L(
      lang,
      'Ngân sách địa phương chi nhiều hơn trung ương cho khuyến công 2014–2020',
      'Provinces put in more than the central budget, 2014–2020',
    );
    return {
      id: this.id,
      title,
      subtitle: L(
        lang,
        `Kế hoạch kinh phí được duyệt, tỷ đồng; tổng ${formatFigure(total, lang)}`,
        `Approved funding, VND billion; total ${formatFigure(total, lang)}`,
      ),
      sourceLine: sourceLine(d, [total.id], lang),
      alt: L(
        lang,
        `Biểu đồ thanh: KCQG ${formatFigure(figs[0]!, lang)} (${formatFigure(shares[0]!, lang)}), KCĐP ${formatFigure(figs[1]!, lang)} (${formatFigure(shares[1]!, lang)}), trên tổng ${formatFigure(total, lang)}.`,
        `Bar chart: KCQG ${formatFigure(figs[0]!, lang)} (${formatFigure(shares[0]!, lang)}), KCĐP ${formatFigure(figs[1]!, lang)} (${formatFigure(shares[1]!, lang)}), of a total of ${formatFigure(total, lang)}.`,
      ),
      views: amountShareViews(
        figs.map((f, i) => ({
          label: names[i]!,
          amount: f,
          share: shares[i]!,
          colour: i ? PROGRAMME_COLOURS.KCDP : PROGRAMME_COLOURS.KCQG,
        })),
        lang,
        W,
        title,
        '%',
      ),
      table: tableOf([...figs, ...shares, total], lang, (f) => inLang(f, 'label', lang)),
      csv: csvRows([...figs, ...shares, total]),
      figureIds: [...figs, ...shares, total].map((f) => f.id),
    };
  },
};
export default chart;
