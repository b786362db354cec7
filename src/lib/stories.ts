/**
 * A story's Markdown → what its page places: HTML passages, and between them the charts and
 * figure tables the writer put there. One remark pass (on remark-directive, the way Starlight
 * builds its asides) resolves:
 *
 *   :fig[nd45-2013-2022.training.workers]   a figure, formatted for the page's locale, linked
 *                                           through figureHref, derived figures marked
 *   :term[KCQG]                             a glossary term with its expansion
 *   ::chart{#kinh-phi-theo-hoat-dong}       the chart, placed here (top level only)
 *   ::figures[caption]{topic=… source=…}    a table of the figures with that topic (and source)
 *   :::callout … :::                        a highlighted passage
 *   :count[transcribed]                     a count from the data (sources, figures, notes…)
 *   :download[figures.csv]                  a link to a file of dist/data/
 *   [data notes](route:notes)               a link to a page of the route table
 *
 * An unknown figure id, term, chart, topic or directive throws with the story's file, line and
 * column (`src/content/stories/vi/results.md:14:22`), so the build stops at the typo. Text and
 * attributes go through hast, which escapes them: prose cannot inject markup.
 */
import type { Element, ElementContent } from 'hast';
import type { Nodes, Root, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { toString as mdToString } from 'mdast-util-to-string';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { toHtml as hastToHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import { escapeHtml } from './escape.ts';
import { countWords, formatFigure, type Lang } from './format.ts';
import type { GlossaryEntry } from './glossary.ts';
import { inLang, T } from './i18n.ts';
import { figureHref, isPageKind, path } from './routes.ts';
import type { Figure } from './schema.ts';
import type { Story } from './story-files.ts';

export type StorySegment =
  | { kind: 'html'; html: string }
  | { kind: 'chart'; id: string }
  | { kind: 'figures'; caption: string; topic: string; source?: string };

/** What a story may cite. Lookups return undefined for unknown keys; the renderer reports them. */
export interface StoryContext {
  fig: (id: string) => Figure | undefined;
  term: (term: string) => GlossaryEntry | undefined;
  hasChart: (id: string) => boolean;
  hasTopic: (topic: string) => boolean;
  hasSource: (id: string) => boolean;
  /** Counts a story may quote (`:count[sources]`); undefined for an unknown name. */
  count: (what: string) => number | undefined;
}

/** The counts a story may quote with :count[name]. */
export function storyCounts(d: {
  sources: unknown[];
  figures: { derived: boolean }[];
  facts: unknown[];
  notes: unknown[];
  provinces: unknown[];
}): Record<string, number> {
  return {
    sources: d.sources.length,
    figures: d.figures.length,
    transcribed: d.figures.filter((f) => !f.derived).length,
    derived: d.figures.filter((f) => f.derived).length,
    facts: d.facts.length,
    notes: d.notes.length,
    provinces: d.provinces.length,
  };
}

type Directive = TextDirective | LeafDirective | ContainerDirective;
type Where = Pick<Story, 'file' | 'bodyLine'>;

const parser = unified().use(remarkParse).use(remarkDirective);
const toHtml = unified().use(remarkRehype).use(rehypeStringify);

function fail(where: Where, node: Nodes, message: string): never {
  const p = node.position?.start;
  const at = p ? `${where.file}:${p.line + where.bodyLine - 1}:${p.column}` : where.file;
  throw new Error(`${at}: ${message}`);
}

const isDirective = (n: Nodes): n is Directive =>
  n.type === 'textDirective' || n.type === 'leafDirective' || n.type === 'containerDirective';

/** Parse a story body: the mdast tree, directives still in place. */
export function parseStory(body: string): Root {
  return parser.parse(body);
}

/** The figures, charts and terms a story cites, in order (for the twin test and the page index). */
export function storyRefs(body: string): { figures: string[]; charts: string[]; terms: string[] } {
  const refs = { figures: [] as string[], charts: [] as string[], terms: [] as string[] };
  const walk = (n: Nodes) => {
    if (isDirective(n)) {
      if (n.name === 'fig') refs.figures.push(mdToString(n).trim());
      if (n.name === 'term') refs.terms.push(mdToString(n).trim());
      if (n.name === 'chart') refs.charts.push(n.attributes?.id ?? '');
    }
    if ('children' in n) for (const c of n.children) walk(c as Nodes);
  };
  walk(parseStory(body));
  return refs;
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

/** A cited figure as every page shows it: the value in the locale, linked, derived ones marked. */
function figureElement(f: Figure, lang: Lang): Element {
  const link: Element = {
    type: 'element',
    tagName: 'a',
    properties: { href: figureHref(lang, f), title: inLang(f, 'label', lang) },
    children: [text(formatFigure(f, lang))],
  };
  const mark: Element[] = f.derived
    ? [
        {
          type: 'element',
          tagName: 'span',
          properties: { className: ['derived-mark'] },
          children: [text(` (${T[lang].derived})`)],
        },
      ]
    : [];
  // A figure that a data note checks: a small link to the note. In running prose a symbol whose
  // accessible name says what it is (src/components/NoteMark.astro); tables keep the word.
  const notes = f.notes ?? [];
  const note: Element[] = notes.length
    ? [
        {
          type: 'element',
          tagName: 'sup',
          properties: {},
          children: [
            {
              type: 'element',
              tagName: 'a',
              properties: {
                className: ['note-mark', 'note-sym'],
                href: `${path(lang, 'notes')}#${notes[0]}`,
                ariaLabel: T[lang].figureTableUi.noteName,
                title: T[lang].figureTableUi.noteName,
              },
              children: [text(T[lang].figureTableUi.noteSymbol)],
            },
          ],
        },
      ]
    : [];
  return { type: 'element', tagName: 'span', properties: { className: ['fig'] }, children: [link, ...mark, ...note] };
}

/** A glossary term with its expansion. */
function termElement(g: GlossaryEntry, lang: Lang): Element {
  return {
    type: 'element',
    tagName: 'abbr',
    properties: { title: inLang(g, 'expansion', lang) },
    children: [text(g.term)],
  };
}

/**
 * A line of text from the data (a data note's explanation) that cites figures as `{fig:ID}` and
 * terms as `{term:X}`: escaped as text, its references drawn exactly as a story draws them.
 * Not Markdown: data strings may hold `*` or `_` that mean nothing.
 */
export function dataTextHtml(value: string, lang: Lang, ctx: Pick<StoryContext, 'fig' | 'term'>): string {
  return escapeHtml(value).replace(/\{(fig|term):([^}]+)\}/g, (_, kind: string, key: string) => {
    if (kind === 'fig') {
      const f = ctx.fig(key);
      if (!f) throw new Error(`data text cites an unknown figure id "${key}": ${value.slice(0, 80)}`);
      return hastToHtml(figureElement(f, lang));
    }
    const g = ctx.term(key);
    if (!g) throw new Error(`data text cites an unknown glossary term "${key}": ${value.slice(0, 80)}`);
    return hastToHtml(termElement(g, lang));
  });
}

/** Resolve a node's directives (itself and below) in place into hast-bound nodes. */
function resolveInline(child: Nodes, where: Where, lang: Lang, ctx: StoryContext): void {
  if (isDirective(child)) {
    if (child.type === 'textDirective' && child.name === 'fig') {
      const id = mdToString(child).trim();
      const f = ctx.fig(id);
      if (!f) fail(where, child, `unknown figure id "${id}"`);
      const el = figureElement(f, lang);
      child.data = { hName: el.tagName, hProperties: el.properties, hChildren: el.children };
      return;
    }
    if (child.type === 'textDirective' && child.name === 'term') {
      const key = mdToString(child).trim();
      const g = ctx.term(key);
      if (!g) fail(where, child, `unknown glossary term "${key}"`);
      const el = termElement(g, lang);
      child.data = { hName: el.tagName, hProperties: el.properties, hChildren: el.children };
      return;
    }
    if (child.type === 'textDirective' && child.name === 'count') {
      const what = mdToString(child).trim();
      const n = ctx.count(what);
      if (n === undefined) fail(where, child, `unknown count "${what}"`);
      child.data = { hName: 'span', hProperties: {}, hChildren: [text(countWords(n, lang))] };
      return;
    }
    if (child.type === 'textDirective' && child.name === 'download') {
      const file = mdToString(child).trim();
      if (!/^[a-z0-9-]+\.(csv|json)$/.test(file)) fail(where, child, `not a download file name "${file}"`);
      child.data = { hName: 'a', hProperties: { href: `/data/${file}`, download: true }, hChildren: [text(file)] };
      return;
    }
    if (child.type === 'containerDirective' && child.name === 'callout') {
      child.data = { hName: 'div', hProperties: { className: ['callout'] } };
      for (const c of child.children) resolveInline(c, where, lang, ctx);
      return;
    }
    if (child.type === 'leafDirective' && (child.name === 'chart' || child.name === 'figures')) {
      fail(
        where,
        child,
        `::${child.name} places a block: put it on its own line at the top level of the story, not inside another block`,
      );
    }
    fail(
      where,
      child,
      `unknown directive "${child.type === 'textDirective' ? ':' : child.type === 'leafDirective' ? '::' : ':::'}${child.name}" (known: :fig, :term, ::chart, ::figures, :::callout)`,
    );
  }
  // `## Heading {#anchor}` gives the heading an id other pages can link to.
  if (child.type === 'heading') {
    const last = child.children[child.children.length - 1];
    const m = last?.type === 'text' ? /\s*\{#([a-z0-9-]+)\}$/.exec(last.value) : null;
    if (last?.type === 'text' && m) {
      last.value = last.value.slice(0, m.index);
      child.data = { ...child.data, hProperties: { ...child.data?.hProperties, id: m[1] } };
    }
  }
  // Raw HTML would be dropped by remark-rehype; a story that contains some fails instead.
  if (child.type === 'html')
    fail(
      where,
      child,
      `raw HTML is not allowed in a story (write Markdown): ${JSON.stringify(child.value.slice(0, 40))}`,
    );
  if (child.type === 'link' && child.url.startsWith('route:')) {
    const [kind, param] = child.url.slice('route:'.length).split('/');
    if (!isPageKind(kind!)) fail(where, child, `unknown page "${kind}" in ${child.url} (a key of src/lib/routes.ts)`);
    child.url = path(lang, kind, param || undefined);
  }
  if ('children' in child) for (const c of child.children as Nodes[]) resolveInline(c, where, lang, ctx);
}

/** Render one story for one language into the segments its page places in order. */
export function renderStory(
  story: Where & { body: string; cards?: { fig: string }[] },
  lang: Lang,
  ctx: StoryContext,
): StorySegment[] {
  for (const c of story.cards ?? [])
    if (!ctx.fig(c.fig)) throw new Error(`${story.file}: cards: unknown figure id "${c.fig}"`);
  const tree = parseStory(story.body);
  const segments: StorySegment[] = [];
  let pending: RootContent[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const root: Root = { type: 'root', children: pending };
    segments.push({ kind: 'html', html: toHtml.stringify(toHtml.runSync(root)) });
    pending = [];
  };
  for (const node of tree.children) {
    if (node.type === 'leafDirective' && node.name === 'chart') {
      const id = node.attributes?.id ?? '';
      if (!ctx.hasChart(id))
        fail(story, node, `unknown chart "${id}" (write ::chart{#chart-id} with an id from src/charts/registry.ts)`);
      flush();
      segments.push({ kind: 'chart', id });
      continue;
    }
    if (node.type === 'leafDirective' && node.name === 'figures') {
      const topic = node.attributes?.topic ?? '';
      const source = node.attributes?.source ?? undefined;
      if (!ctx.hasTopic(topic)) fail(story, node, `unknown figure topic "${topic}"`);
      if (source !== undefined && !ctx.hasSource(source)) fail(story, node, `unknown source "${source}"`);
      const caption = mdToString(node).trim();
      if (!caption) fail(story, node, '::figures needs a caption: ::figures[Caption]{topic=…}');
      flush();
      segments.push({ kind: 'figures', caption, topic, source });
      continue;
    }
    resolveInline(node, story, lang, ctx);
    pending.push(node);
  }
  flush();
  return segments;
}

/**
 * The downloads a story lists (`- :download[figures.csv]: what it holds`), with each item's text
 * as the page shows it: for machine-readable descriptions (the Data page's JSON-LD).
 */
export function storyDownloads(
  story: Where & { body: string },
  lang: Lang,
  ctx: StoryContext,
): { file: string; description: string }[] {
  const out: { file: string; description: string }[] = [];
  const walk = (n: Nodes) => {
    if (n.type === 'listItem') {
      const para = n.children[0];
      const first = para?.type === 'paragraph' ? para.children[0] : undefined;
      if (first && first.type === 'textDirective' && first.name === 'download') {
        const file = mdToString(first).trim();
        const source = story.body.slice(para!.position!.start.offset, para!.position!.end.offset);
        const html = renderStory({ ...story, body: source }, lang, ctx)
          .map((s) => (s.kind === 'html' ? s.html : ''))
          .join('');
        const text = html
          .replace(/<[^>]+>/g, '')
          .replace(/&#x26;|&amp;/g, '&')
          .trim();
        out.push({ file, description: text.slice(file.length).replace(/^:\s*/, '') });
      }
    }
    if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
  };
  walk(parseStory(story.body));
  return out;
}
