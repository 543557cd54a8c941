import { describe, expect, it } from 'vitest';
import { load } from 'cheerio/slim';
import { closest, forgetQueries, selectAll, selectFirst } from '../../pipeline/extract/html/query.ts';
import { removeBoilerplate } from '../../pipeline/extract/html/clean.ts';

/** A made-up page with the kinds of markup the reader's selectors look for. */
const PAGE = `<!doctype html><html lang="en-GB"><head>
  <base href="/news/"><meta property="og:title" content="T"><meta name="author" content="A">
  <META HTTP-EQUIV="Content-Language" CONTENT="fr"><link rel="canonical" href="https://example.org/a">
  <script type="application/LD+json">{"@type":"NewsArticle"}</script><title>Page</title></head>
<body><header class="site-header"><a href="/author/x" rel="author">X</a></header>
  <article class="story"><h1>Head</h1><p class="Byline">By Ann Example</p><div itemprop="author"><span itemprop="name">Ann</span></div>
    <time datetime="2024-01-02">2 Jan</time><div class="article-body entry-content"><p>One.</p><p>Two.</p></div></article>
  <div id="comments" class="comment-list"><div class="author"><p>By Someone</p></div></div>
  <main><p>Main text.</p></main><body><p>stray</p></body></body></html>`;

const SELECTORS = [
  'meta', 'h1', 'title', 'html', 'base[href]', 'link[rel="canonical"]', 'script[type="application/ld+json"]',
  'meta[http-equiv="content-language" i]', '[itemprop="author"] [itemprop="name"]', '[itemprop="author"]', '[rel="author"]',
  '.byline', '[class*="byline"]', '[class*="Byline"]', '.author', 'a[href*="/author/"]', 'article p, main p, article div, body > p',
  'time[datetime]', 'time', '[class*="date"]', '.entry-content', 'article', 'main', '[role="main"]', 'article .content',
  '#comments', 'div:not(.author)', '*', 'p + div', 'h1 ~ p',
];

describe('selectors answered from one walk (query.ts)', () => {
  it('gives the elements cheerio gives, in the same order, for each kind of selector', () => {
    const $ = load(PAGE);
    for (const selector of SELECTORS) expect(selectAll($, selector), selector).toEqual($(selector).toArray());
  });

  it('stops at the limit and gives the first match', () => {
    const $ = load(PAGE);
    expect(selectAll($, 'p', 2)).toEqual($('p').toArray().slice(0, 2));
    expect(selectFirst($, 'p')).toBe($('p').toArray()[0]);
    expect(selectFirst($, 'nothing-here')).toBeNull();
  });

  it('finds the closest matching ancestor as cheerio does', () => {
    const $ = load(PAGE);
    const section = '[id*="comment" i], [class*="comment" i]';
    for (const element of $('p').toArray()) {
      expect(closest(element, section)).toBe($(element).closest(section).toArray()[0] ?? null);
    }
  });

  it('answers for the document as it is after boilerplate removal, not as first indexed', () => {
    const $ = load(PAGE);
    expect(selectAll($, 'header')).toHaveLength(1);
    removeBoilerplate($);
    expect(selectAll($, 'header')).toEqual($('header').toArray());
    expect(selectAll($, 'p')).toEqual($('p').toArray());
  });

  it('can be told to forget a document changed by other code', () => {
    const $ = load('<div><p>a</p></div>');
    expect(selectAll($, 'p')).toHaveLength(1);
    $('div').append('<p>b</p>');
    forgetQueries($);
    expect(selectAll($, 'p')).toHaveLength(2);
  });
});
