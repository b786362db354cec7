// The host-page half of the embed code. Sizes the site's embedded chart iframes from the height
// messages the charts post, and nothing else on the page:
// - a message counts only if it comes from the site's own origin (the origin this script was
//   loaded from) and from the window of an iframe whose src is one of the site's embed URLs;
// - it is matched to its iframe by event.source (the iframe's window), never by id, so two copies
//   of one chart size independently;
// - heights are clamped to a sane range, so even our own frame cannot take over the page.
// Safe on any page: it never throws and never touches another frame.
(function () {
  if (window.__kcEmbedResizer) return;
  window.__kcEmbedResizer = true;
  var MIN = 120;
  var MAX = 4000;
  var script = document.currentScript;
  var origin;
  try {
    origin = new URL(script && script.src ? script.src : '', window.location.href).origin;
  } catch (e) {
    return; // without knowing our own origin we trust nobody
  }
  var EMBED_PATH = /^\/(en\/)?embed\/[^/]+\/?$/;

  function isOurEmbed(frame) {
    try {
      var url = new URL(frame.getAttribute('src') || '', window.location.href);
      return url.origin === origin && EMBED_PATH.test(url.pathname);
    } catch (e) {
      return false;
    }
  }
  function ourFrames() {
    var out = [];
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) if (isOurEmbed(frames[i])) out.push(frames[i]);
    return out;
  }
  // The frames may have loaded (and posted their height) before this script: ask them again.
  function ping() {
    var frames = ourFrames();
    for (var i = 0; i < frames.length; i++) {
      try {
        if (frames[i].contentWindow) frames[i].contentWindow.postMessage({ 'kc-embed': 'ping' }, origin);
      } catch (e) {
        /* never break the host */
      }
    }
  }
  ping();
  if (document.readyState !== 'complete') window.addEventListener('load', ping);
  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || !data['kc-embed'] || typeof data['kc-embed'] !== 'object') return;
    var height = Number(data['kc-embed'].height);
    if (!Number.isFinite(height) || height <= 0) return;
    height = Math.round(Math.min(MAX, Math.max(MIN, height)));
    var frames = ourFrames();
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = height + 'px';
        frames[i].setAttribute('height', String(height));
        return;
      }
    }
  });
})();
