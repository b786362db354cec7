/**
 * The figure finder with JavaScript (src/views/Finder.astro holds the table, built at build
 * time). Filters, free text folded like the rest of the site (src/lib/fold.ts: no diacritics,
 * `đ` = `d`), sort by any column, the whole state in the URL (a filtered view is a link), a
 * citation per figure, and the rows shown as CSV through the site's one CSV writer.
 */
import { fold } from '../lib/fold.ts';
import { toCsv } from '../lib/csv.ts';

const form = document.getElementById('finder') as HTMLFormElement;
const table = document.getElementById('f-table') as HTMLTableElement;
const tbody = table.tBodies[0]!;
const count = document.getElementById('f-count')!;
const rows = [...tbody.rows];
const folded = new Map(rows.map((r) => [r, fold(r.textContent || '')]));
const original = new Map(rows.map((r, i) => [r, i]));
const FILTERS = ['src', 'topic', 'geo', 'period', 'prog', 'status'] as const;
const field = (n: string) => form.elements.namedItem(n) as HTMLInputElement | HTMLSelectElement;
const collator = new Intl.Collator(table.dataset.lang);
let sort = 0; // column + 1, negative for descending; 0 = the build's order
let urlTimer = 0; // a URL write waiting for typing to pause
let urlAfterDraw = false; // a URL write waiting for the rows of a choice or a sort to be drawn

form.hidden = false;
table.classList.add('js');

function fromUrl(): void {
  const u = new URLSearchParams(location.search);
  field('q').value = u.get('q') ?? '';
  for (const n of FILTERS) {
    const el = field(n) as HTMLSelectElement;
    const v = u.get(n) ?? '';
    el.value = [...el.options].some((o) => o.value === v) ? v : '';
  }
  sort = Number(u.get('sort')) || 0;
}

function toUrl(): void {
  clearTimeout(urlTimer);
  urlTimer = 0;
  urlAfterDraw = false;
  const u = new URL(location.href);
  u.search = '';
  const q = field('q').value.trim();
  if (q) u.searchParams.set('q', q);
  for (const n of FILTERS) if (field(n).value) u.searchParams.set(n, field(n).value);
  if (sort) u.searchParams.set('sort', String(sort));
  history.replaceState(null, '', u);
}

// A table of 400 rows costs a slow phone hundreds of milliseconds to lay out, and as much to
// take down, so the body holds only the matching rows a reader has scrolled to: a batch at a
// time, the next one added as the end of the table comes near (or all at once with "show all").
// A filter then answers at once, whatever it shows or hides. Six rows (a row is 80–130 px tall)
// fill what is left of a screen below the form; each further batch is its own task, so typing is
// never kept waiting behind rows nobody sees yet.
const BATCH = 6;
let ordered = rows;
let list: HTMLTableRowElement[] = [];
let rendered = 0;
const more = document.getElementById('f-more')!;
const showAll = more.querySelector('button')!;

function grow(all = false): void {
  if (rendered >= list.length) return;
  const upTo = all ? list.length : rendered + BATCH;
  const add = document.createDocumentFragment();
  add.append(...list.slice(rendered, upTo));
  tbody.append(add);
  rendered = Math.min(upTo, list.length);
  setMore();
}
// Observe afresh after each change: if the end is still near, the observer says so again.
function setMore(): void {
  const done = rendered >= list.length;
  if (more.hidden !== done) more.hidden = done;
  near.unobserve(more);
  if (!done) near.observe(more);
}
const near = new IntersectionObserver(
  (es) => {
    if (es.some((e) => e.isIntersecting)) grow();
  },
  { rootMargin: '600px 0px' },
);
showAll.addEventListener('click', () => grow(true));

