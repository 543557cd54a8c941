/**
 * The article view: the main text with every quote highlighted at its
 * offsets (code points) and its speaker shown, block quotations set apart with
 * their inner quotes and [Source] link, actors and countries marked, and the
 * lists of quotes, links, actors and countries under the text.
 */
(function () {
  'use strict';
  var W = (self.WSW = self.WSW || {});

  function spansOf(a) {
    var spans = [];
    a.quotes.forEach(function (q) { spans.push({ start: q.start, end: q.end, type: q.kind === 'block' ? 'block' : 'quote', quote: q }); });
    a.links.forEach(function (l) { if (l.start !== null && l.end !== null) spans.push({ start: l.start, end: l.end, type: 'link', link: l }); });
    a.actors.forEach(function (m) { spans.push({ start: m[0], end: m[1], type: 'actor', actor: m[2] }); });
    a.countries.forEach(function (m) { spans.push({ start: m[0], end: m[1], type: 'country', country: m[2], via: m[3] }); });
    return spans;
  }

  function linkFor(a, id) {
    return a.links.find(function (l) { return l.id === id; }) || null;
  }

  /** The element that marks one span. */
  function maker(a) {
    return function (node) {
      var data = { 'data-start': node.start, 'data-end': node.end };
      if (node.type === 'block') {
        var q = node.quote;
        var link = linkFor(a, q.link);
        var caption = W.el('p', { class: 'block-caption' }, 'Block quotation from ', W.el('strong', {}, q.speaker));
        if (link && W.safeUrl(link.url)) W.append(caption, [' — ', W.el('a', { url: link.url, class: 'block-source' }, link.text || '[Source]')]);
        return { element: W.el('blockquote', Object.assign({ class: 'block', id: 'quote-' + q.id, 'data-quote-id': q.id, 'data-speaker': q.speaker, tabindex: '-1' }, data)), after: caption };
      }
      if (node.type === 'quote') {
        var qq = node.quote;
        var label = qq.speaker + (qq.cue ? ' (' + qq.cue + ')' : '');
        return { element: W.el('mark', Object.assign({ class: 'quote kind-' + qq.kind, id: 'quote-' + qq.id, 'data-quote-id': qq.id, 'data-speaker': qq.speaker, title: label, tabindex: '0' }, data)) };
      }
      if (node.type === 'link') {
        return { element: W.el('a', Object.assign({ url: node.link.url, class: 'inline-link kind-' + node.link.kind, 'data-link-id': node.link.id }, data)) };
      }
      if (node.type === 'actor') {
        var name = a.names[node.actor];
        return { element: W.el('a', Object.assign({ class: 'actor', href: '#/speaker/' + encodeURIComponent(node.actor), 'data-actor-id': node.actor, title: name ? name[0] + ' (' + name[1] + ')' : node.actor }, data)) };
      }
      return { element: W.el('span', Object.assign({ class: 'country', 'data-country': node.country, title: (a.countryNames[node.country] || node.country) + ' (' + node.via + ')' }, data)) };
    };
  }

  /** Drops the blank lines around block quotations (their margins separate them). */
  function tidyBlocks(container) {
    container.querySelectorAll('blockquote.block').forEach(function (b) {
      var prev = b.previousSibling;
      if (prev && prev.nodeType === 3) prev.textContent = prev.textContent.replace(/\n+$/, '');
      var caption = b.nextSibling;
      var next = caption && caption.nextSibling;
      if (next && next.nodeType === 3) next.textContent = next.textContent.replace(/^\n+/, '');
    });
  }

  function list(title, items) {
    return W.el('section', { class: 'side-list' }, W.el('h3', {}, title + ' (' + items.length + ')'),
      items.length ? W.el('ul', {}, items.map(function (i) { return W.el('li', {}, i); })) : W.el('p', { class: 'note' }, 'None.'));
  }

  function lists(a) {
    var quotes = a.quotes.map(function (q) {
      return [W.el('a', { href: '#/article/' + encodeURIComponent(a.id) + '?quote=' + encodeURIComponent(q.id) }, '“' + (q.text.length > 90 ? q.text.slice(0, 90) + '…' : q.text) + '”'),
        ' — ', q.speaker, q.cue ? ' (' + q.cue + ')' : '', ' ', W.el('span', { class: 'badge' }, q.kind)];
    });
    var links = a.links.map(function (l) {
      return [W.safeUrl(l.url) ? W.el('a', { url: l.url }, l.text || l.url) : (l.text || l.url), ' ', W.el('span', { class: 'badge' }, l.kind)];
    });
    var ids = Object.keys(a.names).sort(function (x, y) { return a.names[x][0].localeCompare(a.names[y][0]); });
    var actors = ids.map(function (id) { return [W.el('a', { href: '#/speaker/' + encodeURIComponent(id) }, a.names[id][0]), ' ', W.el('span', { class: 'badge' }, a.names[id][1])]; });
    var countries = Object.keys(a.countryNames).sort().map(function (c) {
      var n = a.countries.filter(function (m) { return m[2] === c; }).length;
      return [W.el('a', { href: '#/quotes?country=' + encodeURIComponent(c) }, a.countryNames[c]), ' (' + c + ', ' + n + ' mention' + (n === 1 ? '' : 's') + ')'];
    });
    return W.el('div', { class: 'lists' }, list('Quotes', quotes), list('Links', links), list('Actors', actors), list('Countries', countries));
  }

  /** Shows an article; `quoteId` (optional) is brought into view and focused. */
  W.showArticle = function (articleId, quoteId) {
    var body = document.getElementById('article-body');
    var name = 'article:' + articleId;
    body.removeAttribute('data-ready');
    W.clear(body);
    W.append(body, W.el('p', { class: 'note' }, 'Loading the article…'));
    var file = 'data/articles/' + articleId.replace(/[^A-Za-z0-9_-]/g, '_') + '.js';
    return W.load(file, name).then(function (a) {
      W.clear(body);
      document.getElementById('h-article').textContent = a.title || '(untitled article)';
      var meta = W.el('p', { class: 'meta' }, a.site || 'unknown site', ' · ', W.el('time', { datetime: a.date ? W.day(a.date) : null }, W.day(a.date)));
      if (a.authors.length) W.append(meta, [' · by ', a.authors.join(', ')]);
      if (W.safeUrl(a.url)) W.append(meta, [' · ', W.el('a', { url: a.url, class: 'original' }, 'original page')]);
      var legend = W.el('p', { class: 'legend meta' }, W.el('span', {}, W.el('mark', { class: 'legend-quote' }, 'quote'), ' with its speaker'),
        W.el('span', {}, W.el('a', { class: 'actor', href: '#/quotes' }, 'actor'), ' (link to the speaker page)'), W.el('span', {}, W.el('span', { class: 'country' }, 'country')));
      var points = W.codePoints(a.text);
      var tree = W.nestSpans(spansOf(a), points.length);
      var text = W.el('div', { class: 'article-text', lang: a.language || null, 'data-article-id': a.id, 'data-length': points.length });
      W.renderSpans(text, points, tree.roots, 0, points.length, maker(a));
      tidyBlocks(text);
      W.append(body, [meta, legend, text]);
      if (tree.skipped.length) W.append(body, W.el('p', { class: 'note' }, tree.skipped.length + ' span(s) could not be marked (outside the text or crossing another span).'));
      W.append(body, lists(a));
      body.setAttribute('data-ready', a.id);
      var target = quoteId && document.getElementById('quote-' + quoteId);
      if (target) {
        target.classList.add('current');
        target.scrollIntoView({ block: 'center' });
        target.focus({ preventScroll: true });
      }
    }).catch(function (e) { W.fail(body, e); });
  };
})();
