/**
 * The three recipes of CONTRIBUTING.md, each carried out here on a throw-away copy:
 * 1. edit a story (a sentence, a figure reference, a chart placed);
 * 2. add a chart (one module, one line in the registry);
 * 3. add a sixth report (its text, its CSV, a row in sources.csv, two story files, nothing else):
 *    the data pipeline takes it in, the downloads carry it, its stories render, and the route
 *    table gives it pages in both languages.
 * The site-level part (Astro building the pages) is covered by the built-site tests once a real
 * report is added; building a second copy of the site here would take over a minute.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { writeDownloads } from '../../scripts/lib/downloads.ts';
import { runPipeline, type PipelineResult } from '../../scripts/lib/pipeline.ts';
import { CHARTS } from '../../src/charts/registry.ts';
import { glossaryEntrySchema } from '../../src/lib/glossary.ts';
import { figureHref, path } from '../../src/lib/routes.ts';
import { parseStoryFile, readStories } from '../../src/lib/story-files.ts';
import { renderStory, storyCounts, storyRefs, type StoryContext } from '../../src/lib/stories.ts';
import { dataFixture, ROOT, tempDir } from '../helpers/fixture.ts';

const contextOf = (r: PipelineResult): StoryContext => {
  const byId = new Map(r.figures.map((f) => [f.id, f]));
  const terms = r.ref.glossary.map((g) => glossaryEntrySchema.parse(g));
  return {
    fig: (id) => byId.get(id),
    term: (t) => terms.find((g) => g.term === t),
    hasChart: (id) => CHARTS.some((c) => c.id === id),
    hasTopic: () => true,
    hasSource: (id) => r.ref.sources.some((s) => s.id === id),
    count: (what) =>
      storyCounts({
        sources: r.ref.sources,
        figures: r.figures,
        facts: r.facts,
        notes: r.notes,
        provinces: r.ref.provinces,
      })[what],
  };
};
const html = (segments: ReturnType<typeof renderStory>) =>
  segments.map((s) => (s.kind === 'html' ? s.html : `[${s.kind}]`)).join('');

describe('recipe 1: edit a story', () => {
  it('a changed sentence, a new figure reference and a placed chart show up, in that order', () => {
    const file = 'src/content/stories/en/results.md';
    const text = readFileSync(join(ROOT, file), 'utf8')
      .replace('## Who paid', '## Who paid for it')
      .concat(
        '\nA new sentence citing :fig[nd45-2013-2022.demo.models] models.\n\n::chart{#san-pham-tieu-bieu-theo-cap}\n',
      );
    const out = html(renderStory(parseStoryFile(text, file, 'en'), 'en', contextOf(runPipeline(ROOT))));
    expect(out).toContain('<h2>Who paid for it</h2>');
    expect(out).toMatch(
      new RegExp(
        `A new sentence citing <span class="fig"><a href="${figureHref('en', { id: 'nd45-2013-2022.demo.models', source: 'nd45-2013-2022', derived: false }).replace(/[.]/g, '\\.')}"[^>]*>[\\d,]+</a>(?:<sup><a class="note-mark note-sym"[^>]*>†</a></sup>)?</span> models\\.</p>\\[chart\\]$`,
      ),
    );
  });
});

describe('recipe 2: add a chart', () => {
  it('every module in src/charts/ that defines a chart is in the registry, once, under its own id', () => {
    const modules = readdirSync(join(ROOT, 'src/charts')).filter(
      (f) =>
        f.endsWith('.ts') &&
        !['kit.ts', 'palette.ts', 'render.ts', 'registry.ts', 'claims.ts', 'interaction.ts'].includes(f),
    );
    expect(modules.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(CHARTS.map((c) => c.id).sort());
    expect(new Set(CHARTS.map((c) => c.id)).size).toBe(CHARTS.length);
  });
});

describe('recipe 3: add a sixth report', () => {
  const ID = 'fixture-2024';
  const fx = dataFixture();
  // 1. its text, as the report prints it
  const TEXT =
    'BÁO CÁO KHUYẾN CÔNG TỈNH X NĂM 2024\n\nNăm 2024, Trung tâm đã đào tạo nghề cho 1.234 lao động nông thôn.\n';
  writeFileSync(join(fx.root, `data/sources/${ID}.txt`), TEXT);
  // 2. its CSV, one row per stated figure, by the rules of data/raw/README.md
  const header = readFileSync(join(ROOT, 'data/raw/north-2023.csv'), 'utf8').split('\n')[0]!;
  const row = {
    id: `${ID}.training.workers`,
    metric: 'training.trainees',
    label_vi: 'Lao động được đào tạo nghề',
    label_en: 'Workers trained',
    geo_as_written: 'Toàn quốc',
    period_start: '2024',
    period_end: '2024',
    period_label: '',
    programme: 'ALL',
    status: 'actual',
    qualifier: '',
    as_written: '1.234',
    unit_as_written: 'lao động',
    line: '3',
    sign: '',
    locator_vi: 'Đoạn mở đầu: đào tạo nghề',
    locator_en: 'Opening paragraph: training',
    note: '',
  };
  writeFileSync(
    join(fx.root, `data/raw/${ID}.csv`),
    `${Papa.unparse({ fields: header.split(','), data: [header.split(',').map((c) => row[c as keyof typeof row] ?? '')] }, { newline: '\n' })}\n`,
  );
  // 3. a row in sources.csv
  fx.edit('data/sources.csv', (t) => {
    const cols = t.split('\n')[0]!.split(',');
    const src: Record<string, string> = {
      id: ID,
      title_vi: 'Báo cáo khuyến công mẫu 2024',
      title_en: 'Sample khuyến công report 2024',
      issuer_vi: 'Sở Công Thương tỉnh X',
      issuer_en: 'Province X Department of Industry and Trade',
      date: '2025',
      period_start: '2024',
      period_end: '2024',
      scope_vi: 'Tỉnh X, 2024',
      scope_en: 'Province X, 2024',
      text_quality: 'clean',
      description_en: 'A fixture report for the tests.',
      description_vi: 'Báo cáo mẫu cho các phép thử.',
      sha256: createHash('sha256').update(TEXT).digest('hex'),
    };
    return `${t.trimEnd()}\n${Papa.unparse([cols.map((c) => src[c] ?? '')], { newline: '\n' })}\n`;
  });
  // 4. two story files
  const stories = tempDir('kc-stories-');
  for (const [lang, title, body] of [
    ['vi', 'Báo cáo mẫu', 'Năm 2024, :fig[fixture-2024.training.workers] lao động được đào tạo.'],
    ['en', 'The sample report', 'In 2024, :fig[fixture-2024.training.workers] workers were trained.'],
  ] as const) {
    mkdirSync(join(stories, lang), { recursive: true });
    writeFileSync(
      join(stories, lang, `source-${ID}.md`),
      `---\nkey: source-${ID}\ntitle: ${title}\nsummary: ${title}.\npage: source\nparam: ${ID}\n---\n\n${body}\n`,
    );
  }

  const r = runPipeline(fx.root);
  it('the pipeline takes in the report and its figure, with its source and line', () => {
    expect(r.ref.sources.map((s) => s.id)).toContain(ID);
    const f = r.figures.find((x) => x.id === `${ID}.training.workers`);
    expect(f).toMatchObject({ source: ID, value: 1234, line: 3, as_written: '1.234' });
  });
  it('the downloads list the report and carry its figure', () => {
    const out = tempDir('kc-downloads-');
    writeDownloads(r, out);
    expect(readFileSync(join(out, 'sources.csv'), 'utf8')).toContain(`${ID},Báo cáo khuyến công mẫu 2024`);
    expect(readFileSync(join(out, 'figures.csv'), 'utf8')).toContain(`${ID}.training.workers`);
  });
  it('its two stories are twins and render with the figure linked to the report’s page', () => {
    const twins = readStories(stories, stories);
    expect(twins.map((s) => s.lang).sort()).toEqual(['en', 'vi']);
    expect(storyRefs(twins[0]!.body).figures).toEqual(storyRefs(twins[1]!.body).figures);
    const en = twins.find((s) => s.lang === 'en')!;
    expect(html(renderStory(en, 'en', contextOf(r)))).toContain(
      `href="${figureHref('en', { id: `${ID}.training.workers`, source: ID, derived: false })}"`,
    );
  });
  it('the route table gives it a page in each language', () => {
    expect(path('vi', 'source', ID)).toBe(`/nguon/${ID}/`);
    expect(path('en', 'source', ID)).toBe(`/en/sources/${ID}/`);
  });
});
