/**
 * Folding Vietnamese text for matching: what a reader types without diacritics, and what the
 * OCR'd report lost, must meet what we store. NFD strips tones and vowel marks; `đ` has no
 * decomposition, so it is mapped to `d` by hand (Pagefind does not, see TOOLING.md §3).
 */
export function fold(text: string): string {
  return foldMarks(text)
    .replace(/[–—‐-]/g, '-')
    .replace(/\s*-\s*/g, ' - ')
    .replace(/[.,;:()"“”']/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The core of every fold: no tone or vowel marks, `đ → d`, lower case, single spaces. Keeps
 * punctuation, so `1.737,73` stays a Vietnamese number (what provenance matching needs).
 */
export function foldMarks(text: string): string {
  return stripMarks(text).toLowerCase().replace(/\s+/g, ' ');
}

/** No tone or vowel marks and `đ → d`, keeping case and spacing: "Huế" → "Hue" (a plain English form). */
export function stripMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐÐ]/g, (c) => (c === 'đ' ? 'd' : 'D'));
}

/** Only `đ → d`, keeping every other mark: the search alias Pagefind needs (it folds the rest). */
export function foldD(text: string): string {
  return text.replace(/đ/g, 'd').replace(/[ĐÐ]/g, 'D');
}
