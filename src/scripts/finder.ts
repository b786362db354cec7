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
  const u = new URL(location.href);
  u.search = '';
  const q = field('q').value.trim();
  if (q) u.searchParams.set('q', q);
  for (const n of FILTERS) if (field(n).value) u.searchParams.set(n, field(n).value);
  if (sort) u.searchParams.set('sort', String(sort));
  history.replaceState(null, '', u);
}

// A table of 354 rows costs a slow phone hundreds of milliseconds to lay out, and as much to
// take down, so the body holds only the matching rows a reader has scrolled to: a batch at a
// time, the next one added as the end of the table comes near (or all at once with "show all").
// A filter then answers at once, whatever it shows or hides.
const BATCH = 25;
let ordered = rows;
let list: HTMLTableRowElement[] = [];
let rendered = 0;
const more = document.getElementById('f-more')!;
const showAll = more.querySelector('button')!;

function grow(all = false): void {
  if (rendered >= list.length) return;
  const upTo = all ? list.length : rendered + BATCH;
  tbody.append(...list.slice(rendered, upTo));
  rendered = Math.min(upTo, list.length);
  more.hidden = rendered >= list.length;
  // Observe afresh: if the end is still near after this batch, the observer says so again.
  near.unobserve(more);
  if (!more.hidden) near.observe(more);
}
const near = new IntersectionObserver(
  (es) => {
    if (es.some((e) => e.isIntersecting)) grow();
  },
  { rootMargin: '800px 0px' },
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

function render(): void {
  const ok = matching();
  list = ordered.filter((r) => ok.has(r));
  rendered = 0;
  tbody.replaceChildren();
  grow();
  more.hidden = rendered >= list.length;
  showAll.textContent = (showAll.dataset.text || '{n}').replace('{n}', String(list.length));
  count.textContent = (count.dataset.text || '{n}/{all}')
    .replace('{n}', String(list.length))
    .replace('{all}', String(rows.length));
}

function key(r: HTMLTableRowElement, col: number): string | number {
  const c = r.cells[col]!;
  const v = c.dataset.v;
  return v === undefined ? c.textContent || '' : /^-?[\d.e+]+$/.test(v) ? Number(v) : v;
}
function applySort(): void {
  const col = Math.abs(sort) - 1;
  const dir = Math.sign(sort);
  ordered = [...rows].sort((a, b) => {
    if (!sort) return original.get(a)! - original.get(b)!;
    const x = key(a, col);
    const y = key(b, col);
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return dir * c || original.get(a)! - original.get(b)!;
  });
  for (const th of table.tHead!.rows[0]!.cells) {
    const i = Number(th.dataset.col);
    if (th.dataset.col !== undefined && i === col && sort)
      th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
    else th.removeAttribute('aria-sort');
  }
  render();
}

for (const th of table.tHead!.rows[0]!.cells) {
  if (th.dataset.col === undefined) continue;
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = th.textContent;
  th.replaceChildren(b);
  b.addEventListener('click', () => {
    const col = Number(th.dataset.col) + 1;
    sort = sort === col ? -col : col;
    applySort();
    toUrl();
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

form.addEventListener('input', () => {
  render();
  toUrl();
});
// Filters apply as they change; "Filter" takes the reader to the rows.
form.addEventListener('submit', (e) => {
  e.preventDefault();
  (table.closest('section') as HTMLElement | null)?.focus();
});
fromUrl();
applySort();
