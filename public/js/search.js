// Search with Pagefind, loaded only when a query is typed. Pagefind folds tones but not đ, so
// a diacritic-free query ("dong nai") is also run with đ at the start of each d-word, and the
// results are merged (pages also carry a đ→d alias, see Layout.astro).
const script = document.currentScript || document.querySelector('script[src="/js/search.js"]');
const lang = document.documentElement.lang === 'en' ? 'en' : 'vi';
const input = document.getElementById('q');
const list = document.getElementById('results');
const status = document.getElementById('status');
const kindSelect = document.getElementById('f-kind');
const regionSelect = document.getElementById('f-region');
const words = { vi: { none: 'Không tìm thấy kết quả.', some: (n) => `${n} kết quả` }, en: { none: 'No results.', some: (n) => `${n} results` } }[lang];
let pagefind;
const dVariant = (q) => q.replace(/(^|\s)d/g, '$1đ').replace(/(^|\s)D/g, '$1Đ');

async function search(q) {
  q = q.trim();
  if (!q) { list.replaceChildren(); status.textContent = ''; return; }
  pagefind ??= await import('/pagefind/pagefind.js');
  await pagefind.init();
  const runs = [q];
  if (dVariant(q) !== q) runs.push(dVariant(q));
  const filters = {};
  if (kindSelect.value) filters.kind = kindSelect.value;
  if (regionSelect.value) filters.region = regionSelect.value;
  const found = await Promise.all(runs.map((r) => pagefind.search(r, { filters })));
  const byId = new Map();
  for (const res of found) for (const r of res.results) {
    const prev = byId.get(r.id);
    if (!prev || r.score > prev.score) byId.set(r.id, r);
  }
  const ranked = [...byId.values()].sort((a, b) => b.score - a.score).slice(0, 20);
  const data = await Promise.all(ranked.map((r) => r.data()));
  const items = data.filter((x) => (lang === 'en') === x.url.startsWith('/en/'));
  list.replaceChildren(...items.map((x) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = x.url; a.textContent = x.meta.title || x.url;
    const p = document.createElement('p');
    p.textContent = x.excerpt.replace(/<[^>]+>/g, '');
    li.append(a, p);
    return li;
  }));
  status.textContent = items.length ? words.some(items.length) : words.none;
}
let timer;
input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => search(input.value), 200); });
input.closest('form').addEventListener('submit', (e) => {
  e.preventDefault();
  const u = new URL(location.href); u.searchParams.set('q', input.value);
  for (const [k, sel] of [['kind', kindSelect], ['region', regionSelect]]) { if (sel.value) u.searchParams.set(k, sel.value); else u.searchParams.delete(k); }
  history.replaceState(null, '', u);
  search(input.value);
});
for (const sel of [kindSelect, regionSelect]) sel.addEventListener('change', () => search(input.value));
const params = new URL(location.href).searchParams;
if (params.get('kind')) kindSelect.value = params.get('kind');
if (params.get('region')) regionSelect.value = params.get('region');
const initial = params.get('q');
if (initial) { input.value = initial; search(initial); }
void script;
