/** Chart `kinh-phi-theo-hoat-dong`: its figures, text, Plot spec and table. */
import { formatFigure } from '../lib/format.ts';
import { NEUTRAL } from './palette.ts';
import { L, sourceLine, csvRows, amountShareTable, amountShareViews, N, type ChartDef } from './kit.ts';

const chart: ChartDef = {
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
    const items = amounts.map((f, i) => ({ label: name(i), amount: f, share: shares[i]!, colour: NEUTRAL }));
    const title = L(
      lang,
      'Hơn một nửa kinh phí khuyến công 10 năm dành cho mô hình trình diễn và máy móc',
      'Over half of ten years’ funding went to demonstration models and machinery',
    );
    const alt = L(
      lang,
      `Biểu đồ thanh ngang kinh phí khuyến công 2013–2022 theo năm hoạt động. ${amounts.map((f, i) => `${name(i)}: ${formatFigure(f, lang)} (${formatFigure(shares[i]!, lang)})`).join('; ')}.`,
      `Horizontal bar chart of khuyến công funding 2013–2022 by activity. ${amounts.map((f, i) => `${name(i)}: ${formatFigure(f, lang)} (${formatFigure(shares[i]!, lang)})`).join('; ')}.`,
    );
    return {
      id: this.id,
      title,
      subtitle: L(
        lang,
        'Tỷ đồng và tỷ trọng trong tổng kinh phí, 2013–2022',
        'VND billion and share of total funding, 2013–2022',
      ),
      sourceLine: sourceLine(
        d,
        amounts.map((f) => f.id),
        lang,
      ),
      alt,
      views: amountShareViews(items, lang, W, title, L(lang, '% tổng kinh phí', '% of total funding')),
      table: amountShareTable(items, lang, L(lang, 'Hoạt động', 'Activity')),
      csv: csvRows([...amounts, ...shares]),
      figureIds: [...amounts, ...shares].map((f) => f.id),
    };
  },
};
export default chart;
