/** The weight budgets of the site issue, checked on every built page. */
import { describe, expect, it } from 'vitest';
import { BUDGET, pageWeight } from '../../scripts/lib/weights.ts';
import { DIST, htmlFiles, requireDist, urlOf } from '../helpers/dist.ts';

describe('page weight budgets', () => {
  it(`keeps client JavaScript under ${BUDGET.jsKb} KB and each page under ${BUDGET.totalKb} KB gzipped`, () => {
    requireDist();
    const over: string[] = [];
    for (const f of htmlFiles()) {
      const w = pageWeight(DIST, f);
      if (w.js > BUDGET.jsKb * 1024) over.push(`${urlOf(f)} JS ${w.js} B`);
      if (w.total > BUDGET.totalKb * 1024) over.push(`${urlOf(f)} total ${w.total} B`);
      const isEmbed = /\/embed\//.test(urlOf(f));
      if (isEmbed && w.total > BUDGET.embedKb * 1024) over.push(`${urlOf(f)} embed ${w.total} B`);
    }
    expect(over).toEqual([]);
  });
});
