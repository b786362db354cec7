/** Chart `kinh-phi-theo-vung-2014-2020`: its figures, text, Plot spec and table. */
import { formatFigure, formatNumber } from '../lib/format.ts';
import { inLang } from '../lib/i18n.ts';
import { REGION_COLOURS } from './palette.ts';
import { REGION_CODES } from '../lib/schema.ts';
import { L, sourceLine, csvRows, amountShareTable, amountShareViews, extremes, K, type ChartDef } from './kit.ts';

const chart: ChartDef = {
  id: 'kinh-phi-theo-vung-2014-2020',
  name: { vi: 'Kinh phí theo vùng, 2014–2020', en: 'Funding by region, 2014–2020' },
  build(d, lang, W) {
    // The six regions north to south (REGION_CODES order), each found by its geo code.
    const regions = REGION_CODES.map((c) => d.region(c));
    const regional = (metric: string) =>
      regions.map(
        (r) =>
          d.figures.find((f) => f.source === K && !f.derived && f.geo === r.code && f.metric === metric) ??
          (() => {
            throw new Error(`${K}: no ${metric} for region ${r.code}`);
          })(),
      );
    const amounts = [...regional('funding.amount'), d.fig(`derived.${K}.region.unassigned.amount`)];
    const shares = [...regional('funding.share'), d.fig(`derived.${K}.region.unassigned.share`)];
    const codes = [...REGION_CODES, 'UNASSIGNED'];
    const name = (i: number) =>
      codes[i] === 'UNASSIGNED'
        ? L(lang, 'Không phân bổ theo vùng*', 'Not assigned to a region*')
        : inLang(d.region(codes[i]!), 'name', lang);
    const items = amounts.map((f, i) => ({
      label: name(i),
      amount: f,
      share: shares[i]!,
      colour: REGION_COLOURS[codes[i]!]!,
    }));
    const gap = formatNumber(shares[6]!.value, lang, 0);
    // The story's point: this bar is money the report gives to no region (total less the six).
    const unassignedNote = { label: name(6), text: L(lang, 'tổng trừ sáu vùng', 'total less six regions') };
    const title = L(
      lang,
      `Đồng bằng sông Hồng nhận nhiều kinh phí khuyến công nhất; ${gap}% không được báo cáo phân bổ cho vùng nào`,
      `The Red River Delta received the most; ${gap}% is not assigned to any region in the report`,
    );
    return {
      id: this.id,
      title,
      subtitle: L(
        lang,
        'Kế hoạch kinh phí khuyến công 2014–2020, tỷ đồng và % tổng số. * tính toán: tổng trừ sáu vùng',
        'Approved khuyến công funding 2014–2020, VND billion and % of total. * derived: total less the six regions',
      ),
      sourceLine: sourceLine(
        d,
        amounts.map((f) => f.id),
        lang,
      ),
      alt: L(
        lang,
        `Biểu đồ thanh kinh phí 2014–2020 của sáu vùng và phần không phân bổ. ${extremes(amounts.slice(0, 6), (f) => name(amounts.indexOf(f)), lang)} Phần không phân bổ theo vùng: ${formatFigure(amounts[6]!, lang)}.`,
        `Bar chart of 2014–2020 funding for the six regions and the unassigned part. ${extremes(amounts.slice(0, 6), (f) => name(amounts.indexOf(f)), lang)} Not assigned to a region: ${formatFigure(amounts[6]!, lang)}.`,
      ),
      views: amountShareViews(items, lang, W, title, L(lang, '% tổng kinh phí', '% of total'), unassignedNote),
      table: amountShareTable(items, lang, L(lang, 'Vùng', 'Region')),
      csv: csvRows([...amounts, ...shares]),
      figureIds: [...amounts, ...shares].map((f) => f.id),
    };
  },
};
export default chart;
