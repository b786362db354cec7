/**
 * Speaker notes for a chart's slide, from its model: the finding (the chart's headline), the text
 * alternative (which states the key comparison in words and numbers), and the key numbers as
 * the chart's own data table shows them (formatted for the language, derived rows marked).
 */
import type { ChartModel } from '../charts/registry.ts';
import type { Lang } from './format.ts';
import { T } from './i18n.ts';

export interface SpeakerNotes {
  finding: string;
  summary: string;
  keyNumbers: string[];
}

/** At most this many table rows are read out; a presenter needs the headline numbers, not the table. */
const MAX_ROWS = 8;

export function speakerNotes(model: ChartModel, lang: Lang): SpeakerNotes {
  const rows = model.table.rows.slice(0, MAX_ROWS).map((r) => {
    // The first column names the row, the second holds its number; later columns are labelled.
    const [label, value, ...rest] = r.cells;
    const extra = rest.map((c, k) => `${model.table.columns[k + 2]}: ${c}`).join('; ');
    // Marked derived as the chart's table marks it.
    return `${label}${r.derived ? ` (${T[lang].derived})` : ''}: ${value}${extra ? ` (${extra})` : ''}`;
  });
  const more = model.table.rows.length - rows.length;
  if (more > 0) rows.push(T[lang].presentPage.moreRows(more));
  return { finding: model.title, summary: model.alt, keyNumbers: rows };
}
