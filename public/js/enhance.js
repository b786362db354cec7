// Small enhancements for readers with JavaScript (the page works without it):
// - chart view toggles are kept in the URL (?<chart-id>=share), so a shared link opens that view;
// - so is the tile map's choice of the 63 provinces or the 34 units (?map=34);
// - share buttons use the system share sheet where there is one, and copy the link otherwise;
// - copy buttons for the embed code and the citation.
(function () {
  var url = new URL(location.href);
  document.querySelectorAll('figure.chart[data-chart], figure.switchable[id]').forEach(function (fig) {
    var id = fig.getAttribute('data-chart') || fig.id;
    var wanted = url.searchParams.get(id) || url.searchParams.get('view');
    fig.querySelectorAll('.views input').forEach(function (input) {
      if (wanted && input.value === wanted) input.checked = true;
      input.addEventListener('change', function () {
        var u = new URL(location.href);
        var base = fig.getAttribute('data-base-path');
        var first = input.getAttribute('data-i') === '0';
        // On a chart's own page each view has a page built in advance (with its own preview
        // image); elsewhere the view goes in the query string.
        if (base) u.pathname = first ? base : base + input.value + '/';
        else if (first) u.searchParams.delete(id);
        else u.searchParams.set(id, input.value);
        history.replaceState(null, '', u);
      });
    });
  });
  // The tile map's 63/34 switch: ?map=34 (or ?map=63 where the 34 show first) opens that map.
  document.querySelectorAll('figure.tiles .maps').forEach(function (set) {
    var wanted = url.searchParams.get('map');
    var dflt = set.getAttribute('data-default');
    set.querySelectorAll('input').forEach(function (input) {
      if (wanted && input.value === wanted) input.checked = true;
      input.addEventListener('change', function () {
        var u = new URL(location.href);
        if (input.value === dflt) u.searchParams.delete('map');
        else u.searchParams.set('map', input.value);
        history.replaceState(null, '', u);
      });
    });
  });
  function copy(text, button) {
    var done = function () {
      var old = button.textContent;
      button.textContent = button.getAttribute('data-done') || '✓';
      setTimeout(function () {
        button.textContent = old;
      }, 1500);
    };
    if (navigator.clipboard) navigator.clipboard.writeText(text).then(done, function () {});
  }
  document.querySelectorAll('[data-share]').forEach(function (b) {
    b.hidden = false;
    b.addEventListener('click', function () {
      var link = location.href;
      if (navigator.share) navigator.share({ title: document.title, url: link }).catch(function () {});
      else copy(link, b);
    });
  });
  document.querySelectorAll('[data-copy]').forEach(function (b) {
    b.hidden = false;
    b.addEventListener('click', function () {
      var el = document.getElementById(b.getAttribute('data-copy'));
      if (el) copy(el.value || el.textContent, b);
    });
  });
})();
