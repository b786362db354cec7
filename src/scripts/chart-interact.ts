/**
 * Every mark answers: the one chart script of pages, embeds and slides. The charts are SVG drawn
 * at build time; each mark carries `data-fig` (src/charts/interaction.ts) and each chart ships
 * its figures' display fields as a JSON data island. This script only reads them:
 * - hover (mouse, pen), tap or click on a mark shows a tooltip: label, value as the site writes
 *   it, period, programme, status and "Source: <report>, line N" linking to the sentence;
 * - Tab enters a chart at its first mark, arrow keys (Home, End) move across marks, Enter opens
 *   the sentence, Esc closes the tooltip and leaves the marks;
 * - marks become focusable with accessible names (the same text), the tooltip is role="tooltip"
 *   and described-by from the focused mark;
 * - hovering or focusing a legend item highlights its series; click or Enter pins it.
 * Without JavaScript the SVG and the data table are the content; nothing here is needed to read.
 */
interface Tip {
  l: string;
  v: string;
  p: string;
  g: string;
  s: string;
  r: string;
  h: string;
}

const figs: Record<string, Tip> = {};
for (const s of document.querySelectorAll('script[data-figs]')) Object.assign(figs, JSON.parse(s.textContent || '{}'));
const inEmbed = document.body.classList.contains('embed');

const tip = document.createElement('div');
tip.id = 'kc-tip';
tip.className = 'kc-tip';
tip.setAttribute('role', 'tooltip');
tip.hidden = true;
(document.querySelector('main') ?? document.body).append(tip);
let current: Element | null = null;
let hideTimer = 0;

const describe = (t: Tip) => `${t.l}: ${t.v}; ${t.p}; ${t.g}; ${t.s}. ${t.r}`;

function line(cls: string, text: string): HTMLElement {
  const el = document.createElement('span');
  el.className = cls;
  el.textContent = text;
  return el;
}

function show(mark: Element, pinned = false): void {
  const t = figs[mark.getAttribute('data-fig') || ''];
  if (!t) return;
  window.clearTimeout(hideTimer);
  if (current !== mark) {
    current?.classList.remove('kc-on');
    current?.removeAttribute('aria-describedby');
    current = mark;
    const a = document.createElement('a');
    a.href = t.h;
    a.textContent = t.r;
    if (inEmbed) {
      a.target = '_blank';
      a.rel = 'noopener';
    }
    tip.replaceChildren(line('kc-l', t.l), line('kc-v', t.v), line('kc-m', `${t.p} · ${t.g} · ${t.s}`), a);
  }
  mark.classList.add('kc-on');
  // A tooltip shown by hover lets the pointer through to the marks under it; one shown by tap,
  // click or focus takes the pointer, so its link can be followed.
  tip.classList.toggle('kc-pinned', pinned);
  if (mark.hasAttribute('tabindex')) mark.setAttribute('aria-describedby', tip.id);
  tip.hidden = false;
  // Above the mark, inside the viewport; below it when there is no room above.
  const r = mark.getBoundingClientRect();
  const w = tip.offsetWidth;
  const h = tip.offsetHeight;
  const vw = document.documentElement.clientWidth;
  const left = Math.max(4, Math.min(vw - w - 4, r.left + r.width / 2 - w / 2));
  const top = r.top - h - 8 >= 0 ? r.top - h - 8 : r.bottom + 8;
  tip.style.left = `${left + window.scrollX}px`;
  tip.style.top = `${top + window.scrollY}px`;
}

function hide(): void {
  tip.hidden = true;
  current?.classList.remove('kc-on');
  current?.removeAttribute('aria-describedby');
  current = null;
}
const hideSoon = () => {
  hideTimer = window.setTimeout(hide, 250);
};
tip.addEventListener('pointerenter', () => window.clearTimeout(hideTimer));
tip.addEventListener('pointerleave', hideSoon);

/** The mark under or nearest to the pointer (within 24 px): dots and thin bars are small targets. */
function markAt(svg: SVGSVGElement, e: MouseEvent): Element | null {
  const hit = (e.target as Element).closest?.('[data-fig]');
  // A value label or note answers for its bar or dot.
  if (hit && svg.contains(hit))
    return hit.hasAttribute('data-focus')
      ? hit
      : (svg.querySelector(`[data-focus][data-fig="${hit.getAttribute('data-fig')}"]`) ?? hit);
  let best: Element | null = null;
  let bestD = 24;
  for (const m of svg.querySelectorAll('[data-focus]')) {
    const r = m.getBoundingClientRect();
    const dx = Math.max(r.left - e.clientX, 0, e.clientX - r.right);
    const dy = Math.max(r.top - e.clientY, 0, e.clientY - r.bottom);
    const d = Math.hypot(dx, dy);
    if (d < bestD) {
      bestD = d;
      best = m;
    }
  }
  return best;
}