// What filtering reads of each row, read once (dataset lookups are slow on a slow phone).
const records = rows.map((r) => ({
  r,
  text: folded.get(r)!,
  ...(r.dataset as Record<(typeof FILTERS)[number] | 'region', string>),
}));
function matching(): Set<HTMLTableRowElement> {
  const words = fold(field('q').value).split(' ').filter(Boolean);
  const want = Object.fromEntries(FILTERS.map((n) => [n, field(n).value]));
  const geo = want.geo!;
  const region = geo.startsWith('r:') ? geo.slice(2) : '';
  const out = new Set<HTMLTableRowElement>();
  for (const x of records) {
    if (
      (!want.src || x.src === want.src) &&
      (!want.topic || x.topic === want.topic) &&
      (!geo || (region ? x.region === region : x.geo === geo)) &&
      (!want.period || x.period === want.period) &&
      (!want.prog || x.prog === want.prog) &&
      (!want.status || x.status === want.status) &&
      words.every((w) => x.text.includes(w))
    )
      out.add(x.r);
  }
  return out;
}

// Text written only when it changes: the count is a live region, and every write costs a
// style pass.
function setText(el: HTMLElement, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

// The DOM changes only where the rows shown change: rows already in place at the head of the
// table stay, the rest go, and the new ones arrive in one fragment (one layout, not 25).
function render(): void {
  const ok = matching();
  list = ordered.filter((r) => ok.has(r));
  const want = Math.min(BATCH, list.length);
  const now = tbody.rows;
  let same = 0;
  while (same < want && same < now.length && now[same] === list[same]) same++;
  if (same < now.length) {
    const range = document.createRange();
    range.setStartBefore(now[same]!);
    range.setEndAfter(now[now.length - 1]!);
    range.deleteContents();
  }
  rendered = same;
  grow();
  if (!list.length) setMore();
  setText(showAll, (showAll.dataset.text || '{n}').replace('{n}', String(list.length)));
  setText(
    count,
    (count.dataset.text || '{n}/{all}').replace('{n}', String(list.length)).replace('{all}', String(rows.length)),
  );
}

// Sort keys read once per column, on the first sort by it.
const keys = new Map<number, Map<HTMLTableRowElement, string | number>>();
function keysOf(col: number): Map<HTMLTableRowElement, string | number> {
  let k = keys.get(col);
  if (!k) {
    k = new Map(
      rows.map((r) => {
        const c = r.cells[col]!;
        const v = c.dataset.v;
        return [r, v === undefined ? c.textContent || '' : /^-?[\d.e+]+$/.test(v) ? Number(v) : v];
      }),
    );
    keys.set(col, k);
  }
  return k;
}
// Each order, once computed, is kept: a sort a reader asks for again costs nothing, and the
// orders are worked out while the page is idle, so a click on a column heading only looks one up.
const orders = new Map<number, HTMLTableRowElement[]>([[0, rows]]);
function orderFor(by: number): HTMLTableRowElement[] {
  let o = orders.get(by);
  if (!o) {
    const k = keysOf(Math.abs(by) - 1);
    const dir = Math.sign(by);
    o = [...rows].sort((a, b) => {
      const x = k.get(a)!;
      const y = k.get(b)!;
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return dir * c || original.get(a)! - original.get(b)!;
    });
    orders.set(by, o);
  }
  return o;
}
function applySort(): void {
  const col = Math.abs(sort) - 1;
  const dir = Math.sign(sort);
  ordered = orderFor(sort);
  for (const th of table.tHead!.rows[0]!.cells) {
    const i = Number(th.dataset.col);
    if (th.dataset.col !== undefined && i === col && sort)
      th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
    else th.removeAttribute('aria-sort');
  }
}

for (const th of table.tHead!.rows[0]!.cells) {
  if (th.dataset.col === undefined) continue;
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = th.textContent;
  th.replaceChildren(b);
  b.addEventListener('click', (e) => {
    const col = Number(th.dataset.col) + 1;
    sort = sort === col ? -col : col;
    applySort();
    update(e.timeStamp);
    urlAfterDraw = true;
  });
}

// Copy a citation: the figure, its report and line, and the link to its sentence.
function citation(r: HTMLTableRowElement): string {
  const [label, value, place, period, , , src] = [...r.cells].map((c) => (c.textContent || '').trim());
  const link = r.cells[6]!.querySelector('a')!;
  const where = src!.slice(src!.indexOf(',') + 2);
  return `${label}: ${value} (${place}, ${period}). ${r.cells[6]!.dataset.title}, ${where}. ${table.dataset.site}, ${link.href}`;
}
for (const r of rows) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = table.dataset.copy!;
  b.addEventListener('click', () => {
    navigator.clipboard?.writeText(citation(r)).then(
      () => {
        b.textContent = table.dataset.copied!;
        setTimeout(() => {
          b.textContent = table.dataset.copy!;
        }, 1500);
      },
      () => {},
    );
  });
  r.cells[7]!.append(b);
}

