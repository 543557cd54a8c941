// Made-up pages: author names with a middle initial, "By <Name> on <weekday>, <Month> <day>, <year>" bylines, and comment sections.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../pipeline/extract/html/read-page.ts';

const BODY = `<p>${'The council met on Tuesday and voted for the plan after a long debate about the harbour. '.repeat(4)}</p>`;
const page = (head: string, article: string, after = ''): string => `<html lang="en"><head>${head}</head><body><article><h1>Harbour plan</h1>${article}${BODY}</article>${after}</body></html>`;

describe('authors and bylines (made-up)', () => {
  it('keeps an author name with a middle initial whole', () => {
    expect(readPage(page('<meta name="author" content="Maria T. Okafor">', ''), null).meta.authors).toEqual(['Maria T. Okafor']);
    expect(readPage(page('', '<p class="byline">By Maria T. Okafor</p>'), null).meta.authors).toEqual(['Maria T. Okafor']);
  });

  it('reads author and date from a "By <Name> on <weekday>, <Month> <day>, <year>" line', () => {
    const { meta } = readPage(page('', '<p>By Dana Whitfield on Monday, March 2nd, 2020</p>'), null);
    expect(meta.authors).toEqual(['Dana Whitfield']);
    expect(meta.authors_source).toBe('byline');
    expect(meta.published).toBe('2020-03-02');
    expect(meta.published_source).toBe('byline');
  });

  it('never takes an author or a date from a comment section', () => {
    const comments = '<section id="comments"><div class="entry"><span class="author">Rory Pell</span><p>By Rory Pell on Monday, March 2nd, 2020</p></div></section>';
    const { meta } = readPage(page('', '', comments), null);
    expect(meta.authors).toEqual([]);
    expect(meta.published).toBeNull();
  });
});
