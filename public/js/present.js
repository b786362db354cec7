// Slides: one at a time, keyboard (← → PageUp PageDown Space Home End) and click to move; the
// current slide is kept in the URL hash, so a link can open a given slide. N shows or hides the
// speaker notes (announced); the hand-out button prints every slide (print stylesheet).
(function () {
  var deck = document.querySelector('[data-deck]');
  if (!deck) return;
  var slides = Array.prototype.slice.call(deck.querySelectorAll('.slide'));
  var i = Math.max(
    0,
    slides.findIndex(function (s) {
      return '#' + s.id === location.hash;
    }),
  );
  deck.classList.add('js');
  var status = document.querySelector('[data-notes-status]');
  var vi = document.documentElement.lang !== 'en';
  function toggleNotes() {
    var on = deck.classList.toggle('notes-on');
    deck.querySelectorAll('details.notes').forEach(function (d) {
      d.open = on;
    });
    if (status)
      status.textContent = on
        ? vi
          ? 'Đã bật ghi chú người trình bày'
          : 'Speaker notes shown'
        : vi
          ? 'Đã tắt ghi chú người trình bày'
          : 'Speaker notes hidden';
  }
  document.querySelectorAll('[data-print]').forEach(function (b) {
    b.hidden = false;
    b.addEventListener('click', function () {
      window.print();
    });
  });
  function show(n) {
    i = Math.max(0, Math.min(slides.length - 1, n));
    slides.forEach(function (s, k) {
      s.classList.toggle('current', k === i);
      s.setAttribute('aria-hidden', k === i ? 'false' : 'true');
    });
    history.replaceState(null, '', '#' + slides[i].id);
  }
  document.addEventListener('keydown', function (e) {
    // Leave browser shortcuts alone, and let Enter/Space act on a focused link or control.
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (
      (e.key === 'Enter' || e.key === ' ') &&
      e.target.closest &&
      e.target.closest('a, button, input, select, textarea, summary')
    )
      return;
    if (['ArrowRight', 'PageDown', ' ', 'Enter'].indexOf(e.key) >= 0) {
      e.preventDefault();
      show(i + 1);
    } else if (['ArrowLeft', 'PageUp', 'Backspace'].indexOf(e.key) >= 0) {
      e.preventDefault();
      show(i - 1);
    } else if (e.key === 'Home') show(0);
    else if (e.key === 'End') show(slides.length - 1);
    else if ((e.key === 'n' || e.key === 'N') && !(e.target.closest && e.target.closest('input, textarea')))
      toggleNotes();
    else if (e.key === 'f' && document.documentElement.requestFullscreen)
      document.documentElement.requestFullscreen().catch(function () {});
  });
  deck.addEventListener('click', function (e) {
    if (e.target.closest('a, button, details')) return;
    show(e.clientX > window.innerWidth / 3 ? i + 1 : i - 1);
  });
  window.addEventListener('hashchange', function () {
    var n = slides.findIndex(function (s) {
      return '#' + s.id === location.hash;
    });
    if (n >= 0 && n !== i) show(n);
  });
  show(i);
})();
