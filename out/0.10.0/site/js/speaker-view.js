/**
 * The speaker view: one actor's titles, affiliation, country, Wikidata id and
 * counts, then everything they said across articles (newest first).
 */
(function () {
  'use strict';
  var W = (self.WSW = self.WSW || {});
  var WIKIDATA_ID = /^Q[0-9]+$/;
  /** Quotes shown at once (each batch loads only the chunks it needs). */
  var PAGE = 50;

  function fact(dl, term, value) {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) return;
    W.append(dl, [W.el('dt', {}, term), W.el('dd', {}, value)]);
  }

  /** Shows one actor by actor_id. */
  W.showSpeaker = function (actorId) {
    var body = document.getElementById('speaker-body');
    var heading = document.getElementById('h-speaker');
    body.removeAttribute('data-ready');
    W.clear(body);
    W.append(body, W.el('p', { class: 'note' }, 'Loading the speaker…'));
    return W.load('data/speakers.js', 'speakers').then(function (speakers) {
      var s = speakers.find(function (x) { return x.id === actorId; });
      W.clear(body);
      if (!s) {
        heading.textContent = 'Speaker not found';
        W.append(body, W.el('p', { class: 'note', role: 'alert' }, 'No actor has the id ' + actorId + ' in this version.'));
        return;
      }
      heading.textContent = s.name;
      var dl = W.el('dl', { class: 'facts' });
      fact(dl, 'Type', s.type);
      fact(dl, 'Titles', s.titles.join('; '));
      fact(dl, 'Also called', s.aliases.join('; '));
      if (s.affiliation) fact(dl, 'Affiliation', W.el('a', { href: '#/speaker/' + encodeURIComponent(s.affiliation.id) }, s.affiliation.name));
      if (s.country) fact(dl, 'Country', W.el('a', { href: '#/quotes?country=' + encodeURIComponent(s.country[0]) }, s.country[1] + ' (' + s.country[0] + ')'));
      if (s.wikidata) {
        fact(dl, 'Wikidata', WIKIDATA_ID.test(s.wikidata) ? W.el('a', { url: 'https://www.wikidata.org/wiki/' + s.wikidata, class: 'wikidata' }, s.wikidata) : s.wikidata);
      }
      fact(dl, 'Articles naming them', String(s.articles));
      fact(dl, 'Mentions', String(s.mentions));
      fact(dl, 'Actor id', W.el('code', {}, s.id));
      var list = W.el('ol', { class: 'quote-list', id: 'speaker-quotes' });
      W.append(body, [dl, W.el('h3', {}, 'Quotes (' + s.quotes.length + ')'), list]);
      if (!s.quotes.length) W.append(body, W.el('p', { class: 'note' }, 'Named in the articles but not quoted.'));
      var shown = 0;
      var more = W.el('button', { type: 'button', class: 'more' }, 'Show more quotes');
      function next() {
        var batch = s.quotes.slice(shown, shown + PAGE);
        shown += batch.length;
        return W.rows(batch).then(function (rows) {
          rows.forEach(function (r) { list.appendChild(W.quoteCard(r)); });
          more.hidden = shown >= s.quotes.length;
          body.setAttribute('data-ready', s.id);
        });
      }
      more.addEventListener('click', next);
      W.append(body, more);
      return next();
    }).catch(function (e) { W.fail(body, e); });
  };
})();
