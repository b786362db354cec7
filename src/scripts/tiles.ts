/**
 * The tile map answers: hovering or focusing a province's tile shows a tooltip with its name,
 * region, 2025 unit and key figures, each with its source linked to the sentence; on the map of
 * the 34 units since 1 July 2025, a unit's tile shows its name and what it was formed from (the
 * tile's own <title>). The data is a JSON island built with the page (src/lib/tile-tips.ts);
 * nothing is fetched. The tooltip can
 * be hovered (its links followed), Esc closes it, and a focused tile is described by it, so a
 * screen reader hears the same. Without JavaScript each tile is a link named by its <title>.
 */
type TileLine = [string, string, string, string];
interface TileTip {
  g: string;
  u: string;
  k: TileLine[];
}

function span(cls: string, text: string): HTMLElement {
  const el = document.createElement('span');
  el.className = cls;
  el.textContent = text;
  return el;
}

for (const fig of document.querySelectorAll<HTMLElement>('figure.tiles')) {
  const island = fig.querySelector('script[data-tiles]');
  if (!island) continue;
  const data: Record<string, TileTip> = JSON.parse(island.textContent || '{}');
  const none = island.getAttribute('data-none') || '';
  const tip = document.createElement('div');
  tip.id = `${fig.id}-tip`;
  tip.className = 'kc-tip kc-pinned tile-tip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  fig.after(tip);
  let current: Element | null = null;
  let timer = 0;

  // A 2025 unit's tile says what its <title> says (its name and what it was formed from).
  const unitDetail = new Map<Element, string>();
  for (const a of fig.querySelectorAll('a[data-tile], a[data-unit]')) {
    // The <title> would show a second, native tooltip: its text becomes the link's name, after
    // the tile's visible short label (what a reader using speech input says: "click HN").
    const title = a.querySelector('title');
    if (title) {
      const short = a.querySelector('text:not(.tip)')?.textContent;
      const text = title.textContent || '';
      a.setAttribute('aria-label', `${short ? `${short} – ` : ''}${text}`);
      if (a.hasAttribute('data-unit')) unitDetail.set(a, text.slice(text.indexOf(':') + 1).trim());
      title.remove();
    }
  }

  // A province's tile: its region, 2025 unit and key figures with their sources (the island);
  // a 2025 unit's tile: its name and what it was formed from.
  const rowsFor = (a: Element): Node[] | null => {
    const name = a.querySelector('text.tip')?.textContent || '';
    const detail = unitDetail.get(a);
    if (detail !== undefined) return [span('kc-l', name), span('kc-m', detail)];
    const t = data[a.getAttribute('data-tile') || ''];
    if (!t) return null;
    const rows: Node[] = [span('kc-l', name), span('kc-m', t.g), span('kc-m', t.u)];
    if (!t.k.length) rows.push(span('tile-none', none));
    for (const [label, value, source, href] of t.k) {
      const p = document.createElement('p');
      const link = document.createElement('a');
      link.href = href;
      link.textContent = source;
      p.append(span('tile-k', label), span('tile-v', value), link);
      rows.push(p);
    }
    return rows;
  };

  const show = (a: Element) => {
    clearTimeout(timer);
    if (current !== a) {
      const rows = rowsFor(a);
      if (!rows) return;
      current?.removeAttribute('aria-describedby');
      current = a;
      tip.replaceChildren(...rows);
    }
    a.setAttribute('aria-describedby', tip.id);
    tip.hidden = false;
    // Where it fits in the viewport: below the tile or above it (when both fit, below a tile in
    // the map's upper half and above one in its lower half, so it covers less of the map; when
    // neither fits, on the roomier side).
    // The tile's square, not the link: the link also holds the caption line atop the map.
    const r = (a.querySelector('rect') ?? a).getBoundingClientRect();
    const box = fig.getBoundingClientRect();
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const left = Math.max(4, Math.min(vw - w - 4, r.left + r.width / 2 - w / 2));
    const fitsBelow = r.bottom + 8 + h <= vh;
    const fitsAbove = r.top - h - 8 >= 0;
    const below =
      fitsBelow && fitsAbove
        ? r.top + r.height / 2 < box.top + box.height / 2
        : fitsBelow || (!fitsAbove && vh - r.bottom >= r.top);
    const top = below ? r.bottom + 8 : r.top - h - 8;
    tip.style.left = `${left + window.scrollX}px`;
    tip.style.top = `${top + window.scrollY}px`;
  };
  const hide = () => {
    tip.hidden = true;
    current?.removeAttribute('aria-describedby');
    current = null;
  };
  const hideSoon = () => {
    clearTimeout(timer);
    timer = window.setTimeout(hide, 300);
  };
  const tileAt = (el: EventTarget | null) => (el as Element | null)?.closest?.('a[data-tile], a[data-unit]') ?? null;

  fig.addEventListener('pointerover', (e) => {
    const a = tileAt(e.target);
    if (a && e.pointerType !== 'touch') show(a);
  });
  fig.addEventListener('pointerout', (e) => {
    if (tileAt(e.target) && !tileAt(e.relatedTarget)) hideSoon();
  });
  fig.addEventListener('focusin', (e) => {
    const a = tileAt(e.target);
    if (a) show(a);
  });
  fig.addEventListener('focusout', (e) => {
    if (tileAt(e.target) && !tip.contains(e.relatedTarget as Node)) hide();
  });
  // The tooltip can be hovered: a reader moves into it to follow a source link.
  tip.addEventListener('pointerenter', () => clearTimeout(timer));
  tip.addEventListener('pointerleave', hideSoon);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !tip.hidden) hide();
  });
  // A switch of map or colouring moves the tiles: the tooltip would point at nothing.
  fig.addEventListener('change', hide);
}