// The rows shown, in the order shown, with every field of figures.csv.
const csvButton = document.getElementById('f-csv')!;
csvButton.addEventListener('click', async () => {
  // Rows still waiting to be drawn are what the reader asked for: draw them first.
  draw();
  const all: Record<string, unknown>[] = await (await fetch('/data/figures.json')).json();
  const byId = new Map(all.map((f) => [f.id as string, f]));
  const shown = list.map((r) => byId.get(r.dataset.id!)!).filter(Boolean);
  const csv = toCsv(shown, Object.keys(all[0] ?? {}));
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  a.download = `${csvButton.dataset.name}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
});

// history.replaceState is slow (a round trip to the browser process: about 20 ms a call on a
// slow phone), so it never delays an answer: while the reader types, the URL follows once typing
// pauses; after a choice in a list or a sort, once its rows are on screen; leaving the page
// writes it at once.
function toUrlSoon(): void {
  clearTimeout(urlTimer);
  urlTimer = window.setTimeout(toUrl, 400);
}
addEventListener('pagehide', () => {
  if (urlTimer || urlAfterDraw) toUrl();
});
// A keystroke or a choice first paints itself (the letter, the option), then the rows follow
// in the next task: the reader sees the answer to every input at once, and keystrokes that come
// faster than the rows can be drawn are drawn once. The table is aria-busy meanwhile, and each
// update is measured ("finder-update": from the oldest input waiting to the rows on screen;
// npm run bench reads it).
let pending = 0; // when the oldest input not yet drawn came (0: none waiting)
function draw(): void {
  if (!pending) return;
  render();
  table.removeAttribute('aria-busy');
  const from = pending;
  pending = 0;
  // The rows are on screen once the frame that draws them is done: when the frame after it
  // starts (a timer instead would wait behind any keys still coming in, and measure them).
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      performance.measure('finder-update', { start: from, end: performance.now() });
      if (urlAfterDraw) setTimeout(toUrl);
    }),
  );
}
function update(since: number): void {
  if (!pending) {
    pending = since;
    table.setAttribute('aria-busy', 'true');
    requestAnimationFrame(() => setTimeout(draw));
  } else if (performance.now() - pending > 16) {
    // Inputs keep coming (a key held down, keys sent in a burst) and the browser serves them
    // before the draw it has waiting: draw now, with this input, so rows never lag far behind.
    draw();
  }
}
form.addEventListener('input', (e) => {
  update(e.timeStamp);
  if (e.target === field('q')) toUrlSoon();
  else urlAfterDraw = true;
});
// Filters apply as they change; "Filter" takes the reader to the rows.
form.addEventListener('submit', (e) => {
  e.preventDefault();
  (table.closest('section') as HTMLElement | null)?.focus();
});
fromUrl();
applySort();
render();
// Work out every column's two orders while the reader is not doing anything: one per idle slot,
// and only in a long one (a sort takes 10–20 ms on a slow phone; a short slot means a frame or a
// key is due, and the sort would keep it waiting).
type Idle = (f: (d?: IdleDeadline) => void) => void;
const idle: Idle = window.requestIdleCallback?.bind(window) ?? ((f) => setTimeout(f, 200));
const sortable = [...table.tHead!.rows[0]!.cells].filter((th) => th.dataset.col !== undefined);
const todo = sortable.flatMap((th) => [Number(th.dataset.col) + 1, -(Number(th.dataset.col) + 1)]);
const next = (deadline?: IdleDeadline) => {
  if (deadline && deadline.timeRemaining() < 40) return idle(next);
  const by = todo.shift();
  if (by === undefined) return;
  orderFor(by);
  idle(next);
};
idle(next);
