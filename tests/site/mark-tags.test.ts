/**
 * Each mark is tagged with the figure it draws: checked against the drawing itself, in every
 * built chart (both widths, every view). Within one chart, a bar's length is proportional to its
 * figure's value, and dots sit on a line through their values; a tag on the wrong bar breaks
 * the proportion. Values come from dist/data/figures.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireDist } from '../helpers/dist.ts';

let value: Map<string, number>;
beforeAll(() => {
  requireDist();
  value = new Map(
    (JSON.parse(readFileSync(join(DIST, 'data/figures.json'), 'utf8')) as { id: string; value: number }[]).map((f) => [
      f.id,
      f.value,
    ]),
  );
});

function chartIds(): string[] {
  const html = readFileSync(join(DIST, 'trinh-chieu/index.html'), 'utf8');
  return [...html.matchAll(/data-chart="([^"]+)"/g)].map((m) => m[1]!);
}

describe('marks carry the figure they draw', () => {
  it('in every chart, bar lengths and dot positions follow their tagged figures', () => {
    let checked = 0;
    for (const id of chartIds()) {
      const doc = new JSDOM(readFileSync(join(DIST, 'embed', id, 'index.html'), 'utf8')).window.document;
      const svgs = [...doc.querySelectorAll('svg.kc-plot')];
      expect(svgs.length, id).toBeGreaterThan(0);
      for (const svg of svgs) {
        const marks = [...svg.querySelectorAll('[data-focus]')];
        const rects = marks.filter((m) => m.tagName === 'rect');
        const dots = marks.filter((m) => m.tagName === 'circle');
        expect(rects.length + dots.length, id).toBeGreaterThan(1);
        for (const m of marks)
          expect(value.has(m.getAttribute('data-fig')!), `${id}: ${m.getAttribute('data-fig')}`).toBe(true);
        if (rects.length) {
          // Horizontal bars grow in width, columns in height; either way from zero.
          const distinct = (a: string) => new Set(rects.map((r) => r.getAttribute(a))).size;
          const horizontal = distinct('height') === 1 && distinct('width') > 1;
          const ratios = rects.map(
            // A diverging bar (a fall) grows from zero the other way: its length follows |value|.
            (r) =>
              Number(r.getAttribute(horizontal ? 'width' : 'height')) /
              Math.abs(value.get(r.getAttribute('data-fig')!)!),
          );
          for (const q of ratios)
            expect(q / ratios[0]!, `${id} ${rects.map((r) => r.getAttribute('data-fig')).join(',')}`).toBeCloseTo(1, 2);
          checked++;
        }
        if (dots.length > 2) {
          const pts = dots.map((c) => [value.get(c.getAttribute('data-fig')!)!, Number(c.getAttribute('cy'))] as const);
          const slope = (pts[1]![1] - pts[0]![1]) / (pts[1]![0] - pts[0]![0]);
          for (const [v, y] of pts) expect(y - pts[0]![1], id).toBeCloseTo(slope * (v - pts[0]![0]), 0);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(18);
  });
});
