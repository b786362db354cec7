/**
 * The interface strings, one dictionary per language (src/i18n/vi.ts, src/i18n/en.ts): pages
 * write `T[lang].key`, never `lang === 'vi' ? … : …`. Content (stories, labels) lives with the data.
 */
import { en } from '../i18n/en.ts';
import { vi } from '../i18n/vi.ts';
import type { Lang } from './format.ts';

export const T = { vi, en } as const satisfies Record<Lang, unknown>;

/** The site's name and tagline (kept under this name for the modules that import it). */
export const SITE = { vi: vi.site, en: en.site } as const;
export const PROGRAMME_LABEL = { vi: vi.programmeLabel, en: en.programmeLabel } as const;
export const STATUS_LABEL = { vi: vi.statusLabel, en: en.statusLabel } as const;

/** A record's field in the page's language: `inLang(p, 'name', lang)` is `p.name_vi` or `p.name_en`. */
export function inLang<K extends string>(o: { [P in `${K}_vi` | `${K}_en`]: string }, key: K, lang: Lang): string {
  return o[`${key}_${lang}` as `${K}_vi`];
}
