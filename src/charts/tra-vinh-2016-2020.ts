/** Chart `tra-vinh-2016-2020`: its figures, text, Plot spec and table. */
import type { Figure } from '../lib/schema.ts';
import { formatFigure } from '../lib/format.ts';
import { inLang, PROGRAMME_LABEL } from '../lib/i18n.ts';
import { PROGRAMME_COLOURS } from './palette.ts';
import { L, sourceLine, csvRows, barChart, tableOf, extremes, type ChartDef } from './kit.ts';

const chart: ChartDef = {
  id: 'tra-vinh-2016-2020',
  name: { vi: 'Trà Vinh: kinh phí từng hoạt động, 2016–2020', en: 'Trà Vinh: funding by activity, 2016–2020' },
  build(d, lang, W) {
    const T = 'tra-vinh-2016-2020';
    const ids = [
      'machinery.kcqg.funding',
      'machinery.kcdp.funding',
      'fair.kcqg.funding',
      'fair.kcdp.funding',
      'training.funding',
      'media.funding',
      'cleaner-production.funding',
      'award.funding',
      'study-tour.funding',
      'management.funding',
      'conference.funding',
      'consulting.funding',
    ].map((s) => d.fig(`${T}.${s}`));
    const colour = (f: Figure) =>
      f.programme === 'KCQG'
        ? PROGRAMME_COLOURS.KCQG
        : f.programme === 'KCDP'
          ? PROGRAMME_COLOURS.KCDP
          : PROGRAMME_COLOURS.ALL;
    const name = (f: Figure) => inLang(f, 'label', lang).replace(/,? ?(Trà Vinh|2016–2020|2016-2020)/g, '');
    const bars = ids.map((f) => ({ label: name(f), value: f.value, fig: f, colour: colour(f), series: f.programme }));
    const title = L(
      lang,
      'Máy móc thiết bị chiếm hơn một nửa kinh phí khuyến công của Trà Vinh',
      'Machinery took over half of Trà Vinh’s khuyến công money',
    );
    const svg = barChart(bars, lang, 'millions', title, L(lang, 'triệu đồng', 'VND million'), W);
    const total = d.fig(`${T}.funding.total`);
    const machineryShare = d.fig(`derived.${T}.machinery.funding.share`);
    return {
      id: this.id,
      title,
      subtitle: L(
        lang,
        `Kinh phí từng hoạt động 2016–2020, triệu đồng; xanh: KCQG, cam: KCĐP, xám: không tách nguồn. Tổng ${formatFigure(total, lang)}`,
        `Funding of each activity 2016–2020, VND million; blue: national, orange: local, grey: source not split. Total ${formatFigure(total, lang)}`,
      ),
      sourceLine: sourceLine(d, [total.id], lang),
      alt: L(
        lang,
        `Biểu đồ thanh kinh phí 12 khoản của chương trình khuyến công Trà Vinh 2016–2020. ${extremes(ids, name, lang)}`,
        `Bar chart of 12 budget lines of Trà Vinh's khuyến công programme 2016–2020. ${extremes(ids, name, lang)}`,
      ),
      views: [{ key: 'amount', label: L(lang, 'Số tiền', 'Amount'), svg }],
      table: tableOf([...ids, total], lang, (f) => inLang(f, 'label', lang)),
      csv: csvRows([...ids, total, machineryShare]),
      legend: [
        { key: 'KCQG', label: PROGRAMME_LABEL[lang].KCQG, colour: PROGRAMME_COLOURS.KCQG },
        { key: 'KCDP', label: PROGRAMME_LABEL[lang].KCDP, colour: PROGRAMME_COLOURS.KCDP },
        { key: 'ALL', label: L(lang, 'Không tách nguồn', 'Source not split'), colour: PROGRAMME_COLOURS.ALL },
      ],
      figureIds: [...ids, total, machineryShare].map((f) => f.id),
    };
  },
};
export default chart;
