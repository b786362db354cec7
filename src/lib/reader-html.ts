/**
 * A report's text → HTML for its reader page. Every line is an element with a stable id (`L27`)
 * and its number shown beside it; paragraphs and the few headings are kept as the text has
 * them; each located figure is a <mark id="f-<figure id>"> around exactly its characters,
 * linking to the figure's entry below the text. Text is escaped: a report cannot inject markup.
 */
import type { Figure, SourceText } from './schema.ts';
import { escapeHtml } from './escape.ts';
import { formatFigure, type Lang } from './format.ts';
import { T } from './i18n.ts';
import { entryAnchor, figureAnchor } from './routes.ts';

/** A figure written as a well-formed Vietnamese number needs no reading beside it. */
const WELL_FORMED = /^\d{1,3}(\.\d{3})*(,\d+)?%?$/;

export interface ReaderHtmlOptions {
  lang: Lang;
  fig: (id: string) => Figure;
  /** OCR text: show the project's reading beside each garbled figure. */
  ocr: boolean;
  /** Excluded rows: their reason, shown beside the unreadable characters. */
  excluded: Map<string, string>;
}

export function lineHtml(t: SourceText, n: number, o: ReaderHtmlOptions): string {
  const text = t.lines[n - 1] ?? '';
  const marks = t.marks.filter((m) => m.line === n);
  const say = T[o.lang].readerUi;
  let html = '';
  let at = 0;
  for (const m of marks) {
    html += escapeHtml(text.slice(at, m.start));
    const chars = text.slice(m.start, m.end);
    const [first, ...rest] = m.ids as [string, ...string[]];
    let inner = `<a href="#${entryAnchor(first)}">${escapeHtml(chars)}</a>`;
    for (const id of [...rest].reverse())
      inner = `<mark class="fig" id="${escapeHtml(figureAnchor(id))}">${inner}</mark>`;
    html += `<mark class="fig${m.kind === 'excluded' ? ' excluded' : ''}" id="${escapeHtml(figureAnchor(first))}">${inner}</mark>`;
    for (const id of rest)
      html += `<sup class="also"><a href="#${entryAnchor(id)}" aria-label="${escapeHtml(say.sameCharacters(id))}">+</a></sup>`;
    if (m.kind === 'excluded') {
      html += `<span class="reading" lang="${o.lang}"> [${escapeHtml(say.unreadable)}]</span>`;
    } else if (o.ocr && !WELL_FORMED.test(chars)) {
      html += `<span class="reading" lang="${o.lang}"> [${escapeHtml(say.readAs)} ${escapeHtml(formatFigure(o.fig(first), o.lang))}]</span>`;
    }
    at = m.end;
  }
  html += escapeHtml(text.slice(at));
  return html;
}

export function textHtml(t: SourceText, o: ReaderHtmlOptions): string {
  const line = (n: number) => `<span class="l" id="L${n}" data-n="${n}">${lineHtml(t, n, o)}</span>`;
  // Blank lines belong to no block but keep their anchor, so every line number has one.
  const covered = new Set<number>();
  for (const b of t.blocks) for (let n = b.from; n <= b.to; n++) covered.add(n);
  const gap = (n: number) => (covered.has(n) ? '' : `<span class="gap" id="L${n}"></span>`);
  let next = 1;
  const out: string[] = [];
  for (const b of t.blocks) {
    while (next < b.from) out.push(gap(next++));
    if (b.kind !== 'p')
      out.push(`<${b.kind} class="l" id="L${b.from}" data-n="${b.from}">${lineHtml(t, b.from, o)}</${b.kind}>`);
    else {
      const lines: string[] = [];
      for (let n = b.from; n <= b.to; n++) lines.push(line(n));
      out.push(`<p>${lines.join('\n')}</p>`);
    }
    next = b.to + 1;
  }
  while (next <= t.lines.length) out.push(gap(next++));
  return out.filter(Boolean).join('\n');
}
