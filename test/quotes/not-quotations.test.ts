// Speech that is nobody's quotation, and quotes credited on the next line: every sentence here is made-up.
import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers.ts';

describe('hypothetical and proverbial speech', () => {
  it('drops speech a character "would say"', () => {
    const { quotes } = quotesOf('The clues were all there, or, as a famous detective would say, “the game is plainly afoot, my friend.”');
    expect(quotes).toEqual([]);
  });

  it('drops a proverb introduced by "as the saying goes"', () => {
    const { quotes } = quotesOf('The council waited too long; as the saying goes, “the early bird catches every single worm in town.”');
    expect(quotes).toEqual([]);
  });
});

describe('titles of works in other languages', () => {
  it('drops a title-case name of a film with foreign articles, even in a sentence with a cue', () => {
    const { quotes } = quotesOf('The shop said it sold the box set “Viaggio al Centro della Notte” in two weeks.');
    expect(quotes).toEqual([]);
  });
});

describe('a quote credited by the line after it', () => {
  it('credits a quote paragraph to the dash line that follows it', () => {
    const { quotes } = quotesOf('The reactions came quickly.', '“This is the best day our town has had in many years.”', '— Mayor Ada Brisk, in a post on Friday.');
    expect(find(quotes, 'best day').speaker).toBe('Ada Brisk');
  });
});
