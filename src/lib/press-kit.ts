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
import { SITE } from './i18n.ts';
import { path } from './routes.ts';

export const kitPath = (id: string, lang: Lang) => `/kit/${id}-${lang}.zip`;
/** The downloads the kit carries, as named in dist/charts/ and inside the zip. */
export const kitDownloads = (id: string, lang: Lang) => [`${id}-${lang}.png`, `${id}-${lang}.svg`, `${id}.csv`];

export function citation(model: ChartModel, lang: Lang, permalink: string, year = new Date().getUTCFullYear()): string {
  return lang === 'vi'
    ? `${SITE.vi.name}. “${model.title}”. ${model.sourceLine} ${permalink} (truy cập ${year}).`
    : `${SITE.en.name}. “${model.title}”. ${model.sourceLine} ${permalink} (accessed ${year}).`;
}

function readme(model: ChartModel, lang: Lang, permalink: string): string {
  const [png, svg, csv] = kitDownloads(model.id, lang);
  const vi = lang === 'vi';
  return [
    model.title,
    '='.repeat(Math.min(72, model.title.length)),
    '',
    model.subtitle,
    model.sourceLine,
    permalink,
    '',
    vi ? 'Tệp trong bộ này:' : 'Files in this kit:',
    `- ${png}: ${vi ? 'ảnh PNG, độ phân giải 2×, có tiêu đề và nguồn' : 'PNG image at 2×, with title and source'}`,
    `- ${svg}: ${vi ? 'ảnh vectơ SVG, có tiêu đề và nguồn' : 'vector image (SVG), with title and source'}`,
    `- ${csv}: ${vi ? 'số liệu của biểu đồ (giá trị theo đơn vị gốc, mã số liệu, nguồn)' : 'the chart’s figures (values in base units, figure ids, sources)'}`,
    `- citation.txt: ${vi ? 'cách trích dẫn' : 'how to cite'}`,
    `- alt.txt: ${vi ? 'mô tả thay thế cho ảnh (cho người đọc màn hình)' : 'text alternative for the image (for screen readers)'}`,
    `- embed.html: ${vi ? 'mã nhúng biểu đồ tương tác vào bài viết' : 'code to embed the interactive chart in an article'}`,
    '',
    vi
      ? 'Giấy phép: CC BY 4.0 (Creative Commons Ghi công 4.0 Quốc tế).'
      : 'Licence: CC BY 4.0 (Creative Commons Attribution 4.0 International).',
    'https://creativecommons.org/licenses/by/4.0/',
    vi
      ? `Được tự do chia sẻ và chỉnh sửa, kể cả vì mục đích thương mại, với điều kiện ghi nguồn “${SITE.vi.name}” và báo cáo gốc.`
      : `You may share and adapt it for any purpose, even commercially, provided you credit “${SITE.en.name}” and the original report.`,
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
