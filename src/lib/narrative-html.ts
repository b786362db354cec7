/**
 * Narrative blocks → HTML. A figure placeholder `{fig:ID}` becomes the figure formatted for the
 * page's locale, linked to its row on its source's page (derived figures marked); `{term:X}`
 * becomes the abbreviation with its expansion. Unknown ids, terms or block types throw, so the
 * build fails instead of rendering nothing. Text is escaped: prose cannot inject markup.
 */
import type { Block } from '../narratives/types.ts';
import type { SiteData } from './data.ts';
import type { GlossaryEntry } from './glossary.ts';
import { formatFigure, type Lang } from './format.ts';
import { T } from './i18n.ts';
import { figureHref } from './routes.ts';

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function inlineHtml(text: string, lang: Lang, d: Pick<SiteData, 'fig'>, terms: GlossaryEntry[]): string {
  return escapeHtml(text).replace(/\{(fig|term):([^}]+)\}/g, (_, kind: string, key: string) => {
    if (kind === 'fig') {
      const f = d.fig(key);
      const href = figureHref(lang, f);
      const mark = f.derived ? `<span class="derived-mark"> (${T[lang].derived})</span>` : '';
      return `<span class="fig"><a href="${href}" title="${escapeHtml(lang === 'vi' ? f.label_vi : f.label_en)}">${escapeHtml(formatFigure(f, lang))}</a>${mark}</span>`;
    }
    const g = terms.find((x) => x.term === key);
    if (!g) throw new Error(`narrative: unknown glossary term "${key}"`);
    return `<abbr title="${escapeHtml(lang === 'vi' ? g.expansion_vi : g.expansion_en)}">${escapeHtml(g.term)}</abbr>`;
  });
}

export function blocksHtml(blocks: Block[], lang: Lang, d: Pick<SiteData, 'fig'>, terms: GlossaryEntry[]): string {
  const inline = (t: string) => inlineHtml(t, lang, d, terms);
  return blocks.map((b) => {
    switch (b.type) {
      case 'p': return `<p>${inline(b.text)}</p>`;
      case 'h2': return `<h2>${inline(b.text)}</h2>`;
      case 'callout': return `<p class="callout">${inline(b.text)}</p>`;
      case 'list': return `<ul>${b.items.map((i) => `<li>${inline(i)}</li>`).join('')}</ul>`;
      default: throw new Error(`narrative: unknown block type ${JSON.stringify(b)}`);
    }
  }).join('\n');
}
