/**
 * What the tile-grid cartogram can be coloured by: the region, or a province-level figure or
 * fact from the reports. Each measure gives every province a category (with "not named" where
 * the reports say nothing: silence is shown, not filled in), a colour, and a legend.
 */
import type { SiteData } from './data.ts';
import { formatFigure, type Lang } from './format.ts';
import { REGION_COLOURS } from '../charts/palette.ts';

export interface TileMeasure {
  key: string;
  label: string;
  /** Category key per province slug. */
  category: (slug: string) => string;
  /** Tooltip text per province (the value as the reports give it). */
  detail: (slug: string) => string;
  legend: { key: string; label: string; colour: string; dark: boolean }[];
}

const NONE = '#d5dadf';

export function tileMeasures(d: SiteData, lang: Lang): TileMeasure[] {
  const L = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  const factOf = (fact: string, slug: string, source?: string) => d.facts.find((f) => f.fact === fact && f.geo === slug && (!source || f.source === source));
  const notNamed = { key: 'none', label: L('Báo cáo không nêu tên', 'Not named in the reports'), colour: NONE, dark: false };

  const band = (source: string, year: string, bands: [string, string, string, string][]): TileMeasure => ({
    key: `staffing-${year}`,
    label: L(`Quy mô cán bộ Trung tâm (${year})`, `Centre staffing (${year})`),
    category: (slug) => factOf('staffing_band', slug, source)?.value ?? 'none',
    detail: (slug) => { const f = factOf('staffing_band', slug, source); return f ? (lang === 'vi' ? f.value_vi : f.value_en) : notNamed.label; },
    legend: [...bands.map(([key, vi, en, colour]) => ({ key, label: L(vi, en), colour, dark: true })), notNamed],
  });

  const funding = d.figures.filter((f) => f.source === 'kcqg-2014-2020' && f.geo_kind === 'province' && f.metric === 'funding.amount');
  const avg = d.fig('kcqg-2014-2020.funding.avg-per-province');
  const above = (slug: string) => factOf('above_national_average', slug);
  const below = (slug: string) => factOf('below_6bn', slug);

  return [
    {
      key: 'region', label: L('Vùng', 'Region'),
      category: (slug) => d.province(slug).region_6,
      detail: (slug) => { const r = d.region(d.province(slug).region_6); return lang === 'vi' ? r.name_vi : r.name_en; },
      legend: d.regions.map((r) => ({ key: r.code, label: lang === 'vi' ? r.name_vi : r.name_en, colour: REGION_COLOURS[r.code]!, dark: true })),
    },
    {
      key: 'funding-2014-2020', label: L('Kinh phí 2014–2020 so với bình quân', 'Funding 2014–2020 against the average'),
      category: (slug) => (above(slug) ? 'above' : below(slug) ? 'below' : 'none'),
      detail: (slug) => {
        const f = funding.find((x) => x.geo === slug);
        if (f) return `${formatFigure(f, lang)} (${L('bình quân', 'average')} ${formatFigure(avg, lang)})`;
        if (above(slug)) return L('Trên mức bình quân cả nước', 'Above the national average');
        return notNamed.label;
      },
      legend: [
        { key: 'above', label: L(`Trên bình quân cả nước (${formatFigure(avg, lang)}/tỉnh)`, `Above the national average (${formatFigure(avg, lang)} a province)`), colour: '#0072B2', dark: true },
        { key: 'below', label: L('Dưới 6 tỷ đồng', 'Under VND 6 billion'), colour: '#C44E00', dark: true },
        notNamed,
      ],
    },
    band('nd45-2013-2022', '2022', [
      ['over-40', 'Trên 40 cán bộ', 'Over 40 staff', '#08306b'],
      ['30-40', '30–40 cán bộ', '30–40 staff', '#2b6cb0'],
      ['under-10', 'Dưới 10 cán bộ', 'Under 10 staff', '#C44E00'],
    ]),
    band('kcqg-2014-2020', '2020', [
      ['over-30', 'Từ 30 cán bộ trở lên', '30 staff or more', '#08306b'],
    ]),
    {
      key: 'collaborators-2022', label: L('Mạng lưới cộng tác viên (2022)', 'Collaborator networks (2022)'),
      category: (slug) => {
        const dist = factOf('district_collaborators', slug);
        const comm = factOf('commune_collaborators', slug);
        return dist && comm ? 'both' : dist ? 'district' : comm ? 'commune' : factOf('district_collaborators_pilot', slug) ? 'pilot' : 'none';
      },
      detail: (slug) => [factOf('district_collaborators', slug), factOf('commune_collaborators', slug), factOf('district_collaborators_pilot', slug)]
        .filter(Boolean).map((f) => (lang === 'vi' ? f!.value_vi : f!.value_en)).join('; ') || notNamed.label,
      legend: [
        { key: 'both', label: L('Cấp huyện và cấp xã', 'District and commune'), colour: '#08306b', dark: true },
        { key: 'district', label: L('Cấp huyện', 'District'), colour: '#2b6cb0', dark: true },
        { key: 'commune', label: L('Cấp xã', 'Commune'), colour: '#00805f', dark: true },
        { key: 'pilot', label: L('Đang thí điểm cấp huyện', 'District pilot'), colour: '#a06800', dark: true },
        notNamed,
      ],
    },
  ];
}
