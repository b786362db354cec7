/**
 * Every page the site builds, and what each one is called: the route table's kinds with their
 * parameters (src/pages/[...route].astro builds them), and each page's title, description and
 * chart, from the same data the page shows. Layout's title and preview tags and the preview
 * images (src/pages/og/[...image].ts) read pageMeta, so they cannot disagree.
 */
import { CHARTS } from '../charts/registry.ts';
import { chart } from './charts.ts';
import { siteData } from './data.ts';
import { countWords } from './format.ts';
import { inLang, SITE, T } from './i18n.ts';
import { hasParam, LANGS, PAGE_KINDS, type PageKind, type PageRef, regionParam } from './routes.ts';
import { story } from './story-data.ts';
import { units2025 } from './units-2025.ts';

/** Every page of the route table: kind, language and parameter. */
export async function allPages(): Promise<PageRef[]> {
  const d = await siteData();
  const chartParams = async (withViews: boolean) => {
    const out: string[] = [];
    for (const c of CHARTS) {
      out.push(c.id);
      // A non-default chart view has its own page (/bieu-do/<id>/<view>/).
      if (withViews) for (const v of (await chart(c.id, 'vi')).views.slice(1)) out.push(`${c.id}/${v.key}`);
    }
    return out;
  };
  const PARAMS: Partial<Record<PageKind, string[]>> = {
    region: d.regions.map((r) => regionParam(r.code)),
    province: d.provinces.map((p) => p.slug),
    source: d.sources.map((s) => s.id),
    chart: await chartParams(true),
    embed: await chartParams(false),
    sourceText: d.sources.map((s) => s.id),
    unit2025: units2025(d.provinces).map((u) => u.slug),
  };
  return PAGE_KINDS.flatMap((kind) => {
    const params = hasParam(kind) ? PARAMS[kind] : [undefined];
    if (!params) throw new Error(`route ${kind} has a parameter: list its values in src/lib/pages.ts`);
    return LANGS.flatMap((lang) => params.map((param) => ({ kind, lang, param })));
  });
}

export interface PageMeta {
  title: string;
  description: string;
  /** The chart a preview image shows, and which of its views. */
  chart?: { id: string; view: number };
}

/** A page's title and description (and chart), as its head, search entry and preview show them. */
export async function pageMeta(page: PageRef): Promise<PageMeta> {
  const { kind, lang, param = '' } = page;
  const t = T[lang];
  const d = await siteData();
  const fromStory = async (key: string) => {
    const s = await story(key, lang);
    return { title: s.title, description: s.summary };
  };
  switch (kind) {
    case 'home':
      return { title: SITE[lang].name, description: (await story('home', lang)).summary };
    case 'results':
    case 'programme':
    case 'regions':
    case 'north':
    case 'data':
    case 'methodology':
      return fromStory(kind);
    case 'region':
      return fromStory(`region-${d.regions.find((r) => regionParam(r.code) === param)!.code}`);
    case 'provinces':
      return { title: t.allProvinces, description: t.provincesPage.description };
    case 'province': {
      const p = d.province(param);
      return { title: inLang(p, 'name', lang), description: t.provincePage.centreDescription(inLang(p, 'name', lang)) };
    }
    case 'sources':
      return { title: t.sources, description: t.sourcesPage.description(countWords(d.sources.length, lang)) };
    case 'source': {
      const s = d.source(param);
      return { title: inLang(s, 'title', lang), description: inLang(s, 'description', lang) };
    }
    case 'notes':
      return { title: t.notes, description: t.notesPage.description };
    case 'glossary':
      return { title: t.glossary, description: t.glossaryPage.description };
    case 'search':
      return { title: t.search, description: t.searchPage.description };
    case 'present':
      return { title: t.present, description: t.presentPage.description };
    case 'charts':
      return { title: t.charts, description: t.chartsPage.lede(CHARTS.length) };
    case 'figures':
      return lang === 'vi'
        ? {
            title: 'Tra cứu số liệu',
            description:
              'Mọi số liệu của trang trong một bảng: lọc theo báo cáo, chủ đề, vùng, tỉnh, giai đoạn, chương trình; chép trích dẫn; tải CSV.',
          }
        : {
            title: 'Figure finder',
            description:
              'Every figure on the site in one table: filter by report, topic, region, province, period and programme; copy a citation; download CSV.',
          };
    case 'chart': {
      const [id, viewKey] = param.split('/') as [string, string | undefined];
      const m = await chart(id, lang);
      const view = viewKey ? m.views.findIndex((v) => v.key === viewKey) : 0;
      if (view < 0) throw new Error(`chart ${id} has no view ${viewKey}`);
      return { title: m.title, description: `${m.subtitle}. ${m.sourceLine}`, chart: { id, view } };
    }
    // The reader and 2025 pages name themselves (their views pass these to Layout too).
    case 'sourceText': {
      const report = inLang(d.source(param), 'title', lang);
      return { title: t.sourceTextPage.title(report), description: t.sourceTextPage.description(report) };
    }
    case 'units2025':
      return { title: t.units2025Page.title, description: t.units2025Page.description };
    case 'unit2025': {
      const u = units2025(d.provinces).find((x) => x.slug === param)!;
      const name = inLang(u, 'name', lang);
      return { title: t.unit2025Page.title(name), description: '' };
    }
    case 'embed': {
      const m = await chart(param, lang);
      return { title: m.title, description: m.subtitle };
    }
  }
}

/** Where a page's preview image is: /og/home.png for /, /og/tinh/tra-vinh.png for /tinh/tra-vinh/. */
export function ogImagePath(pathname: string): string {
  const p = pathname === '/' ? '/home' : pathname.replace(/\.html$/, '').replace(/\/$/, '');
  return `/og${p}.png`;
}
