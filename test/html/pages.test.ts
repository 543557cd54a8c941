import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../pipeline/extract/html/read-page.ts';
import { expectationOf, type PageExpectation } from '../../pipeline/tools/page-expectation.ts';

/**
 * Regression fixtures (readability style): test/pages/<slug>/source.html is a
 * real page (bench-dev pages, MIT; the CDT reconstruction) and expected.json
 * what the page reader must read from it; made by
 * pipeline/tools/make-page-fixture.ts, one per distinct failure fixed.
 */
const PAGES = join(import.meta.dirname, '..', 'pages');
const slugs = readdirSync(PAGES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(PAGES, entry.name, 'expected.json')))
  .map((entry) => entry.name);

describe('page fixtures', () => {
  it('exist', () => {
    expect(slugs.length).toBeGreaterThan(0);
  });

  it.each(slugs)('%s reads as expected', (slug) => {
    const expected = JSON.parse(readFileSync(join(PAGES, slug, 'expected.json'), 'utf8')) as PageExpectation;
    const reading = readPage(readFileSync(join(PAGES, slug, 'source.html'), 'utf8'), expected.url);
    expect(expectationOf(reading, expected.url)).toEqual(expected);
    const { body } = reading;
    for (const link of body.links) expect(body.text.slice(link.start, link.end)).toBe(link.anchor);
    for (const paragraph of body.paragraphs) {
      expect(body.text.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
      expect(paragraph.text).not.toMatch(/\n|^\s|\s$/);
    }
    const blocks = [...new Set(body.paragraphs.map((p) => p.block).filter((b) => b !== null))];
    expect(blocks).toEqual(blocks.map((_, i) => i));
  });
});
