/**
 * A chart's press kit: one .zip per chart and language (/kit/<id>-<lang>.zip) with everything a
 * newsroom needs. The texts (citation, alt text, embed code, README with the licence) come from
 * the chart model here, at build time; scripts/lib/press-kit.ts then adds the chart's own
 * downloads (SVG, CSV, PNG 2×) byte for byte from dist/charts/, so the kit never differs from them.
 */
import { strToU8, zipSync } from 'fflate';
import type { ChartModel } from '../charts/registry.ts';
import { embedCode } from './embed.ts';
import type { Lang } from './format.ts';
import { T } from './i18n.ts';
import { path } from './routes.ts';

export const kitPath = (id: string, lang: Lang) => `/kit/${id}-${lang}.zip`;
/** The downloads the kit carries, as named in dist/charts/ and inside the zip. */
export const kitDownloads = (id: string, lang: Lang) => [`${id}-${lang}.png`, `${id}-${lang}.svg`, `${id}.csv`];

export function citation(model: ChartModel, lang: Lang, permalink: string, year = new Date().getUTCFullYear()): string {
  const t = T[lang];
  return `${t.site.name}. “${model.title}”. ${model.sourceLine} ${permalink} (${t.pressKit.accessed(year)}).`;
}

function readme(model: ChartModel, lang: Lang, permalink: string): string {
  const [png, svg, csv] = kitDownloads(model.id, lang);
  const t = T[lang].pressKit;
  return [
    model.title,
    '='.repeat(Math.min(72, model.title.length)),
    '',
    model.subtitle,
    model.sourceLine,
    permalink,
    '',
    t.files,
    `- ${png}: ${t.png}`,
    `- ${svg}: ${t.svg}`,
    `- ${csv}: ${t.csv}`,
    `- citation.txt: ${t.citation}`,
    `- alt.txt: ${t.alt}`,
    `- embed.html: ${t.embed}`,
    '',
    t.licence,
    'https://creativecommons.org/licenses/by/4.0/',
    t.terms(T[lang].site.name),
    '',
  ].join('\r\n');
}

/** The zip as Astro writes it: the texts only (the downloads are added after the build). */
export function kitTexts(model: ChartModel, lang: Lang, site: URL | string): Uint8Array<ArrayBuffer> {
  const permalink = new URL(path(lang, 'chart', model.id), site).href;
  const text = (s: string) => strToU8(s.endsWith('\n') ? s : `${s}\r\n`);
  return zipSync({
    'README.txt': text(readme(model, lang, permalink)),
    'citation.txt': text(citation(model, lang, permalink)),
    'alt.txt': text(model.alt),
    'embed.html': text(embedCode(model, lang, site)),
  });
}
