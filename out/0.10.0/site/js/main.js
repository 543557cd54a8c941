/**
 * The router: #/quotes?…, #/article/<id>?quote=<id>, #/speaker/<id>,
 * #/charts, #/about. Shows one view, marks the current link in the menu and
 * moves the focus to the view's heading when the view changes.
 */
(function () {
  'use strict';
  var W = (self.WSW = self.WSW || {});
  var VIEWS = ['quotes', 'article', 'speaker', 'charts', 'about'];
  var current = null;

  function parse(hash) {
    var h = (hash || '').replace(/^#\/?/, '');
    var q = h.indexOf('?');
    var path = q >= 0 ? h.slice(0, q) : h;
    var parts = path.split('/').map(function (p) { try { return decodeURIComponent(p); } catch (e) { return p; } });
    return { view: VIEWS.indexOf(parts[0]) >= 0 ? parts[0] : 'quotes', arg: parts[1] || '', params: new URLSearchParams(q >= 0 ? h.slice(q + 1) : '') };
  }

  /** Shows the route's view, hides the others, marks the menu. */
  function reveal(route) {
    VIEWS.forEach(function (v) { document.getElementById('view-' + v).hidden = v !== route.view; });
    document.querySelectorAll('header.top a[data-view]').forEach(function (a) {
      if (a.getAttribute('data-view') === route.view) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    });
  }

  function show(route) {
    reveal(route);
    var changed = current !== null && current !== route.view + route.arg;
    current = route.view + route.arg;
    var done;
    if (route.view === 'quotes') done = W.showQuotes(route.params);
    else if (route.view === 'article') done = W.showArticle(route.arg, route.params.get('quote'));
    else if (route.view === 'speaker') done = W.showSpeaker(route.arg);
    else done = Promise.resolve();
    return done.then(function () {
      var hasTarget = route.view === 'article' && route.params.get('quote');
      if (changed && !hasTarget) document.getElementById('h-' + route.view).focus();
    });
  }

  /** Time to first render, read by the site benchmark (ms since the navigation started). */
  function markFirstRender() {
    if (self.performance && performance.mark && !performance.getEntriesByName('wsw-first-render').length) performance.mark('wsw-first-render');
  }

  /**
   * Opening on the plain quotes list shows its first page before the filter
   * columns (megabytes at 100,000 quotes) are loaded; any other route waits for them.
   */
  function start() {
    W.meta = self.WSW_DATA.meta;
    var route = parse(location.hash);
    var plain = route.view === 'quotes' && !Array.from(route.params.keys()).length;
    if (plain) {
      reveal(route);
      current = 'quotes';
    }
    var first = plain ? W.showFirstPage().then(markFirstRender) : Promise.resolve();
    first.then(function () {
      return W.load('data/facets.js', 'facets');
    }).then(function (facets) {
      W.facets = facets;
      W.initQuoteFilters();
      window.addEventListener('hashchange', function () { show(parse(location.hash)); });
      return plain ? null : show(route);
    }).then(function () {
      markFirstRender();
      document.body.setAttribute('data-started', 'true');
    }).catch(function (e) { W.fail(document.getElementById('quote-list'), e); });
  }

  start();
})();
