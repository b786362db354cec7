/**
 * What a province's tile on the tile map says on hover or focus (src/scripts/tiles.ts): its
 * region, the unit it joined in 2025, and its key figures as its profile gives them at a
 * glance (2014–2020 funding where the report states it, staffing band, collaborators, funding
 * against the national average), each with its report and line and a link to the sentence.
 * Built at build time into one JSON data island per map, so nothing is fetched.
 */
import type { SiteData } from './data.ts';
import { formatFigure, type Lang } from './format.ts';
import { T } from './i18n.ts';
import { figureHref, lineHref } from './routes.ts';
import { units2025 } from './units-2025.ts';

/** The facts a tile shows, in this order: those the map can be coloured by. */
export const TILE_FACTS = [
  'staffing_band',
  'above_national_average',
  'below_6bn',
  'district_collaborators',
  'commune_collaborators',
  'district_collaborators_pilot',
] as const;

/**
 * One line of a tile's tooltip: label, value, "Nguồn: <report id>, dòng N" (the id, as the figure
 * finder writes it: a tooltip over a 375 px map has no room for five report titles) and the link.
 */
export type TileLine = [label: string, value: string, source: string, href: string];

export interface TileTip {
  /** region name */ g: string;
  /** the 2025 unit, with what it was formed from */ u: string;
  /** key figures and facts */ k: TileLine[];
}

const period = (a: number, b: number) => (a === b ? String(a) : `${a}–${b}`);

export function tileTips(d: SiteData, lang: Lang): Record<string, TileTip> {
  const t = T[lang];
  const tt = t.tiles;
  const units = new Map(units2025(d.provinces).map((u) => [u.slug, u]));
  const out: Record<string, TileTip> = {};
  for (const p of d.provinces) {
    const region = d.region(p.region_6);
    const unit = units.get(p.merged_2025_slug)!;
    const unitName = lang === 'vi' ? unit.name_vi : unit.name_en;
    const lines: TileLine[] = [];
    for (const f of d.figures.filter(
      (x) => x.geo === p.slug && x.source === 'kcqg-2014-2020' && x.metric === 'funding.amount',
    ))
      lines.push([
        `${lang === 'vi' ? f.label_vi : f.label_en} (${period(f.period_start, f.period_end)})`,
        formatFigure(f, lang),
        `${t.source}: ${f.source}, ${f.derived ? t.derived : `${t.line} ${f.line}`}`,
        figureHref(lang, f),
      ]);
    for (const kind of TILE_FACTS)
      for (const f of d.facts.filter((x) => x.geo === p.slug && x.fact === kind)) {
        const k = d.factKinds.get(kind);
        lines.push([
          `${k ? (lang === 'vi' ? k.label_vi : k.label_en) : kind} (${period(f.period_start, f.period_end)})`,
          lang === 'vi' ? f.value_vi : f.value_en,
          `${t.source}: ${f.source}, ${t.line} ${f.line}`,
          lineHref(lang, f.source, f.line),
        ]);
      }
    out[p.slug] = {
      g: `${t.region}: ${lang === 'vi' ? region.name_vi : region.name_en}`,
      u: `${tt.unit2025}: ${unitName}${unit.members.length === 1 ? ` (${tt.notMerged})` : ''}`,
      k: lines,
    };
  }
  return out;
}

/** The data island of a tile map: JSON safe inside <script type="application/json">. */
export function tileIsland(d: SiteData, lang: Lang): string {
  return JSON.stringify(tileTips(d, lang)).replace(/</g, '\\u003c');
}
