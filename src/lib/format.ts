/**
 * All number formatting goes through here, so prose, axes, tooltips, tables and alt text agree.
 * vi: 1.737,73 tỷ đồng · en: VND 1,737.73 billion (Intl.NumberFormat; Plot's axes use tickFormat).
 */
import type { Figure } from './schema.ts';

export type Lang = 'vi' | 'en';

const nf = (lang: Lang, max = 3, min = 0) =>
  new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: max, minimumFractionDigits: min });

export function formatNumber(x: number, lang: Lang, maxDecimals = 3): string {
  return nf(lang, maxDecimals).format(x);
}

/** Tick formatter for chart axes in the page's locale. */
export function tickFormat(lang: Lang, kind: 'billions' | 'percent' | 'count' | 'index'): (x: number) => string {
  if (kind === 'percent') return (x) => `${formatNumber(x, lang, 1)}%`;
  if (kind === 'billions') return (x) => formatNumber(x / 1e9, lang, 1);
  return (x) => formatNumber(x, lang, 1);
}

/** Money in the unit a reader expects: billions, millions, or exact đồng when the report gives đồng. */
export function formatMoney(vnd: number, lang: Lang): string {
  if (vnd !== 0 && Math.abs(vnd) % 1e6 !== 0) {
    return lang === 'vi' ? `${formatNumber(vnd, lang, 0)} đồng` : `VND ${formatNumber(vnd, lang, 0)}`;
  }
  if (Math.abs(vnd) >= 1e9) {
    const b = formatNumber(vnd / 1e9, lang, 3);
    return lang === 'vi' ? `${b} tỷ đồng` : `VND ${b} billion`;
  }
  const m = formatNumber(vnd / 1e6, lang, 3);
  return lang === 'vi' ? `${m} triệu đồng` : `VND ${m} million`;
}

const QUALIFIER: Record<Lang, Record<string, string>> = {
  vi: { about: 'khoảng ', over: 'hơn ', under: 'dưới ', range_min: 'từ ', range_max: 'đến ', '': '' },
  en: { about: 'about ', over: 'over ', under: 'under ', range_min: 'from ', range_max: 'to ', '': '' },
};

/** The value of a figure with its unit, without the qualifier. */
export function formatValue(f: Pick<Figure, 'value' | 'unit'>, lang: Lang): string {
  switch (f.unit) {
    case 'vnd':
      return formatMoney(f.value, lang);
    case 'percent':
      return `${formatNumber(f.value, lang, 2)}%`;
    case 'percent_per_year':
      return lang === 'vi' ? `${formatNumber(f.value, lang, 2)}%/năm` : `${formatNumber(f.value, lang, 2)}% a year`;
    case 'm2':
      return `${formatNumber(f.value, lang)} m²`;
    case 'ratio':
      return formatNumber(f.value, lang, 2);
    default:
      return formatNumber(f.value, lang, 2);
  }
}

/** A figure as prose shows it: qualifier + value + unit ("khoảng 1.493 tỷ đồng", "over 90%"). */
export function formatFigure(f: Pick<Figure, 'value' | 'unit' | 'qualifier'>, lang: Lang): string {
  return QUALIFIER[lang][f.qualifier] + formatValue(f, lang);
}

/** The one period formatter: 2020, 2016–2020, a labelled part of a year ("first half of 2023") or separate years ("2013, 2021 and 2022"). */
export function formatPeriod(
  f: Pick<Figure, 'period_start' | 'period_end'> & { period_label?: string },
  lang: Lang,
): string {
  if (f.period_label === `${f.period_start}-H1`)
    return lang === 'vi' ? `6 tháng đầu năm ${f.period_start}` : `first half of ${f.period_start}`;
  // Separate years (a derived figure about the years one report covers and another does not).
  if (f.period_label && /^\d{4}(,\d{4})+$/.test(f.period_label)) {
    const years = f.period_label.split(',');
    return lang === 'vi' ? years.join(', ') : `${years.slice(0, -1).join(', ')} and ${years.at(-1)}`;
  }
  return f.period_start === f.period_end ? String(f.period_start) : `${f.period_start}–${f.period_end}`;
}

const WORDS: Record<Lang, string[]> = {
  vi: ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'],
  en: ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
};
/** A count as prose writes it: words up to ten ("năm báo cáo", "five reports"), digits above. */
export function countWords(n: number, lang: Lang): string {
  return Number.isInteger(n) && n >= 0 && n <= 10 ? WORDS[lang][n]! : formatNumber(n, lang, 0);
}

/** Vietnamese alphabetical order for lists of provinces. */
export const collator: Record<Lang, Intl.Collator> = { vi: new Intl.Collator('vi'), en: new Intl.Collator('en') };

/** Provinces sorted in Vietnamese (or English) alphabetical order. */
export function sortProvinces<T extends { name_vi: string; name_en: string }>(list: T[], lang: Lang): T[] {
  return [...list].sort((a, b) =>
    collator[lang].compare(lang === 'vi' ? a.name_vi : a.name_en, lang === 'vi' ? b.name_vi : b.name_en),
  );
}
