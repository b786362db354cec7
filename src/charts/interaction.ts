/**
 * What makes a server-drawn chart answer "what is this mark?" in the browser, decided at build
 * time so the client script (public/js/chart-interact.js) only reads:
 * - each drawn element carries `data-fig="<figure id>"` (and `data-series="<legend key>"` when the
 *   chart has a colour key); the elements a reader moves across with the keyboard also carry
 *   `data-focus`;
 * - each chart ships its figures' display fields (value as the site writes it, period,
 *   programme, status, report and line, link to the sentence) as a JSON data island.
 */
import type { RenderFunction } from '@observablehq/plot';
import type { Figure } from '../lib/schema.ts';
import { formatFigure, formatPeriod, type Lang } from '../lib/format.ts';
import { inLang, PROGRAMME_LABEL, STATUS_LABEL, T } from '../lib/i18n.ts';
import { figureHref } from '../lib/routes.ts';
import type { SiteData } from '../lib/data.ts';

export interface MarkTag<T> {
  /** The figure a datum draws. */
  fig: (d: T) => Figure;
  /** Its legend key, for charts with a colour key. */
  series?: (d: T) => string;
  /** The mark a reader moves to with the arrow keys (one per figure: the bar or dot, not its label). */
  focus?: boolean;
}

/**
 * A Plot `render` option that tags each element the mark draws with its datum's figure. Plot
 * draws one element per index entry, in index order (facets call it once per facet); a mismatch
 * means a mark type this helper does not know, and fails the build rather than mislabel a bar.
 */
export function tagMarks<T>(data: readonly T[], tag: MarkTag<T>): RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const g = next!(index, scales, values, dimensions, context) as SVGGElement;
    const els = [...g.children].filter((el) => el.tagName.toLowerCase() !== 'title');
    if (els.length !== index.length) throw new Error(`tagMarks: ${els.length} elements drawn for ${index.length} data`);
    els.forEach((el, i) => {
      const datum = data[index[i]!]!;
      el.setAttribute('data-fig', tag.fig(datum).id);
      if (tag.series) el.setAttribute('data-series', tag.series(datum));
      if (tag.focus) el.setAttribute('data-focus', '');
    });
    return g;
  };
}

/** The fields a tooltip shows for one figure, short keys: it ships with every chart. */
export interface FigureTip {
  /** label */ l: string;
  /** value with its qualifier and unit, as the site writes it */ v: string;
  /** period */ p: string;
  /** programme */ g: string;
  /** status */ s: string;
  /** "Nguồn: <report>, dòng N" (or "tính toán" for derived figures) */ r: string;
  /** link to the sentence (figureHref) */ h: string;
}

export function figureTip(f: Figure, d: SiteData, lang: Lang): FigureTip {
  const src = d.source(f.source);
  const t = T[lang];
  const title = inLang(src, 'title', lang);
  const where = f.derived ? t.chartUi.derivedFromReport : `${t.line} ${f.line}`;
  return {
    l: inLang(f, 'label', lang),
    v: formatFigure(f, lang),
    p: formatPeriod(f, lang),
    g: PROGRAMME_LABEL[lang][f.programme],
    s: STATUS_LABEL[lang][f.status],
    r: `${t.source}: ${title}, ${where}`,
    h: figureHref(lang, f),
  };
}

/** The data island of a chart: JSON safe inside <script type="application/json"> (no `</script>`). */
export function figureIsland(ids: readonly string[], d: SiteData, lang: Lang): string {
  const out: Record<string, FigureTip> = {};
  for (const id of ids) out[id] = figureTip(d.fig(id), d, lang);
  return JSON.stringify(out).replace(/</g, '\\u003c');
}
