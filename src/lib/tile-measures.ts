/**
 * What the tile-grid cartogram can be coloured by: the region, or a province-level figure or
 * fact from the reports. Each measure gives every province a category (with "not named" where
 * the reports say nothing: silence is shown, not filled in), a colour, and a legend.
 */
import type { SiteData } from './data.ts';
import { formatFigure, type Lang } from './format.ts';
import { PROGRAMME_COLOURS, RAMP, REGION_COLOURS, SILENCE } from '../charts/palette.ts';
import { inLang, T } from './i18n.ts';

export interface TileMeasure {
  key: string;
  label: string;
  /** Category key per province slug. */
  category: (slug: string) => string;
  /** Tooltip text per province (the value as the reports give it). */
  detail: (slug: string) => string;
  legend: { key: string; label: string; colour: string; dark: boolean }[];
}

const NONE = SILENCE;

export function tileMeasures(d: SiteData, lang: Lang): TileMeasure[] {
  const t = T[lang];
  const factOf = (fact: string, slug: string, source?: string) =>
    d.facts.find((f) => f.fact === fact && f.geo === slug && (!source || f.source === source));
  const notNamed = { key: 'none', label: t.tileMeasures.notNamed, colour: NONE, dark: false };

  const band = (
    source: string,
    year: string,
    bands: [keyof typeof t.tileMeasures.staffBands, string][],
  ): TileMeasure => ({
    key: `staffing-${year}`,
    label: t.tileMeasures.centreStaffing(year),
    category: (slug) => factOf('staffing_band', slug, source)?.value ?? 'none',
    detail: (slug) => {
      const f = factOf('staffing_band', slug, source);
      return f ? inLang(f, 'value', lang) : notNamed.label;
    },
    legend: [
      ...bands.map(([key, colour]) => ({ key, label: t.tileMeasures.staffBands[key], colour, dark: true })),
      notNamed,
    ],
  });

  const funding = d.figures.filter(
    (f) => f.source === 'kcqg-2014-2020' && f.geo_kind === 'province' && f.metric === 'funding.amount',
  );
  const avg = d.fig('kcqg-2014-2020.funding.avg-per-province');
  const above = (slug: string) => factOf('above_national_average', slug);
  const below = (slug: string) => factOf('below_6bn', slug);

  return [
    {
      key: 'region',
      label: t.tileMeasures.region,
      category: (slug) => d.province(slug).region_6,
      detail: (slug) => {
        const r = d.region(d.province(slug).region_6);
        return inLang(r, 'name', lang);
      },
      legend: d.regions.map((r) => ({
        key: r.code,
        label: inLang(r, 'name', lang),
        colour: REGION_COLOURS[r.code]!,
        dark: true,
      })),
    },
    {
      key: 'funding-2014-2020',
      label: t.tileMeasures.funding20142020Against,
      category: (slug) => (above(slug) ? 'above' : below(slug) ? 'below' : 'none'),
      detail: (slug) => {
        const f = funding.find((x) => x.geo === slug);
        if (f) return `${formatFigure(f, lang)} (${t.tileMeasures.average} ${formatFigure(avg, lang)})`;
        if (above(slug)) return t.tileMeasures.aboveTheNationalAverage;
        return notNamed.label;
      },
      legend: [
        {
          key: 'above',
          label: t.tileMeasures.aboveAverageWith(formatFigure(avg, lang)),
          colour: PROGRAMME_COLOURS.KCQG,
          dark: true,
        },
        { key: 'below', label: t.tileMeasures.underVnd6Billion, colour: PROGRAMME_COLOURS.KCDP, dark: true },
        notNamed,
      ],
    },
    band('nd45-2013-2022', '2022', [
      ['over-40', RAMP.strong],
      ['30-40', RAMP.medium],
      ['under-10', PROGRAMME_COLOURS.KCDP],
    ]),
    band('kcqg-2014-2020', '2020', [['over-30', RAMP.strong]]),
    {
      key: 'collaborators-2022',
      label: t.tileMeasures.collaboratorNetworks2022,
      category: (slug) => {
        const dist = factOf('district_collaborators', slug);
        const comm = factOf('commune_collaborators', slug);
        return dist && comm
          ? 'both'
          : dist
            ? 'district'
            : comm
              ? 'commune'
              : factOf('district_collaborators_pilot', slug)
                ? 'pilot'
                : 'none';
      },
      detail: (slug) =>
        [
          factOf('district_collaborators', slug),
          factOf('commune_collaborators', slug),
          factOf('district_collaborators_pilot', slug),
        ]
          .filter(Boolean)
          .map((f) => inLang(f!, 'value', lang))
          .join('; ') || notNamed.label,
      legend: [
        { key: 'both', label: t.tileMeasures.districtAndCommune, colour: RAMP.strong, dark: true },
        { key: 'district', label: t.tileMeasures.district, colour: RAMP.medium, dark: true },
        { key: 'commune', label: t.tileMeasures.commune, colour: REGION_COLOURS.TDMNPB!, dark: true },
        { key: 'pilot', label: t.tileMeasures.districtPilot, colour: REGION_COLOURS.BTB_DHMT!, dark: true },
        notNamed,
      ],
    },
  ];
}
