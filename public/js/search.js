// Search with Pagefind, loaded only when a query is typed. Pagefind folds tones but not đ, so
// a diacritic-free query ("dong nai") is also run with đ at the start of each d-word, and the
// results are merged (pages also carry a đ→d alias, see Layout.astro).
// Every state is said out loud (the status is a live region): searching, n results, none, and
// "the index could not be loaded" with a retry button (the province list stays below the form).
// The messages come from the page (data- attributes), in its language.
const input = document.getElementById('q');
const list = document.getElementById('results');
const status = document.getElementById('status');
const retry = document.getElementById('retry');
const kindSelect = document.getElementById('f-kind');
const regionSelect = document.getElementById('f-region');
const lang = document.documentElement.lang === 'en' ? 'en' : 'vi';
// The `kind` filter value of the reports' reader pages (as SourceText declares it for search).
const READER_KIND = lang === 'en' ? 'report text' : 'văn bản';
const say = (key, n) => {
  status.textContent = (status.dataset[key] || '').replace('{n}', String(n));
};
const dVariant = (q) => q.replace(/(^|\s)d/g, '$1đ').replace(/(^|\s)D/g, '$1Đ');
// On a report's reader page every line is an anchor (L27): land on the line where the longest
// run of matched words starts (the phrase typed), not on the top of the report.
const lineOf = (x) => {
  const lines = (x.anchors || []).filter((a) => /^L\d+$/.test(a.id)).sort((a, b) => a.location - b.location);
  if (!lines.length || !x.locations) return null;
  const locs = [...new Set(x.locations)].filter((l) => l >= lines[0].location).sort((a, b) => a - b);
  let best = null;
  for (let i = 0, from = 0; i < locs.length; i++) {
    if (i + 1 < locs.length && locs[i + 1] - locs[i] <= 2) continue;
    if (!best || i - from > best[1] - best[0]) best = [from, i];
    from = i + 1;
  }
  if (!best) return null;
  let line = lines[0];
  for (const a of lines) {
    if (a.location <= locs[best[0]]) line = a;
    else break;
  }
  return line.id;
};

let pagefind; // the loaded module, once init() has succeeded
let attempt = 0;
async function loadPagefind() {
  if (pagefind) return pagefind;
  // A failed import may be remembered by the browser: a retry asks for a fresh URL.
  const mod = await import(attempt ? `/pagefind/pagefind.js?retry=${attempt}` : '/pagefind/pagefind.js');
  // The reports' full texts are long pages that name many places: weigh page length fully and
  // let repeated words saturate later, so that a place's own profile ("tra vinh") ranks above a
  // long report that names it often (measured: defaults put /nguon/tra-vinh-2016-2020/ first).
  await mod.options({ ranking: { pageLength: 1, termSaturation: 2 } });
  await mod.init();
  pagefind = mod;
  return mod;
}

let latest = 0; // only the newest query may write its results
async function search(q) {
  const mine = ++latest;
  q = q.trim();
  retry.hidden = true;
  if (!q) {
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  say('loading');
  list.setAttribute('aria-busy', 'true');
  try {
    const pf = await loadPagefind();
    const runs = [q];
    if (dVariant(q) !== q) runs.push(dVariant(q));
    const filters = {};
    if (kindSelect.value) filters.kind = kindSelect.value;
    if (regionSelect.value) filters.region = regionSelect.value;
    const best = (results) => {
      const byId = new Map();
      for (const res of results)
        for (const r of res.results) {
          const prev = byId.get(r.id);
          if (!prev || r.score > prev.score) byId.set(r.id, r);
        }
      return [...byId.values()].sort((a, b) => b.score - a.score);
    };
    const found = await Promise.all(runs.map((r) => pf.search(r, { filters })));
    const ranked = best(found).slice(0, 20);
    // A phrase of a report can also be a label on many pages (a fact named on ten profiles): the
    // report's own text then ranks below the first 20. Its best lines are always offered too.
    if (!filters.kind) {
      const inReports = await Promise.all(
        runs.map((r) => pf.search(r, { filters: { ...filters, kind: READER_KIND } })),
      );
      const shown = new Set(ranked.map((r) => r.id));
      ranked.push(
        ...best(inReports)
          .filter((r) => !shown.has(r.id))
          .slice(0, 3),
      );
    }
    const data = await Promise.all(ranked.map((r) => r.data()));
    if (mine !== latest) return;
    const items = data.filter((x) => (lang === 'en') === x.url.startsWith('/en/'));
    list.replaceChildren(
      ...items.map((x) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        const line = lineOf(x);
        a.href = line ? `${x.url}#${line}` : x.url;
        a.textContent = x.meta.title || x.url;
        const p = document.createElement('p');
        p.textContent = x.excerpt.replace(/<[^>]+>/g, '');
        li.append(a, p);
        return li;
      }),
    );
    if (items.length) say('count', items.length);
    else say('none');
  } catch (e) {
    if (mine !== latest) return;
    attempt++;
    list.replaceChildren();
    say('error');
    retry.hidden = false;
    console.warn('search: the Pagefind index could not be loaded', e);
  } finally {
    if (mine === latest) list.removeAttribute('aria-busy');
  }
}
let timer;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => search(input.value), 200);
});
input.closest('form').addEventListener('submit', (e) => {
  e.preventDefault();
  const u = new URL(location.href);
  u.searchParams.set('q', input.value);
  for (const [k, sel] of [
    ['kind', kindSelect],
    ['region', regionSelect],
  ]) {
    if (sel.value) u.searchParams.set(k, sel.value);
    else u.searchParams.delete(k);
  }
  history.replaceState(null, '', u);
  search(input.value);
});
retry.addEventListener('click', () => {
  search(input.value);
  input.focus();
});
for (const sel of [kindSelect, regionSelect]) sel.addEventListener('change', () => search(input.value));
const params = new URL(location.href).searchParams;
if (params.get('kind')) kindSelect.value = params.get('kind');
if (params.get('region')) regionSelect.value = params.get('region');
const initial = params.get('q');
if (initial) {
  input.value = initial;
  search(initial);
}