for (const svg of document.querySelectorAll<SVGSVGElement>('svg.kc-plot')) {
  const marks = [...svg.querySelectorAll('[data-focus]')].filter((m) => figs[m.getAttribute('data-fig') || '']);
  if (!marks.length) continue;
  // The marks are now interactive: the SVG is a group of named images, not one image.
  svg.setAttribute('role', 'group');
  marks.forEach((m, i) => {
    m.setAttribute('tabindex', i ? '-1' : '0');
    m.setAttribute('role', 'img');
    m.setAttribute('aria-label', describe(figs[m.getAttribute('data-fig')!]!));
    m.querySelector('title')?.remove();
  });
  svg.addEventListener('pointermove', (e) => {
    if (e.pointerType === 'touch') return;
    const m = markAt(svg, e);
    if (m) show(m);
    else if (current && svg.contains(current)) hideSoon();
  });
  svg.addEventListener('pointerleave', (e) => {
    if (e.pointerType !== 'touch') hideSoon();
  });
  svg.addEventListener('click', (e) => {
    // Slides move on click; a click on a chart is for its marks.
    e.stopPropagation();
    const m = markAt(svg, e);
    if (m) show(m, true);
    else hide();
  });
  svg.addEventListener('focusin', (e) => {
    if ((e.target as Element).hasAttribute('data-focus')) show(e.target as Element);
  });
  svg.addEventListener('focusout', (e) => {
    if (!svg.contains(e.relatedTarget as Node)) hide();
  });
  svg.addEventListener('keydown', (e) => {
    const i = marks.indexOf(e.target as Element);
    if (i < 0) return;
    const to = (n: number) => {
      const next = marks[(n + marks.length) % marks.length]!;
      for (const m of marks) m.setAttribute('tabindex', m === next ? '0' : '-1');
      (next as SVGElement).focus();
    };
    const k = e.key;
    if (k === 'ArrowRight' || k === 'ArrowDown') to(i + 1);
    else if (k === 'ArrowLeft' || k === 'ArrowUp') to(i - 1);
    else if (k === 'Home') to(0);
    else if (k === 'End') to(marks.length - 1);
    else if (k === 'Enter') (tip.querySelector('a') as HTMLAnchorElement | null)?.click();
    else if (k === 'Escape') {
      hide();
      // Leave the marks: focus the chart as a whole; Tab goes on to what follows it.
      svg.setAttribute('tabindex', '-1');
      svg.focus();
    } else return;
    // Handled here: not a slide change, not a page scroll.
    e.preventDefault();
    e.stopPropagation();
  });
}

document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !tip.hidden) hide();
});
document.addEventListener('click', (e) => {
  if (!tip.contains(e.target as Node)) hide();
});

// Legends: hovering or focusing a key highlights its marks across the chart; click pins it.
for (const legend of document.querySelectorAll('[data-legend]')) {
  const fig = legend.closest('figure') ?? document;
  let pinned = '';
  const highlight = (key: string) => {
    for (const el of fig.querySelectorAll('svg [data-series]'))
      el.classList.toggle('kc-dim', !!key && el.getAttribute('data-series') !== key);
  };
  for (const li of legend.querySelectorAll<HTMLElement>('li[data-series]')) {
    const key = li.getAttribute('data-series')!;
    // The key becomes a toggle button (plain list items without JavaScript).
    const item = document.createElement('button');
    item.type = 'button';
    item.setAttribute('data-series', key);
    item.setAttribute('aria-pressed', 'false');
    item.title = legend.getAttribute('data-highlight') || '';
    item.append(...li.childNodes);
    li.append(item);
    const on = () => highlight(key);
    const off = () => highlight(pinned);
    item.addEventListener('pointerenter', on);
    item.addEventListener('pointerleave', off);
    item.addEventListener('focus', on);
    item.addEventListener('blur', off);
    const toggle = () => {
      pinned = pinned === key ? '' : key;
      for (const o of legend.querySelectorAll('button[data-series]'))
        o.setAttribute('aria-pressed', String(o.getAttribute('data-series') === pinned));
      highlight(pinned);
    };
    item.addEventListener('click', toggle);
  }
}
