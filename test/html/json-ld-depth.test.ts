import { load } from 'cheerio/slim';
import { describe, expect, it } from 'vitest';
import { jsonLdNodes, MAX_JSON_LD_DEPTH } from '../../pipeline/extract/html/json-ld.ts';
import { readPage } from '../../pipeline/extract/html/read-page.ts';

// Made-up page and text.
const PARAGRAPH = '<p>The made-up ministry said on Tuesday that the new rules would apply to every province from next year, according to a statement.</p>';
const pageWith = (jsonLd: string) =>
  `<!doctype html><html><head><title>Made-up headline</title><script type="application/ld+json">${jsonLd}</script></head>` +
  `<body><article><h1>Made-up headline</h1>${PARAGRAPH.repeat(6)}</article></body></html>`;
const nested = (open: string, close: string, depth: number) => `${open.repeat(depth)}{"@type":"NewsArticle","headline":"deep"}${close.repeat(depth)}`;

describe('deeply nested JSON-LD', () => {
  it('does not overflow the stack, and the page keeps its text and its other metadata', () => {
    for (const [open, close] of [['[', ']'], ['{"@graph":', '}']] as const) {
      const reading = readPage(pageWith(nested(open, close, 100_000)), 'https://example.org/made-up');
      expect(reading.body.text).toContain('The made-up ministry said on Tuesday');
      expect(reading.meta.title).toBe('Made-up headline');
    }
  });

  it(`follows nesting up to ${MAX_JSON_LD_DEPTH} levels, as real pages need, and no further`, () => {
    const shallow = jsonLdNodes(load(pageWith(nested('[', ']', 3))));
    expect(shallow.map((n) => n['headline'])).toEqual(['deep']);
    expect(jsonLdNodes(load(pageWith(nested('[', ']', MAX_JSON_LD_DEPTH + 5))))).toEqual([]);
  });
});
