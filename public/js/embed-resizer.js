// The host-page half of the embed code. Sizes every embedded chart iframe on the page from the
// height messages the chart posts. A message is matched to its iframe by event.source (the
// iframe's window), never by id, so two copies of one chart size independently. Safe on any
// page: it touches only iframes that sent a height message, and never throws.
(function () {
  if (window.__kcEmbedResizer) return;
  window.__kcEmbedResizer = true;
  // The frames may have loaded (and posted their height) before this script: ask them again.
  function ping() {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      try { if (frames[i].contentWindow) frames[i].contentWindow.postMessage({ 'kc-embed': 'ping' }, '*'); } catch (e) { /* never break the host */ }
    }
  }
  ping();
  if (document.readyState !== 'complete') window.addEventListener('load', ping);
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || !data['kc-embed']) return;
    var height = Number(data['kc-embed'].height);
    if (!(height > 0 && height < 20000)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = height + 'px';
        frames[i].setAttribute('height', String(height));
        return;
      }
    }
  });
})();
