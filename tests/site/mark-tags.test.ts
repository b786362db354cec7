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
          // A dot's value is its height (a line over the years) or its distance along a row (a dot
          // chart, one row per figure), on a linear or a log scale: one of these maps every dot's
          // figure to its position, to half a pixel.
          const follows = (axis: 'cx' | 'cy', scale: (v: number) => number) => {
            const pts = dots.map((c) => [scale(value.get(c.getAttribute('data-fig')!)!), Number(c.getAttribute(axis))]);
            const b = pts.find(([v]) => v !== pts[0]![0]);
            if (!b) return false;
            const slope = (b[1]! - pts[0]![1]!) / (b[0]! - pts[0]![0]!);
            return pts.every(([v, p]) => Math.abs(p! - pts[0]![1]! - slope * (v! - pts[0]![0]!)) < 0.5);
          };
          const linear = (v: number) => v;
          expect(
            follows('cy', linear) || follows('cx', linear) || follows('cx', Math.log),
            `${id}: ${dots.map((c) => c.getAttribute('data-fig')).join(',')}`,
          ).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(18);
  });
});
