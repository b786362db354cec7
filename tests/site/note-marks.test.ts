/**
 * Every page that shows a number which a data note checks also leads to that note: a visible link
 * to the figure's sentence (#f-<id>) comes with a link to one of the figure's notes on the same
 * page. In running prose the mark is a symbol (†) whose accessible name says it is the data note
 * (a word after almost every number crowded the sentences); in tables it is the word "ghi chú" /
 * "note". Data islands for tooltips are not what a reader sees, so they are left out of the scan.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles, read, requireDist, urlOf } from '../helpers/dist.ts';

describe('data-note marks', () => {
  it('every number a data note checks is followed to its note from the page that shows it', () => {
    requireDist();
    const figures = JSON.parse(readFileSync(join(DIST, 'data/figures.json'), 'utf8')) as {
      id: string;
      notes: string[];
    }[];
    const notesOf = new Map(figures.filter((f) => f.notes.length).map((f) => [f.id, f.notes]));
    expect(notesOf.size).toBeGreaterThan(50);
    const missing: string[] = [];
    let checked = 0;
    // The data-notes pages show each figure inside the note that checks it.
    for (const file of htmlFiles().filter((f) => !/\/(ghi-chu-du-lieu|data-notes)\//.test(urlOf(f)))) {
      const html = read(file).replace(/<script type="application\/json"[\s\S]*?<\/script>/g, '');
      const ids = new Set([...html.matchAll(/href="[^"]*#f-([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!)));
      for (const id of ids) {
        const notes = notesOf.get(id);
        if (!notes) continue;
        checked++;
        if (!notes.some((n) => html.includes(`#${n}"`))) missing.push(`${urlOf(file)}: ${id}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(missing.slice(0, 20), `${missing.length} numbers without their note`).toEqual([]);
  });

  it('is a named symbol in running prose and the word in tables', () => {
    requireDist();
    const NAME = { vi: 'Ghi chú dữ liệu kiểm tra số này', en: 'Data note checking this figure' };
    const WORD = { vi: 'ghi chú', en: 'note' };
    const wrong: string[] = [];
    let prose = 0;
    let tables = 0;
    for (const file of htmlFiles()) {
      const html = read(file).replace(/<script[\s\S]*?<\/script>/g, '');
      const lang = /<html[^>]* lang="en"/.test(html) ? 'en' : 'vi';
      // Each mark, and whether a table is open where it stands.
      const re = /<(\/?)table\b|<a class="note-mark[^"]*"([^>]*)>([^<]*)<\/a>/g;
      let depth = 0;
      for (const m of html.matchAll(re)) {
        if (m[3] === undefined) {
          depth += m[1] ? -1 : 1;
          continue;
        }
        const [attrs, text] = [m[2]!, m[3]];
        if (depth > 0) {
          tables++;
          if (text !== WORD[lang]) wrong.push(`${urlOf(file)} table: ${text}`);
        } else {
          prose++;
          if (text !== '†' || !attrs.includes(`aria-label="${NAME[lang]}"`))
            wrong.push(`${urlOf(file)} prose: ${text} ${attrs}`);
        }
      }
    }
    expect(prose).toBeGreaterThan(100);
    expect(tables).toBeGreaterThan(100);
    expect(wrong.slice(0, 20), `${wrong.length} marks in the wrong form`).toEqual([]);
  });
});
