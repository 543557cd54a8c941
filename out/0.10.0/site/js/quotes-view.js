/**
 * The quotes view: search (MiniSearch index shards built at publish time,
 * loaded when a search needs them), filters over the facet columns, sorting, and paging that
 * loads only the chunks of the rows shown. The state lives in the URL
 * (#/quotes?q=…&country=…), so a filtered list can be bookmarked.
 */
(function () {
  'use strict';
  var W = (self.WSW = self.WSW || {});
  var PAGE = 50;
  var FIELDS = ['q', 'speaker', 'type', 'country', 'site', 'kind', 'from', 'to', 'sort'];
  var shards = {};
  var state = { params: {}, page: 0, results: [] };
  var $ = function (id) { return document.getElementById(id); };

  function fillSelect(id, values, label) {
    var sel = $(id);
    values.forEach(function (v, i) {
      sel.appendChild(W.el('option', { value: String(i) }, label ? label(v) : v));
    });
  }

  /** Fills the filter controls from the facets (once). */
  W.initQuoteFilters = function () {
    var f = W.facets;
    // On a phone the filters start folded, so the quotes are on the first screen.
    if (self.matchMedia && matchMedia('(max-width: 40rem)').matches) $('more-filters').open = false;
    fillSelect('f-type', f.types);
    fillSelect('f-country', f.countries, function (c) { return c[1] + ' (' + c[0] + ')'; });
    fillSelect('f-site', f.sites);
    fillSelect('f-kind', f.kinds);
    // The speaker suggestions (tens of thousands in a large dataset) are added when first needed.
    $('f-speaker').addEventListener('focus', function () {
      var list = $('speaker-names');
      if (list.firstChild) return;
      f.speakers.forEach(function (s) { list.appendChild(W.el('option', { value: s })); });
    });
    $('quote-filters').addEventListener('submit', function (e) {
      e.preventDefault();
      location.hash = '#/quotes?' + formQuery();
    });
    $('quote-filters').addEventListener('reset', function () {
      setTimeout(function () { location.hash = '#/quotes'; }, 0);
    });
    ['f-type', 'f-country', 'f-site', 'f-kind', 'f-sort', 'f-from', 'f-to'].forEach(function (id) {
      $(id).addEventListener('change', function () { location.hash = '#/quotes?' + formQuery(); });
    });
    $('page-prev').addEventListener('click', function () { go(state.page - 1); });
    $('page-next').addEventListener('click', function () { go(state.page + 1); });
  };

  function formQuery() {
    var q = new URLSearchParams();
    FIELDS.forEach(function (name) {
      var v = $('f-' + name).value.trim();
      if (name === 'country' && v) v = W.facets.countries[Number(v)][0];
      if (['type', 'site', 'kind'].indexOf(name) >= 0 && v) v = W.facets[name === 'type' ? 'types' : name + 's'][Number(v)];
      if (v) q.set(name, v);
    });
    return q.toString();
  }

  /** Puts the URL's parameters back into the form (values are names, the selects hold positions). */
  function showParams(p) {
    var f = W.facets;
    if (['speaker', 'type', 'country', 'site', 'kind', 'from', 'to', 'sort'].some(function (k) { return p[k]; })) $('more-filters').open = true;
    $('f-q').value = p.q || '';
    $('f-speaker').value = p.speaker || '';
    $('f-type').value = p.type ? String(f.types.indexOf(p.type)) : '';
    $('f-country').value = p.country ? String(f.countries.findIndex(function (c) { return c[0] === p.country; })) : '';
    $('f-site').value = p.site ? String(f.sites.indexOf(p.site)) : '';
    $('f-kind').value = p.kind ? String(f.kinds.indexOf(p.kind)) : '';
    $('f-from').value = p.from || '';
    $('f-to').value = p.to || '';
    $('f-sort').value = p.sort || '';
  }

  /** The letter of a lower-case word (as pipeline/site/search-buckets.ts): first letter a–z, else '_'. */
  function shardOf(term) {
    var c = term.charAt(0);
    return c >= 'a' && c <= 'z' ? c : '_';
  }

  /** Loads a shard (bucket-letter) once. */
  function loadShard(name) {
    if (shards[name]) return Promise.resolve(shards[name]);
    return W.load('data/search-' + name + '.js', 'search-' + name).then(function (json) {
      shards[name] = self.MiniSearch.loadJS(json, { fields: W.meta.searchFields, storeFields: [] });
      return shards[name];
    });
  }

  /** List positions of each search bucket's quotes, in rank order (a shard numbers its quotes by rank in their bucket). */
  var bucketPositions = null;
  function positionsOf(bucket) {
    if (!bucketPositions) {
      bucketPositions = [];
      for (var b = 0; b < W.meta.searchBuckets; b++) bucketPositions.push([]);
      W.facets.bucket.forEach(function (b, p) { bucketPositions[b].push(p); });
    }
    return bucketPositions[bucket];
  }

  /** Scores (list position → score) of the quotes of one bucket matching every word of the query, from the shards of its letters. */
  function searchBucket(query, bucket, letters) {
    return Promise.all(letters.map(function (l) { return loadShard(bucket + '-' + l); })).then(function (indexes) {
      var scores = null;
      indexes.forEach(function (index, i) {
        var letter = letters[i];
        var found = new Map();
        index.search(query, {
          prefix: true,
          fuzzy: 0.15,
          combineWith: 'AND',
          processTerm: function (t) { var l = t.toLowerCase(); return shardOf(l) === letter ? l : null; },
        }).forEach(function (h) { found.set(h.id, h.score + (scores ? scores.get(h.id) || 0 : 0)); });
        if (scores) found.forEach(function (_, id) { if (!scores.has(id)) found.delete(id); });
        scores = found;
      });
      var positions = positionsOf(bucket);
      var byPosition = new Map();
      scores.forEach(function (score, id) { byPosition.set(positions[id], score); });
      return byPosition;
    });
  }

  /**
   * Positions of the quotes matching every word of the query (prefix and slight
   * typos allowed), best first. Loads only the index shards of the query's
   * words' letters, in each bucket that has them all.
   */
  function searchQuotes(query) {
    var tokenize = self.MiniSearch.getDefault('tokenize');
    var letters = [];
    tokenize(query).forEach(function (t) {
      var s = shardOf(t.toLowerCase());
      if (t && letters.indexOf(s) < 0) letters.push(s);
    });
    if (!letters.length) return Promise.resolve([]);
    var buckets = [];
    for (var b = 0; b < W.meta.searchBuckets; b++) {
      var all = letters.every(function (l) { return W.meta.searchShards.indexOf(b + '-' + l) >= 0; });
      if (all) buckets.push(b);
    }
    return Promise.all(buckets.map(function (b) { return searchBucket(query, b, letters); })).then(function (found) {
      var scores = new Map();
      found.forEach(function (m) { m.forEach(function (score, p) { scores.set(p, score); }); });
      return Array.from(scores.keys()).sort(function (a, b) { return scores.get(b) - scores.get(a) || a - b; });
    });
  }

  function dayOf(value) {
    return value ? Number(value.replace(/-/g, '')) : 0;
  }

  /** Positions matching the filters, in the requested order. */
  function filtered(p, hits) {
    var f = W.facets;
    var n = f.count;
    var order;
    if (hits && p.sort === 'relevance') order = hits;
    else if (p.sort === 'speaker') order = f.bySpeaker;
    else if (p.sort === 'old') order = Array.from({ length: n }, function (_, i) { return n - 1 - i; });
    else order = Array.from({ length: n }, function (_, i) { return i; });
    var hitSet = hits ? new Set(hits) : null;
    var speakers = null;
    if (p.speaker) {
      var wanted = p.speaker.toLowerCase();
      var exact = f.speakers.findIndex(function (s) { return s.toLowerCase() === wanted; });
      speakers = new Set();
      f.speakers.forEach(function (s, i) {
        if (exact >= 0 ? i === exact : s.toLowerCase().indexOf(wanted) >= 0) speakers.add(i);
      });
    }
    var type = p.type ? f.types.indexOf(p.type) : -1;
    var site = p.site ? f.sites.indexOf(p.site) : -1;
    var kind = p.kind ? f.kinds.indexOf(p.kind) : -1;
    var country = p.country ? f.countries.findIndex(function (c) { return c[0] === p.country; }) : -1;
    var from = dayOf(p.from);
    var to = dayOf(p.to);
    return order.filter(function (i) {
      if (hitSet && !hitSet.has(i)) return false;
      if (speakers && !speakers.has(f.speaker[i])) return false;
      if (p.type && f.type[i] !== type) return false;
      if (p.site && f.site[i] !== site) return false;
      if (p.kind && f.kind[i] !== kind) return false;
      if (p.country && f.country[i].indexOf(country) < 0) return false;
      if (from && (f.day[i] === 0 || f.day[i] < from)) return false;
      if (to && (f.day[i] === 0 || f.day[i] > to)) return false;
      return true;
    });
  }

  function go(page) {
    state.page = Math.max(0, Math.min(page, Math.ceil(state.results.length / PAGE) - 1));
    return renderPage().then(function () { $('h-quotes').scrollIntoView(); });
  }

  function renderPage() {
    var list = $('quote-list');
    var pages = Math.max(1, Math.ceil(state.results.length / PAGE));
    var shown = state.results.slice(state.page * PAGE, (state.page + 1) * PAGE);
    list.removeAttribute('data-ready');
    return W.rows(shown).then(function (rows) {
      W.clear(list);
      rows.forEach(function (r) { list.appendChild(W.quoteCard(r)); });
      $('page-info').textContent = 'Page ' + (state.page + 1) + ' of ' + pages;
      $('page-prev').disabled = state.page === 0;
      $('page-next').disabled = state.page >= pages - 1;
      list.setAttribute('data-ready', String(state.results.length));
    });
  }

  /** Shows the first page of the unfiltered list (needs only meta.js and the first chunk). */
  W.showFirstPage = function () {
    var n = W.meta.quotes;
    state.params = {};
    state.results = Array.from({ length: n }, function (_, i) { return i; });
    state.page = 0;
    $('quote-count').textContent = n + ' of ' + n + ' quotes';
    return renderPage();
  };

  /** Shows the quotes view for the URL's parameters. */
  W.showQuotes = function (params) {
    var p = {};
    FIELDS.forEach(function (k) { if (params.get(k)) p[k] = params.get(k); });
    showParams(p);
    var count = $('quote-count');
    // The first search loads index shards (megabytes in a large dataset): say so meanwhile.
    if (p.q) count.textContent = 'Searching…';
    var hits = p.q ? searchQuotes(p.q) : Promise.resolve(null);
    return hits.then(function (h) {
      state.params = p;
      state.results = filtered(p, h);
      state.page = 0;
      count.textContent = state.results.length + ' of ' + W.facets.count + ' quotes' + (Object.keys(p).length ? ' match' : '');
      return renderPage();
    }).catch(function (e) { W.fail($('quote-list'), e); });
  };
})();
