import { describe, expect, it } from 'vitest';
import { load } from 'cheerio/slim';
import { readMetadata } from '../../pipeline/extract/html/metadata.ts';

const read = (head: string, body = '', url: string | null = 'https://news.example.com/story') =>
  readMetadata(load(`<html lang="en-GB"><head>${head}</head><body>${body}</body></html>`), url);

describe('readMetadata (made-up pages)', () => {
  it('reads a NewsArticle inside a JSON-LD @graph, with author objects and entities', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Example News' },
        { '@type': 'WebPage', datePublished: '2001-01-01' },
        {
          '@type': ['NewsArticle'],
          headline: 'Rain &amp; wind &#8216;batter&#8217; coast',
          datePublished: '2022-09-01T10:00:00+0200',
          author: [{ '@type': 'Person', name: 'Ann Lee' }, { '@type': 'Person', name: 'Bo Chan' }],
        },
      ],
    };
    const meta = read(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    expect(meta.title).toBe('Rain & wind ‘batter’ coast');
    expect(meta.title_source).toBe('json-ld');
    expect(meta.published).toBe('2022-09-01T10:00:00+02:00');
    expect(meta.published_source).toBe('json-ld');
    expect(meta.authors).toEqual(['Ann Lee', 'Bo Chan']);
    expect(meta.authors_source).toBe('json-ld');
    expect(meta.language).toBe('en');
  });

  it('falls back to OpenGraph and meta tags, never taking the site name as an author', () => {
    const meta = read(`<meta property="og:title" content="OG title"><meta property="og:site_name" content="Example News">
      <meta property="article:published_time" content="2019-11-20T06:35:39Z"><meta name="author" content="Example News">
      <meta name="parsely-author" content="By Carla Diaz and Dev Patel">
      <link rel="canonical" href="/canonical-story">`);
    expect(meta.title).toBe('OG title');
    expect(meta.title_source).toBe('opengraph');
    expect(meta.published).toBe('2019-11-20T06:35:39Z');
    expect(meta.published_source).toBe('opengraph');
    expect(meta.site_name).toBe('Example News');
    expect(meta.canonical_url).toBe('https://news.example.com/canonical-story');
    expect(meta.authors).toEqual([]);
  });

  it('reads plain date meta tags (sailthru.date, dc.date) as dates without a time zone', () => {
    expect(read('<meta name="sailthru.date" content="2019-11-20 14:00:00">').published).toBe('2019-11-20');
    const meta = read('<meta name="DC.date" content="20191120">');
    expect(meta.published).toBe('2019-11-20');
    expect(meta.published_source).toBe('meta');
  });

  it('reads the byline, cutting "By", the date after the names and splitting "and"', () => {
    const meta = read('<title>T</title>', '<p class="byline">By Mike Stone and Lia Owen <br>Monday, November 18, 2019, 04:05 pm</p>');
    expect(meta.authors).toEqual(['Mike Stone', 'Lia Owen']);
    expect(meta.authors_source).toBe('byline');
  });

  it('rejects navigation words, roles, URLs and user names as authors', () => {
    const meta = read(
      '<meta name="author" content="https://www.facebook.com/ExampleNews">',
      '<div class="byline">Staff</div><span class="author">jdadmin</span><a rel="author">View all posts</a>',
    );
    expect(meta.authors).toEqual([]);
    expect(meta.authors_source).toBeNull();
  });

  it('takes the date from the URL when the page has none in its markup, else from a visible date element', () => {
    const fromUrl = read('<title>T</title>', '', 'https://example.com/2022/09/02/story/');
    expect(fromUrl.published).toBe('2022-09-02');
    expect(fromUrl.published_source).toBe('url');
    const fromHtml = read('<title>T</title>', '<div class="publish-date">Published 7:07 PM EST Nov 19, 2019</div>', null);
    expect(fromHtml.published).toBe('2019-11-19');
    expect(fromHtml.published_source).toBe('html');
  });

  it('ignores placeholder dates such as 0001-01-01', () => {
    const ld = { '@type': 'NewsArticle', headline: 'H', datePublished: '0001-01-01T00:00:00Z' };
    const meta = read(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, '', null);
    expect(meta.published).toBeNull();
  });

  it('survives broken JSON-LD and uses the title tag last', () => {
    const meta = read('<script type="application/ld+json">{ "@type": "NewsArticle", </script><title>Only the tag</title>', '', null);
    expect(meta.title).toBe('Only the tag');
    expect(meta.title_source).toBe('title-tag');
  });
});

describe('titles', () => {
  it('drops the site name after or before a separator', () => {
    expect(read('<meta property="og:site_name" content="Example News"><meta property="og:title" content="Big story - Example News">').title).toBe('Big story');
    expect(read('<meta property="og:site_name" content="Example News"><title>Example News | Big story</title>').title).toBe('Big story');
    expect(read('<meta property="og:site_name" content="News"><meta property="og:title" content="Good News">').title).toBe('Good News');
  });
});
