import { describe, expect, it } from 'vitest';
import { readPage } from '../../pipeline/extract/html/read-page.ts';

describe('readPage on pages without an article (made-up input)', () => {
  it.each([
    ['empty string', ''],
    ['garbage', '\u0000\u0001<<<>>> <div <p </'],
    ['binary-looking text', '\uFFFD'.repeat(500)],
    ['a page of navigation only', '<html><body><nav><a href="/a">A</a></nav><footer>© 2024</footer></body></html>'],
  ])('never throws on %s and warns about the empty body', (_label, html) => {
    const reading = readPage(html, null);
    expect(reading.body.text).toBe('');
    expect(reading.body.paragraphs).toEqual([]);
    expect(reading.body.warnings).toContain('no main text found');
  });

  it('resolves relative links against the canonical URL when the page URL is unknown', () => {
    const html = `<html><head><link rel="canonical" href="https://example.com/news/a.html"></head><body><article><p>${'Words of a story that is long enough to be read as the main text. '.repeat(6)}<a href="/other">other</a></p></article></body></html>`;
    const { body, meta } = readPage(html, null);
    expect(meta.canonical_url).toBe('https://example.com/news/a.html');
    expect(body.links.map((l) => l.href)).toEqual(['https://example.com/other']);
  });

  it('prefers <base href> over the page URL for resolving links', () => {
    const html = `<html><head><base href="https://cdn.example.com/base/"></head><body><article><p>${'A story long enough to count as the main text of this page. '.repeat(6)}<a href="x">x</a></p></article></body></html>`;
    const { body } = readPage(html, 'https://example.com/news/a.html');
    expect(body.links[0]?.href).toBe('https://cdn.example.com/base/x');
  });
});

describe('readPage safety net (made-up page)', () => {
  it('reads again without class-based clean-up when the article wrapper has boilerplate-looking classes', () => {
    const text = 'The council voted on Monday to close the old bridge, which has carried traffic since 1932. ';
    const html = `<html><body><nav><a href="/">Home</a></nav><div class="gallery-wrap"><p>${text.repeat(3)}</p><p>${text.repeat(2)}</p></div></body></html>`;
    const { body } = readPage(html, 'https://example.com/a');
    expect(body.paragraphs).toHaveLength(2);
    expect(body.method.endsWith('+unfiltered')).toBe(true);
    expect(body.warnings.length).toBe(1);
  });
});

describe('readPage on pathological nesting (made-up page)', () => {
  it('reads a page of 20 000 unclosed inline tags without overflowing the stack', () => {
    const html = `<html><body><article>${'<font size="2">word &amp; more <b>words</b> here, '.repeat(20000)}</article></body></html>`;
    const { body } = readPage(html, null);
    expect(body.warnings).toEqual([expect.stringMatching(/^\d+ tags nested deeper than 1024 were dropped before parsing/)]); // the text is all kept
    expect(body.text.endsWith('word & more words here,')).toBe(true);
    expect(body.text.split('word & more words here,').length - 1).toBe(20000);
  });
});

describe('readPage on a page with very little text (made-up page)', () => {
  it('keeps the text and warns that it is very short', () => {
    const { body } = readPage('<html><body><article><p>Only one short line of text here.</p></article></body></html>', null);
    expect(body.text).toBe('Only one short line of text here.');
    expect(body.warnings).toEqual(['main text is very short (33 characters)']);
  });
});
