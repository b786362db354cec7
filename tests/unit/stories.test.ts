/**
 * Stories in Markdown (src/content/stories/{vi,en}/<key>.md): every story renders against the
 * real data; a typo names the file, line and column; the vi and en twins cite the same figures,
 * terms and charts; the Markdown → HTML step escapes what it is given.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { runPipeline } from '../../scripts/lib/pipeline.ts';
import { CHARTS } from '../../src/charts/registry.ts';
import { glossaryEntrySchema } from '../../src/lib/glossary.ts';
import { parseStoryFile, readStories } from '../../src/lib/story-files.ts';
import { renderStory, storyCounts, storyRefs, type StoryContext } from '../../src/lib/stories.ts';
import { topicOf, topicSchema } from '../../src/lib/topics.ts';
import { ROOT } from '../helpers/fixture.ts';

const data = runPipeline(ROOT);
const byId = new Map(data.figures.map((f) => [f.id, f]));
const terms = data.ref.glossary.map((g) => glossaryEntrySchema.parse(g));
const topicRows = Papa.parse<Record<string, string>>(readFileSync(join(ROOT, 'data/reference/topics.csv'), 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data.map((r) => topicSchema.parse(r));
const ctx: StoryContext = {
  fig: (id) => byId.get(id),
  term: (t) => terms.find((g) => g.term === t),
  hasChart: (id) => CHARTS.some((c) => c.id === id),
  hasTopic: (t) => topicRows.some((r) => r.topic === t),
  hasSource: (id) => data.ref.sources.some((s) => s.id === id),
  count: (what) =>
    storyCounts({
      sources: data.ref.sources,
      figures: data.figures,
      facts: data.facts,
      notes: data.notes,
      provinces: data.ref.provinces,
    })[what],
};
const stories = readStories(join(ROOT, 'src/content/stories'), ROOT);

const FILE = (body: string, file = 'src/content/stories/vi/results.md') =>
  parseStoryFile(`---\nkey: results\ntitle: T\nsummary: S\npage: results\n---\n\n${body}`, file, 'vi');

describe('stories', () => {
  it('are all there, in both languages, and render against the real data', () => {
    expect(stories.length).toBeGreaterThanOrEqual(32);
    for (const s of stories) {
      const segments = renderStory(s, s.lang, ctx);
      expect(segments.length, s.file).toBeGreaterThan(0);
    }
  });

  it('name the file, line and column of an unknown figure id, term, chart or directive', () => {
    // Frontmatter takes lines 1–6, a blank line 7: the body's third line is line 10 of the file.
    const s = FILE('First paragraph.\n\nSecond paragraph, with a typo: :fig[nd45-2013-2022.training.workerz] here.');
    expect(() => renderStory(s, 'vi', ctx)).toThrow(
      'src/content/stories/vi/results.md:10:32: unknown figure id "nd45-2013-2022.training.workerz"',
    );
    expect(() => renderStory(FILE('A :term[NOPE].'), 'vi', ctx)).toThrow(
      'src/content/stories/vi/results.md:8:3: unknown glossary term "NOPE"',
    );
    expect(() => renderStory(FILE('Text.\n\n::chart{#no-such-chart}'), 'vi', ctx)).toThrow(
      'src/content/stories/vi/results.md:10:1: unknown chart "no-such-chart"',
    );
    expect(() => renderStory(FILE('A :figure[x].'), 'vi', ctx)).toThrow(
      'src/content/stories/vi/results.md:8:3: unknown directive ":figure"',
    );
    expect(() => renderStory(FILE('::figures[All]{topic=nope}'), 'vi', ctx)).toThrow(
      'results.md:8:1: unknown figure topic "nope"',
    );
    expect(() => renderStory(FILE('[x](route:nowhere)'), 'vi', ctx)).toThrow('results.md:8:1: unknown page "nowhere"');
  });

  it('rejects bad frontmatter, naming the file and the field', () => {
    expect(() =>
      parseStoryFile('---\nkey: results\ntitle: T\npage: results\n---\nx', 'src/content/stories/en/results.md', 'en'),
    ).toThrow(/src\/content\/stories\/en\/results\.md: frontmatter: summary/);
    expect(() => parseStoryFile('no frontmatter', 'src/content/stories/en/x.md', 'en')).toThrow(/x\.md:1:1/);
  });

  it('places charts and figure tables where the writer put them', () => {
    const s = FILE(
      'Before :fig[nd45-2013-2022.training.workers].\n\n::chart{#kinh-phi-theo-hoat-dong}\n\nBetween.\n\n::figures[Training]{topic=training source=nd45-2013-2022}\n\nAfter.',
    );
    const kinds = renderStory(s, 'en', ctx).map((x) =>
      // A data-note mark (<sup>) may follow a figure: the text around it is what counts here.
      x.kind === 'html'
        ? `html:${x.html
            .replace(/<sup>.*?<\/sup>/g, '')
            .replace(/<[^>]+>/g, '')
            .trim()}`
        : x.kind,
    );
    expect(kinds).toEqual(['html:Before 113,370.', 'chart', 'html:Between.', 'figures', 'html:After.']);
  });

  it('have vi and en twins citing the same figures, terms and charts', () => {
    const keys = new Set(stories.map((s) => s.key));
    for (const key of keys) {
      const vi = stories.find((s) => s.key === key && s.lang === 'vi');
      const en = stories.find((s) => s.key === key && s.lang === 'en');
      expect(vi, `src/content/stories/vi/${key}.md`).toBeDefined();
      expect(en, `src/content/stories/en/${key}.md`).toBeDefined();
      const a = storyRefs(vi!.body);
      const b = storyRefs(en!.body);
      const set = (x: string[]) => [...new Set(x)].sort();
      expect(set(b.figures), `${key}: figures`).toEqual(set(a.figures));
      expect(set(b.terms), `${key}: terms`).toEqual(set(a.terms));
      expect(b.charts, `${key}: charts, in order`).toEqual(a.charts);
      expect([en!.page, en!.param, en!.order], `${key}: page`).toEqual([vi!.page, vi!.param, vi!.order]);
      expect(
        en!.cards.map((c) => c.fig),
        `${key}: cards`,
      ).toEqual(vi!.cards.map((c) => c.fig));
    }
  });

  // A card shows a number without the sentence around it, so its caption must carry the figure's
  // status: an approved plan or a target read as money spent is a different fact.
  it('caption a key-figure card of a plan, target or estimate as one', () => {
    const WORDS: Record<string, Record<'vi' | 'en', RegExp>> = {
      plan: { vi: /kế hoạch|dự kiến/i, en: /plan|foreseen/i },
      target: { vi: /mục tiêu/i, en: /target/i },
      estimate: { vi: /ước/i, en: /estimate/i },
    };
    let checked = 0;
    for (const s of stories)
      for (const c of s.cards) {
        const f = byId.get(c.fig);
        expect(f, `${s.key} (${s.lang}): card ${c.fig}`).toBeDefined();
        const words = WORDS[f!.status];
        if (!words) continue;
        checked++;
        expect(c.caption, `${s.lang}/${s.key}.md: card ${c.fig} is a ${f!.status}`).toMatch(
          words[s.lang as 'vi' | 'en'],
        );
      }
    expect(checked).toBeGreaterThan(0);
  });

  it('give every figure a topic from data/reference/topics.csv', () => {
    for (const f of data.figures) expect(() => topicOf(f.metric, topicRows), f.id).not.toThrow();
    expect(() => topicOf('nonsense.metric', topicRows)).toThrow(
      /add a row for "nonsense" to data\/reference\/topics.csv/,
    );
  });
});
