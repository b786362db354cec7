/** Chart `phia-bac-2022-2023`: its figures, text, Plot spec and table. */
import * as Plot from '@observablehq/plot';
import type { Figure } from '../lib/schema.ts';
import { formatFigure, formatNumber, tickFormat } from '../lib/format.ts';
import { PROGRAMME_COLOURS } from './palette.ts';
import { renderPlot } from './render.ts';
import { tagMarks } from './interaction.ts';
import { PROGRAMME_LABEL } from '../lib/i18n.ts';
import { FONT, L, bn, figureRow, sourceLine, csvRows, type ChartDef } from './kit.ts';

const chart: ChartDef = {
  id: 'phia-bac-2022-2023',
  name: { vi: '28 tỉnh phía Bắc: 2022 và 2023', en: '28 northern provinces: 2022 and 2023' },
  build(d, lang, W) {
    const P = 'north-2023.funding';
    const rows: [string, string, string][] = [
      [L(lang, 'Thực hiện 2022', '2022 actual'), `${P}.2022.kcqg`, `${P}.2022.kcdp`],
      [L(lang, 'Kế hoạch 2023', '2023 plan'), `${P}.2023.plan.kcqg`, `${P}.2023.plan.kcdp`],
      [L(lang, '6 tháng đầu 2023', 'First half 2023'), `${P}.2023h1.kcqg`, `${P}.2023h1.kcdp`],
    ];
    const data = rows.flatMap(([period, q, p]) => [
      { period, programme: 'KCQG', f: d.fig(q) },
      { period, programme: L(lang, 'KCĐP', 'KCĐP'), f: d.fig(p) },
    ]);
    const title = L(
      lang,
      'Sáu tháng đầu 2023, các tỉnh phía Bắc mới chi chưa đến một phần ba kế hoạch năm',
      'By mid-2023 the northern provinces had spent under a third of the year’s plan',
    );
    const rate = d.fig(`${P}.2023h1.total.vs-plan`);
    // One view per programme choice: both side by side, or KCQG or KCĐP alone.
    const svgFor = (only?: string) => {
      const shown = data.filter((r) => !only || r.programme === only);
      // A plan next to its outcome: the first half of 2023 against the year's plan.
      const h1 = [{ period: rows[2]![0], f: rate }];
      return renderPlot(
        {
          width: W,
          height: W < 500 ? 300 : 340,
          marginLeft: 44,
          marginBottom: 40,
          marginTop: 24,
          style: FONT,
          fx: { label: null, padding: 0.15, domain: rows.map(([p]) => p) },
          x: { axis: null, domain: only ? [only] : ['KCQG', 'KCĐP'] },
          y: { label: L(lang, 'tỷ đồng', 'VND billion'), grid: true, tickFormat: tickFormat(lang, 'billions') },
          color: { domain: ['KCQG', 'KCĐP'], range: [PROGRAMME_COLOURS.KCQG, PROGRAMME_COLOURS.KCDP] },
          marks: [
            Plot.barY(shown, {
              fx: 'period',
              x: 'programme',
              y: (r: { f: Figure }) => r.f.value,
              fill: 'programme',
              title: (r: { programme: string; f: Figure }) => `${r.programme}: ${formatFigure(r.f, lang)}`,
              render: tagMarks(shown, { fig: (r) => r.f, series: (r) => r.f.programme, focus: true }),
            }),
            Plot.text(shown, {
              fx: 'period',
              x: 'programme',
              y: (r: { f: Figure }) => r.f.value,
              text: (r: { programme: string; f: Figure }) =>
                W < 500
                  ? formatNumber(bn(r.f.value), lang, 1)
                  : `${r.programme} ${formatNumber(bn(r.f.value), lang, 1)}`,
              dy: -8,
              fill: 'currentColor',
              render: tagMarks(shown, { fig: (r) => r.f, series: (r) => r.f.programme }),
            }),
            ...(only
              ? []
              : [
                  Plot.text(h1, {
                    fx: 'period',
                    frameAnchor: 'top',
                    text: () =>
                      L(
                        lang,
                        `= ${formatFigure(rate, lang)}\nkế hoạch năm`,
                        `= ${formatFigure(rate, lang)}\nof the year plan`,
                      ),
                    fill: 'currentColor',
                    fontStyle: 'italic',
                    dy: 4,
                    render: tagMarks(h1, { fig: (r) => r.f, focus: true }),
                  }),
                ]),
            Plot.ruleY([0]),
          ],
        },
        title,
      );
    };
    const figs = data.map((r) => r.f);
    return {
      id: this.id,
      title,
      subtitle: L(
        lang,
        'Kinh phí khuyến công của 28 tỉnh, thành phố phía Bắc theo nguồn, tỷ đồng',
        'Khuyến công funding of the 28 northern provinces by source, VND billion',
      ),
      sourceLine: sourceLine(
        d,
        figs.map((f) => f.id),
        lang,
      ),
      alt: L(
        lang,
        `Biểu đồ cột nhóm: ${rows.map(([p, q, k]) => `${p}: KCQG ${formatFigure(d.fig(q), lang)}, KCĐP ${formatFigure(d.fig(k), lang)}`).join('; ')}. Sáu tháng đầu 2023 đạt ${formatFigure(rate, lang)} kế hoạch năm.`,
        `Grouped columns: ${rows.map(([p, q, k]) => `${p}: KCQG ${formatFigure(d.fig(q), lang)}, KCĐP ${formatFigure(d.fig(k), lang)}`).join('; ')}. The first half of 2023 reached ${formatFigure(rate, lang)} of the year plan.`,
      ),
      views: [
        { key: 'both', label: 'KCQG + KCĐP', svg: svgFor() },
        { key: 'kcqg', label: 'KCQG', svg: svgFor('KCQG') },
        { key: 'kcdp', label: 'KCĐP', svg: svgFor('KCĐP') },
      ],
      table: {
        columns: [L(lang, 'Giai đoạn', 'Period'), 'KCQG', 'KCĐP'],
        rows: rows.map(([p, q, k]) => figureRow(p, [d.fig(q), d.fig(k)], lang, false)),
      },
      csv: csvRows(figs),
      figureIds: [...figs, rate].map((f) => f.id),
      legend: [
        { key: 'KCQG', label: PROGRAMME_LABEL[lang].KCQG, colour: PROGRAMME_COLOURS.KCQG },
        { key: 'KCDP', label: PROGRAMME_LABEL[lang].KCDP, colour: PROGRAMME_COLOURS.KCDP },
      ],
    };
  },
};
export default chart;
