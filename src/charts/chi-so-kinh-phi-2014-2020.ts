/** Chart `chi-so-kinh-phi-2014-2020`: its figures, text, Plot spec and table. */
import * as Plot from '@observablehq/plot';
import type { Figure } from '../lib/schema.ts';
import { formatFigure, formatNumber, tickFormat } from '../lib/format.ts';
import { PROGRAMME_COLOURS } from './palette.ts';
import { renderPlot } from './render.ts';
import { tagMarks } from './interaction.ts';
import { FONT, L, sourceLine, csvRows, K, type ChartDef } from './kit.ts';

const chart: ChartDef = {
  id: 'chi-so-kinh-phi-2014-2020',
  name: { vi: 'Kinh phí tăng qua các năm, 2014–2020', en: 'Funding growth, 2014–2020' },
  build(d, lang, W) {
    const idx = [2014, 2015, 2016, 2017, 2018, 2019, 2020].map((y) => d.fig(`derived.${K}.funding-index.${y}`));
    const rates = [2015, 2016, 2017, 2018, 2019, 2020].map((y) => d.fig(`${K}.assess.budget-growth.${y}`));
    const riseFig = d.fig(`derived.${K}.funding-index.2020.change`);
    const rise = formatNumber(riseFig.value, lang, 0);
    const title = L(
      lang,
      `Theo tốc độ tăng báo cáo nêu, kinh phí năm 2020 cao hơn năm 2014 khoảng ${rise}%`,
      `By the growth rates the report gives, 2020 funding was about ${rise}% above 2014`,
    );
    const data = idx.map((f) => ({ year: f.period_start, value: f.value, f }));
    const svg = renderPlot(
      {
        width: W,
        height: W < 500 ? 260 : 320,
        marginLeft: 44,
        marginRight: 24,
        marginTop: 24,
        style: FONT,
        x: { label: null, tickFormat: (y: number) => String(y), ticks: W < 500 ? 4 : 7 },
        y: {
          label: L(lang, 'chỉ số, 2014 = 100', 'index, 2014 = 100'),
          grid: true,
          tickFormat: tickFormat(lang, 'index'),
          domain: [0, 200],
        },
        marks: [
          Plot.ruleY([100], { stroke: 'currentColor', strokeOpacity: 0.5 }),
          Plot.lineY(data, { x: 'year', y: 'value', stroke: PROGRAMME_COLOURS.KCQG, strokeWidth: 2.5 }),
          Plot.dot(data, {
            x: 'year',
            y: 'value',
            fill: PROGRAMME_COLOURS.KCQG,
            r: 4,
            title: (p: { year: number; f: Figure }) => `${p.year}: ${formatNumber(p.f.value, lang, 1)}`,
            render: tagMarks(data, { fig: (p) => p.f, focus: true }),
          }),
          Plot.text(data, {
            x: 'year',
            y: 'value',
            text: (p: { f: Figure }) => formatNumber(p.f.value, lang, 0),
            dy: -12,
            fill: 'currentColor',
            render: tagMarks(data, { fig: (p) => p.f }),
          }),
        ],
      },
      title,
    );
    return {
      id: this.id,
      title,
      subtitle: L(
        lang,
        'Chỉ số kinh phí khuyến công (2014 = 100), chúng tôi tính từ tốc độ tăng hằng năm báo cáo nêu',
        'Khuyến công funding index (2014 = 100), derived by us from the yearly growth rates the report states',
      ),
      sourceLine: sourceLine(
        d,
        rates.map((f) => f.id),
        lang,
      ),
      alt: L(
        lang,
        `Đường chỉ số kinh phí từ 100 năm 2014 lên ${formatNumber(idx[6]!.value, lang, 1)} năm 2020. Tăng mạnh nhất năm 2015 (${formatFigure(rates[0]!, lang)}), chậm nhất năm 2019 (${formatFigure(rates[4]!, lang)}).`,
        `Line of the funding index from 100 in 2014 to ${formatNumber(idx[6]!.value, lang, 1)} in 2020. Fastest growth in 2015 (${formatFigure(rates[0]!, lang)}), slowest in 2019 (${formatFigure(rates[4]!, lang)}).`,
      ),
      views: [{ key: 'index', label: L(lang, 'Chỉ số', 'Index'), svg }],
      table: {
        columns: [
          L(lang, 'Năm', 'Year'),
          L(lang, 'Tốc độ tăng (báo cáo)', 'Growth (report)'),
          L(lang, 'Chỉ số (tính toán)', 'Index (derived)'),
        ],
        rows: idx.map((f, i) => ({
          cells: [String(f.period_start), i ? formatFigure(rates[i - 1]!, lang) : '—', formatNumber(f.value, lang, 2)],
          figureIds: i ? [rates[i - 1]!.id, f.id] : [f.id],
          derived: true,
          cellIds: [null, i ? rates[i - 1]!.id : null, f.id],
        })),
      },
      csv: csvRows([...rates, ...idx, riseFig]),
      figureIds: [...rates, ...idx, riseFig].map((f) => f.id),
    };
  },
};
export default chart;
