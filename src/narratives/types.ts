/**
 * Narratives are typed blocks in our own words. Prose never hard-codes a figure: it cites one
 * by id with `{fig:<id>}` (rendered in the page's locale, linked to its source) and a glossary
 * term with `{term:KCQG}` (shown with its expansion). The build fails on an unknown id, term
 * or block type.
 */
export type Block =
  | { type: 'p'; text: string }
  | { type: 'h2'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'callout'; text: string };

export interface Narrative {
  /** Stable key, e.g. 'results', 'region-DBSH', 'theme-training'. */
  key: string;
  title: { vi: string; en: string };
  /** One-sentence summary for cards, previews and search. */
  summary: { vi: string; en: string };
  body: { vi: Block[]; en: Block[] };
}
