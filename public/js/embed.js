// Runs inside an embedded chart (/embed/<id>/). Applies the embed options from the URL and
// tells the host page how tall the chart is, in every dialect hosts already understand:
//   ours:        { "kc-embed": { "height": px, "id": "<chart id>" } }   (matched by event.source)
//   Datawrapper: { "datawrapper-height": { "<chart id>": px } }
//   WordPress:   { message: "height", value: px, secret }  only once the URL has #?secret=…
//   AMP:         { sentinel: "amp", type: "embed-size", height: px }
//   Pym.js:      "pymxPYMx<childId>xPYMxheightxPYMx<px>"  when Pym's parent made the frame
// Hosts that start listening late ask again (our resizer's ping, WordPress's `ready`, Pym's
// `width`), and each is answered with the current height. Nothing here ever asks the host to
// navigate (no WordPress `link`, no Pym `navigateTo`).
(function () {
  var params = new URLSearchParams(location.search);
  var root = document.documentElement;
  var lang = params.get('lang');
  if (lang && lang !== root.lang && (lang === 'vi' || lang === 'en')) {
    var target =
      lang === 'en'
        ? location.pathname.replace(/^\/embed\//, '/en/embed/')
        : location.pathname.replace(/^\/en\/embed\//, '/embed/');
    params.delete('lang');
    var qs = params.toString();
    location.replace(target + (qs ? '?' + qs : '') + location.hash);
    return;
  }
  var dark = params.get('dark');
  if (dark === 'true') root.setAttribute('data-theme', 'dark');
  else if (dark === 'false') root.setAttribute('data-theme', 'light');
  if (params.has('plain')) root.classList.add('plain');
  var fig = document.querySelector('[data-chart]');
  var id = fig ? fig.getAttribute('data-chart') : '';
  // WordPress puts the secret in the hash, at load or later (wp-embed adds it to frames without one).
  function urlSecret() {
    return (/[#&?]secret=([A-Za-z0-9]+)/.exec(location.hash) || [])[1];
  }
  var secret = urlSecret();
  // Pym.js's parent adds ?initialWidth=…&childId=<its container id>&parentTitle=…&parentUrl=…
  var pym = params.get('childId');
  var X = 'xPYMx';
  var last = 0;
  function post(force) {
    if (window.parent === window) return;
    var h = Math.ceil(root.getBoundingClientRect().height);
    if (h === last && !force) return;
    last = h;
    var p = window.parent;
    var dw = {};
    dw[id] = h;
    p.postMessage({ 'kc-embed': { height: h, id: id } }, '*');
    p.postMessage({ 'datawrapper-height': dw }, '*');
    p.postMessage({ sentinel: 'amp', type: 'embed-size', height: h }, '*');
    if (secret) p.postMessage({ message: 'height', value: h, secret: secret }, '*');
    if (pym) p.postMessage('pym' + X + pym + X + 'height' + X + h, '*');
  }
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (e.source !== window.parent || !d) return;
    // Our resizer, loaded after us.
    if (d['kc-embed'] === 'ping') post(true);
    // WordPress's host script, loaded after us: answer only the frame's own secret.
    else if (d.message === 'ready' && typeof d.secret === 'string' && d.secret) {
      if (d.secret !== secret && urlSecret() === d.secret) secret = d.secret;
      if (d.secret === secret) post(true);
    }
    // Pym's parent sends its width on load and resize: answer with the height.
    else if (pym && typeof d === 'string' && d.indexOf('pym' + X + pym + X + 'width' + X) === 0) post(true);
  });
  window.addEventListener('hashchange', function () {
    var s = urlSecret();
    if (s && s !== secret) {
      secret = s;
      post(true);
    }
  });
  if ('ResizeObserver' in window)
    new ResizeObserver(function () {
      post();
    }).observe(root);
  window.addEventListener('load', function () {
    post();
  });
  window.addEventListener('resize', function () {
    post();
  });
  post();
})();
