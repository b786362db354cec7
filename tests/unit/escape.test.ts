import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { escapeHtml } from '../../src/lib/escape.ts';

describe('escapeHtml', () => {
  const EVIL = `<script>x</script>"' & <img src=x onerror=y>`;
  it('keeps text and attribute values as text', () => {
    const doc = new JSDOM(`<p title="${escapeHtml(EVIL)}" data-x='${escapeHtml(EVIL)}'>${escapeHtml(EVIL)}</p>`).window
      .document;
    const p = doc.querySelector('p')!;
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
    expect(p.textContent).toBe(EVIL);
    expect(p.getAttribute('title')).toBe(EVIL);
    expect(p.getAttribute('data-x')).toBe(EVIL);
  });
});
