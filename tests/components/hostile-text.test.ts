/**
 * Hostile text in the data (markup, quotes, script) is shown as text, never run or parsed as
 * HTML: a fixture figure whose labels, locator and value-as-written carry an attack goes through
 * the real components and the narrative renderer.
 */
import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { JSDOM } from 'jsdom';
import FigureTable from '../../src/components/FigureTable.astro';
import { blocksHtml } from '../../src/lib/narrative-html.ts';
import type { Figure } from '../../src/lib/schema.ts';

const EVIL = `<script>window.pwned=1</script><img src=x onerror="window.pwned=2">"' & </td></table>`;
const figure: Figure = {
  id: 'fixture.hostile', metric: 'funding.amount', label_vi: EVIL, label_en: EVIL, geo: 'VN', geo_kind: 'country',
  period_start: 2020, period_end: 2020, period_label: '', programme: 'ALL', status: 'actual', qualifier: '', sign: '', value: 1e9, unit: 'vnd',
  source: 'nd45-2013-2022', locator_vi: EVIL, locator_en: EVIL, line: 1, notes: [], as_written: EVIL, unit_as_written: 'tỷ đồng', geo_as_written: EVIL,
  derived: false, formula: '', note: EVIL,
};

describe('hostile text is shown as text', () => {
  it('in a figure table', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(FigureTable, { props: { figures: [figure], lang: 'vi', caption: EVIL, showSource: false } });
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(doc.querySelectorAll('table')).toHaveLength(1);
    expect(doc.querySelector('caption')!.textContent).toBe(EVIL);
    expect(doc.querySelector('tbody th')!.textContent).toContain(EVIL);
    expect(doc.querySelector('tbody')!.textContent).toContain(`“${EVIL}”`);
  });
  it('in narrative prose and figure titles', () => {
    const html = blocksHtml([{ type: 'p', text: `${EVIL} {fig:fixture.hostile}` }, { type: 'list', items: [EVIL] }], 'en', { fig: () => figure }, []);
    const doc = new JSDOM(`<body>${html}</body>`).window.document;
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
    expect(doc.querySelector('p')!.textContent).toContain(EVIL);
    expect(doc.querySelector('p a')!.getAttribute('title')).toBe(EVIL);
    expect(doc.querySelector('li')!.textContent).toBe(EVIL);
  });
  it('fails loudly on an unknown block type or term instead of rendering nothing', () => {
    expect(() => blocksHtml([{ type: 'video', src: 'x' } as never], 'vi', { fig: () => figure }, [])).toThrow(/unknown block type/);
    expect(() => blocksHtml([{ type: 'p', text: '{term:NOPE}' }], 'vi', { fig: () => figure }, [])).toThrow(/unknown glossary term/);
  });
});
