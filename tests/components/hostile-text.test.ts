/**
 * Hostile text in the data (markup, quotes, script) is shown as text, never run or parsed as
 * HTML: a fixture figure whose labels, locator and value-as-written carry an attack goes through
 * the real components and the story renderer (src/lib/stories.ts).
 */
import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { JSDOM } from 'jsdom';
import FigureTable from '../../src/components/FigureTable.astro';
import { renderStory, type StoryContext } from '../../src/lib/stories.ts';
import type { Figure } from '../../src/lib/schema.ts';

const EVIL = `<script>window.pwned=1</script><img src=x onerror="window.pwned=2">"' & </td></table>`;
const figure: Figure = {
  id: 'fixture.hostile',
  metric: 'funding.amount',
  label_vi: EVIL,
  label_en: EVIL,
  geo: 'VN',
  geo_kind: 'country',
  period_start: 2020,
  period_end: 2020,
  period_label: '',
  programme: 'ALL',
  status: 'actual',
  qualifier: '',
  sign: '',
  value: 1e9,
  unit: 'vnd',
  source: 'nd45-2013-2022',
  locator_vi: EVIL,
  locator_en: EVIL,
  line: 1,
  notes: [],
  as_written: EVIL,
  unit_as_written: 'tỷ đồng',
  geo_as_written: EVIL,
  derived: false,
  formula: '',
  note: EVIL,
};

describe('hostile text is shown as text', () => {
  it('in a figure table', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(FigureTable, {
      props: { figures: [figure], lang: 'vi', caption: EVIL, showSource: false },
    });
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(doc.querySelectorAll('table')).toHaveLength(1);
    expect(doc.querySelector('caption')!.textContent).toBe(EVIL);
    expect(doc.querySelector('tbody th')!.textContent).toContain(EVIL);
    expect(doc.querySelector('tbody')!.textContent).toContain(`“${EVIL}”`);
  });
  const ctx: StoryContext = {
    fig: (id) => (id === figure.id ? figure : undefined),
    term: () => undefined,
    hasChart: () => false,
    hasTopic: () => false,
    hasSource: () => false,
    count: () => undefined,
  };
  const story = (body: string) =>
    renderStory({ body, file: 'src/content/stories/en/x.md', bodyLine: 1 }, 'en', ctx)
      .map((s) => (s.kind === 'html' ? s.html : ''))
      .join('');
  it('in story prose and figure titles', () => {
    // Data (labels) reach the page as hast text and attributes, escaped on output.
    const html = story(`Quotes " ' & and :fig[fixture.hostile]\n\n- a & b`);
    const doc = new JSDOM(`<body>${html}</body>`).window.document;
    expect(doc.querySelectorAll('script, img, table')).toHaveLength(0);
    expect(doc.querySelector('p a')!.getAttribute('title')).toBe(EVIL);
    expect(doc.querySelector('p a')!.textContent).toBe('VND 1 billion');
    expect(doc.querySelector('p')!.textContent).toContain(`Quotes " ' & and`);
    expect(doc.querySelector('li')!.textContent).toBe('a & b');
    // Markup typed into a story is refused (never silently dropped or passed through).
    expect(() => story(`${EVIL} :fig[fixture.hostile]`)).toThrow(/x\.md:1:1: raw HTML is not allowed/);
    expect(() => story(`Inline <img src=x onerror="alert(1)"> markup`)).toThrow(/x\.md:1:8: raw HTML is not allowed/);
  });
  it('fails loudly on an unknown directive or term instead of rendering nothing', () => {
    expect(() => story(':video[x]')).toThrow(/x\.md:1:1: unknown directive ":video"/);
    expect(() => story(':term[NOPE]')).toThrow(/unknown glossary term "NOPE"/);
  });
});
