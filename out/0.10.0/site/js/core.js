/**
 * Site core: loading the data files (script tags: works from file://),
 * building DOM from data with text nodes only (never innerHTML), safe links,
 * and the quote card shared by the quotes and speaker views.
 * Classic script (no modules: file:// blocks them); everything hangs off window.WSW.
 */
(function () {
  'use strict';
  var W = (self.WSW = self.WSW || {});
  var loading = {};
  var SAFE_URL = /^(https?:|mailto:)/i;

  /** Loads data/<path> once and resolves with WSW_DATA[name]. */
  W.load = function (path, name) {
    if (self.WSW_DATA && name in self.WSW_DATA) return Promise.resolve(self.WSW_DATA[name]);
    if (!loading[path]) {
      loading[path] = new Promise(function (resolve, reject) {
        var s = document.createElement('script');
        s.src = path;
        s.onload = function () {
          if (self.WSW_DATA && name in self.WSW_DATA) resolve(self.WSW_DATA[name]);
          else reject(new Error('the data file ' + path + ' did not define ' + name));
        };
        s.onerror = function () {
          delete loading[path];
          reject(new Error('cannot load ' + path + ' (is the site folder complete?)'));
        };
        document.head.appendChild(s);
      });
    }
    return loading[path];
  };

  /** The URL when it is an http(s) or mailto link, else null (javascript: and data: never become links). */
  W.safeUrl = function (url) {
    return typeof url === 'string' && SAFE_URL.test(url.trim()) ? url.trim() : null;
  };

  /**
   * Creates an element. attrs: class, href (internal, starting with #), url (external: checked),
   * any other attribute set with setAttribute. Children: nodes, or strings added as text.
   */
  W.el = function (tag, attrs) {
    var node = document.createElement(tag);
    var a = attrs || {};
    Object.keys(a).forEach(function (k) {
      var v = a[k];
      if (v === null || v === undefined || v === false) return;
      if (k === 'class') node.className = v;
      else if (k === 'url') {
        var safe = W.safeUrl(v);
        if (safe) {
          node.setAttribute('href', safe);
          node.setAttribute('rel', 'noopener noreferrer nofollow');
        }
      } else node.setAttribute(k, String(v));
    });
    for (var i = 2; i < arguments.length; i++) W.append(node, arguments[i]);
    return node;
  };

  /** Appends a node, a string (as text) or an array of them. */
  W.append = function (parent, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) child.forEach(function (c) { W.append(parent, c); });
    else if (typeof child === 'string' || typeof child === 'number') parent.appendChild(document.createTextNode(String(child)));
    else parent.appendChild(child);
  };

  /** Removes every child of a node. */
  W.clear = function (node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  };

  /** yyyy-mm-dd of an ISO date, or 'no date'. */
  W.day = function (iso) {
    return iso ? String(iso).slice(0, 10) : 'no date';
  };

  W.chunkName = function (c) {
    return 'quotes-' + String(c).padStart(3, '0');
  };

  /** The chunk holding a list position: the last chunk starting at or before it (meta.chunkStarts, in order). */
  function chunkOf(p) {
    var starts = W.meta.chunkStarts;
    var lo = 0;
    var hi = starts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= p) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The display rows at these list positions, loading the chunks they are in. */
  W.rows = function (positions) {
    var chunks = [];
    positions.forEach(function (p) {
      var c = chunkOf(p);
      if (chunks.indexOf(c) < 0) chunks.push(c);
    });
    return Promise.all(chunks.map(function (c) {
      return W.load('data/' + W.chunkName(c) + '.js', W.chunkName(c));
    })).then(function () {
      return positions.map(function (p) {
        var c = chunkOf(p);
        return self.WSW_DATA[W.chunkName(c)][p - W.meta.chunkStarts[c]];
      });
    });
  };

  /** Link to a speaker: the speaker view for an actor, else the quotes filtered by that name. */
  W.speakerLink = function (row) {
    var href = row.actor ? '#/speaker/' + encodeURIComponent(row.actor) : '#/quotes?speaker=' + encodeURIComponent(row.speaker);
    return W.el('a', { href: href, class: 'speaker' }, row.speaker);
  };

  W.countryName = function (code) {
    return (W.meta.countryNames && W.meta.countryNames[code]) || code;
  };

  /** One quote as a list item: the words, who said them, and where. */
  W.quoteCard = function (row) {
    var words = W.el('blockquote', { class: 'quote-text' }, W.el('span', { class: 'words' }, row.text));
    if (row.before || row.after) {
      words = W.el('blockquote', { class: 'quote-text' },
        W.el('span', { class: 'context' }, row.before ? '… ' + row.before + ' ' : ''),
        W.el('span', { class: 'words' }, row.text),
        W.el('span', { class: 'context' }, row.after ? ' ' + row.after + ' …' : ''));
    }
    var who = W.el('p', { class: 'who' }, W.speakerLink(row), ' ', W.el('span', { class: 'badge' }, row.speakerType));
    if (row.speakerTitle) W.append(who, [', ', W.el('span', { class: 'title' }, row.speakerTitle)]);
    if (row.affiliation) W.append(who, [', ', W.el('span', { class: 'affiliation' }, row.affiliation)]);
    if (row.cue) W.append(who, [' — ', W.el('span', { class: 'cue' }, row.cue)]);
    W.append(who, [' ', W.el('span', { class: 'badge kind' }, row.kind)]);
    var where = W.el('p', { class: 'meta where' },
      W.el('a', { href: '#/article/' + encodeURIComponent(row.article) + '?quote=' + encodeURIComponent(row.id), class: 'article-link' }, row.articleTitle || '(untitled article)'),
      ' · ', W.el('span', { class: 'site' }, row.site || 'unknown site'),
      ' · ', W.el('time', { datetime: row.date ? W.day(row.date) : null }, W.day(row.date)));
    if (W.safeUrl(row.url)) W.append(where, [' · ', W.el('a', { url: row.url, class: 'original' }, 'original page')]);
    if (W.safeUrl(row.source)) W.append(where, [' · ', W.el('a', { url: row.source, class: 'source' }, 'backing source')]);
    if (row.countries.length) W.append(where, [' · ', W.el('span', { class: 'countries' }, row.countries.map(W.countryName).join(', '))]);
    return W.el('li', { class: 'quote-card', 'data-quote-id': row.id }, words, who, where);
  };

  /** Shows an error where a view would be. */
  W.fail = function (container, error) {
    W.clear(container);
    W.append(container, W.el('p', { class: 'note', role: 'alert' }, 'Could not show this view: ' + (error && error.message ? error.message : String(error))));
  };
})();
