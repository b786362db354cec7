// Runs inside an embedded chart (/embed/<id>/). Applies the embed options from the URL and
// tells the host page how tall the chart is, in every dialect hosts already understand:
//   ours:        { "kc-embed": { "height": px, "id": "<chart id>" } }   (matched by event.source)
//   Datawrapper: { "datawrapper-height": { "<chart id>": px } }
//   WordPress:   { message: "height", value: px, secret }  when the URL has #?secret=…
//   AMP:         { sentinel: "amp", type: "embed-size", height: px }
(function () {
  var params = new URLSearchParams(location.search);
  var root = document.documentElement;
  var lang = params.get('lang');
  if (lang && lang !== root.lang && (lang === 'vi' || lang === 'en')) {
    var target = lang === 'en' ? location.pathname.replace(/^\/embed\//, '/en/embed/') : location.pathname.replace(/^\/en\/embed\//, '/embed/');
    params.delete('lang');
    var qs = params.toString();
    location.replace(target + (qs ? '?' + qs : '') + location.hash);
    return;
  }
  var dark = params.get('dark');
  if (dark === 'true') root.setAttribute('data-theme', 'dark');
  else if (dark === 'false') root.setAttribute('data-theme', 'light');
  if (params.has('plain')) root.classList.add('plain');
  var id = (document.querySelector('[data-chart]') || {}).getAttribute ? document.querySelector('[data-chart]').getAttribute('data-chart') : '';
  var secret = (/[#&?]secret=([A-Za-z0-9]+)/.exec(location.hash) || [])[1];
  var last = 0;
  function post() {
    if (window.parent === window) return;
    var h = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (h === last) return;
    last = h;
    var dw = {}; dw[id] = h;
    window.parent.postMessage({ 'kc-embed': { height: h, id: id } }, '*');
    window.parent.postMessage({ 'datawrapper-height': dw }, '*');
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: h }, '*');
    if (secret) window.parent.postMessage({ message: 'height', value: h, secret: secret }, '*');
  }
  // A resizer that loaded after us asks for the height again.
  window.addEventListener('message', function (e) {
    if (e.source === window.parent && e.data && e.data['kc-embed'] === 'ping') { last = 0; post(); }
  });
  if ('ResizeObserver' in window) new ResizeObserver(post).observe(document.documentElement);
  window.addEventListener('load', post);
  window.addEventListener('resize', post);
  post();
})();
