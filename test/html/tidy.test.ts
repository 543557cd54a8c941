import { describe, expect, it } from 'vitest';
import type { ParagraphInput } from '../../pipeline/extract/body.ts';
import { tidyParagraphs } from '../../pipeline/extract/html/tidy.ts';

const p = (text: string, kind: ParagraphInput['kind'] = 'p', block: number | null = null, links: ParagraphInput['links'] = []): ParagraphInput => ({ text, kind, block, links });
const BODY = 'Viera beat Rockledge 70-44 on Tuesday night, with Davis scoring 17 points in the second half of the game.';

describe('tidyParagraphs (made-up paragraphs)', () => {
  it('drops a reworded headline near the top but keeps later sub-headings', () => {
    const out = tidyParagraphs(
      [p('High School Roundup: Viera defeats Rockledge to remain undefeated', 'heading'), p(BODY), p('Girls basketball', 'heading'), p(BODY)],
      { title: 'HS Roundup: Viera defeats Rockledge to remain undefeated', authors: [] },
    );
    expect(out.map((x) => x.text)).toEqual([BODY, 'Girls basketball', BODY]);
  });

  it('drops furniture lines, share prompts and credited captions', () => {
    const out = tidyParagraphs(
      [p('3 Comments'), p('Share this on WhatsApp'), p('The rocket stage at the factory. (credit: NASA/Jude Guidry)'), p(BODY)],
      { title: null, authors: [] },
    );
    expect(out.map((x) => x.text)).toEqual([BODY]);
  });

  it('keeps a credit link paragraph and renumbers blocks after drops', () => {
    const out = tidyParagraphs(
      [
        p('Related stories', 'heading'),
        p('Other story', 'p', null, [{ href: 'https://e.com/o', anchor: 'Other story', start: 0, end: 11 }]),
        p('Quoted text.', 'blockquote', 3),
        p('[Source]', 'blockquote', 3, [{ href: 'https://e.com/s', anchor: '[Source]', start: 0, end: 8 }]),
        p(BODY),
      ],
      { title: null, authors: [] },
    );
    expect(out.map((x) => [x.text, x.block])).toEqual([
      ['Quoted text.', 0],
      ['[Source]', 0],
      [BODY, null],
    ]);
  });
});
