import type { PageReading } from '../extract/types.ts';

/** What a fixture pins: the parts of a reading a regression would change. */
export interface PageExpectation {
  url: string | null;
  title: string | null;
  published: string | null;
  authors: string[];
  method: string;
  warnings: string[];
  paragraph_count: number;
  first_paragraph: string;
  last_paragraph: string;
  block_count: number;
  link_count: number;
  links: Array<{ href: string; anchor: string }>;
}

/** Summary of a reading, as stored in expected.json (first ten links). */
export function expectationOf(reading: PageReading, url: string | null): PageExpectation {
  const { meta, body } = reading;
  const blocks = new Set(body.paragraphs.map((p) => p.block).filter((b) => b !== null));
  return {
    url,
    title: meta.title,
    published: meta.published,
    authors: meta.authors,
    method: body.method,
    warnings: body.warnings,
    paragraph_count: body.paragraphs.length,
    first_paragraph: body.paragraphs[0]?.text ?? '',
    last_paragraph: body.paragraphs[body.paragraphs.length - 1]?.text ?? '',
    block_count: blocks.size,
    link_count: body.links.length,
    links: body.links.slice(0, 10).map((link) => ({ href: link.href, anchor: link.anchor })),
  };
}
