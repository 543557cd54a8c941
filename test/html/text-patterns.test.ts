/** The page reader's white-space counting agrees with the regex it stands for. Made-up text only. */
import { describe, expect, it } from 'vitest';
import { WHITESPACE_RUN, collapsedLength, isSpaceCode } from '../../pipeline/extract/html/text-patterns.ts';

describe('isSpaceCode', () => {
  it('is \\s for every UTF-16 unit', () => {
    const disagree: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) disagree.push(c);
    expect(disagree).toEqual([]);
  });
});

describe('collapsedLength', () => {
  it('is the length after replacing each run of white space with one space', () => {
    const texts = ['', ' ', 'a', '  Ann  Ross ', '\n\t\u00a0x\u2003\u3000y\ufeff', 'Le\u202fmaire\u2028dit\r\n\r\n« oui »', '\u{1F600} a  b'];
    for (const t of texts) expect(collapsedLength(t), JSON.stringify(t)).toBe(t.replace(WHITESPACE_RUN, ' ').length);
  });
});
