/**
 * Presenter tools: speaker notes on every chart slide (the finding and the key numbers as the
 * chart's own table gives them), toggled with N and announced; and the printed hand-out (A4,
 * two slides a page, every QR code).
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { browserSite } from '../helpers/browser.ts';
import { DIST, read } from '../helpers/dist.ts';
import { join } from 'node:path';

const DECKS = { vi: '/trinh-chieu/', en: '/en/present/' } as const;
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const docOf = (u: string) => new JSDOM(read(join(DIST, u, 'index.html'))).window.document;

const env = browserSite();

describe('speaker notes', () => {
  for (const [lang, deck] of Object.entries(DECKS)) {
    it(`${deck}: each chart slide's notes give its finding and the key numbers of the chart's table`, () => {
      const slides = [...docOf(deck).querySelectorAll('[data-deck] .slide')].slice(1);
      expect(slides.length).toBeGreaterThanOrEqual(8);
      for (const s of slides) {
        const notes = s.querySelector('details.notes');
        expect(notes, s.id).not.toBeNull();
        expect(norm(notes!.querySelector('summary')!.textContent)).toBe(
          lang === 'vi' ? 'Ghi chú người trình bày' : 'Speaker notes',
        );
        expect(norm(notes!.querySelector('p')!.textContent), s.id).toContain(norm(s.querySelector('h2')!.textContent));
        // The chart's own page: its data table's rows are where the key numbers come from.
        const chartPage = docOf(new URL(s.querySelector('.slide-qr a')!.getAttribute('href')!).pathname);
        const rows = [...chartPage.querySelectorAll('figure.chart table tbody tr')].map((tr) =>
          [...tr.querySelectorAll('th, td')].map((c) => {
            // The number without its data-note mark (a link beside it, not part of the value).
            const cell = c.cloneNode(true) as Element;
            for (const m of cell.querySelectorAll('.note-mark')) m.remove();
            return norm(cell.textContent);
          }),
        );
        const items = [...notes!.querySelectorAll('li')].map((li) => norm(li.textContent));
        expect(items.length, s.id).toBeGreaterThan(0);
        const shown = items.filter((i) => !/^…/.test(i));
        expect(shown.length, s.id).toBe(Math.min(rows.length, 8));
        for (const [k, item] of shown.entries())
          expect(item, `${s.id} row ${k}`).toContain(`${rows[k]![0]}: ${rows[k]![1]}`);
      }
    });
  }

  it('N shows and hides the notes of the current slide, announced in a live region', async () => {
    const ctx = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    try {
      const page = await ctx.newPage();
      await page.goto(`${env.origin}/en/present/#slide-2`, { waitUntil: 'load' });
      const notes = page.locator('#slide-2 details.notes');
      expect(await notes.isVisible()).toBe(false);
      await page.keyboard.press('n');
      expect(await notes.isVisible()).toBe(true);
      expect(await notes.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      expect(await page.locator('#slide-2 details.notes li').first().isVisible()).toBe(true);
      expect(await page.locator('[data-notes-status]').getAttribute('role')).toBe('status');
      expect(await page.locator('[data-notes-status]').textContent()).toBe('Speaker notes shown');
      // Moving on keeps them on, for the next slide.
      await page.keyboard.press('ArrowRight');
      expect(await page.locator('#slide-3 details.notes').isVisible()).toBe(true);
      await page.keyboard.press('N');
      expect(await page.locator('#slide-3 details.notes').isVisible()).toBe(false);
      expect(await page.locator('[data-notes-status]').textContent()).toBe('Speaker notes hidden');
    } finally {
      await ctx.close();
    }
  });
});

describe('hand-out', () => {
  for (const [lang, deck] of Object.entries(DECKS)) {
    it(`${deck} prints every slide, two to an A4 page, each chart slide with its QR code, notes off`, async () => {
      const ctx = await env.browser.newContext({ serviceWorkers: 'block' });
      try {
        const page = await ctx.newPage();
        await page.goto(env.origin + deck, { waitUntil: 'load' });
        expect(await page.locator('[data-print]').isVisible()).toBe(true);
        await page.emulateMedia({ media: 'print' });
        const layout = await page.evaluate(() =>
          [...document.querySelectorAll('[data-deck] .slide')].map((s) => ({
            shown: getComputedStyle(s).display !== 'none',
            height: s.getBoundingClientRect().height,
            qr: !!s.querySelector('svg.qr') && s.querySelector('svg.qr')!.getBoundingClientRect().width > 0,
            notes:
              !!s.querySelector('details.notes') &&
              getComputedStyle(s.querySelector('details.notes')!).display !== 'none',
          })),
        );
        expect(
          layout.every((s) => s.shown),
          lang,
        ).toBe(true);
        expect(
          layout.slice(1).every((s) => s.qr),
          `${lang} QR codes`,
        ).toBe(true);
        expect(
          layout.some((s) => s.notes),
          `${lang} no notes in the hand-out`,
        ).toBe(false);
        const pdf = await page.pdf({ format: 'A4' });
        const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
        expect(pages, `${lang}: ${layout.length} slides`).toBe(Math.ceil(layout.length / 2));
      } finally {
        await ctx.close();
      }
    });
  }
});
