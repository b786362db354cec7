// Offline support (the worker is /sw.js, built by scripts/lib/offline.ts with Workbox):
// - registers the service worker;
// - marks the presentation "available offline" once the worker is active (it activates only
//   after every precached file is stored);
// - when a new build has been installed and is waiting, offers to reload; only on the reader's
//   "Reload" does the new worker take over (SKIP_WAITING), then the page reloads under it.
(function () {
  if (!('serviceWorker' in navigator)) return;
  var sw = navigator.serviceWorker;
  // The offer's words come from the page's dictionary (src/i18n), on this script's tag.
  var words = (document.currentScript || {}).dataset || {};
  var accepted = false;
  function offer(worker) {
    if (document.querySelector('.sw-update')) return;
    var box = document.createElement('div');
    box.className = 'sw-update';
    box.setAttribute('role', 'status');
    var text = document.createElement('p');
    text.textContent = words.update;
    var yes = document.createElement('button');
    yes.type = 'button';
    yes.className = 'btn';
    yes.setAttribute('data-sw-reload', '');
    yes.textContent = words.reload;
    var no = document.createElement('button');
    no.type = 'button';
    no.className = 'btn';
    no.textContent = words.later;
    yes.addEventListener('click', function () {
      accepted = true;
      yes.disabled = true;
      worker.postMessage({ type: 'SKIP_WAITING' });
    });
    no.addEventListener('click', function () {
      box.remove();
    });
    box.append(text, yes, no);
    document.body.append(box);
  }
  sw.addEventListener('controllerchange', function () {
    if (accepted) location.reload();
  });
  sw.register('/sw.js')
    .then(function (reg) {
      // A worker already waiting (installed during an earlier visit) when a controlled page opens.
      if (reg.waiting && sw.controller) offer(reg.waiting);
      reg.addEventListener('updatefound', function () {
        var w = reg.installing;
        if (!w) return;
        w.addEventListener('statechange', function () {
          if (w.state === 'installed' && sw.controller) offer(w);
        });
      });
    })
    .catch(function () {});
  var mark = document.querySelector('[data-offline-mark]');
  if (mark)
    sw.ready.then(function () {
      mark.hidden = false;
    });
})();
