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

describe('slogans, nicknames and names of works', () => {
  it('drops a slogan or formula that nobody is said to speak', () => {
    const { quotes } = quotesOf('The island is run under the formula “two flags, one harbour” agreed in 1990.');
    expect(quotes).toEqual([]);
  });

  it('drops a nickname', () => {
    const { quotes } = quotesOf('The striker, nicknamed “the Ferret” by the fans, scored twice on Sunday.');
    expect(quotes).toEqual([]);
  });

  it('drops a title with a subtitle, however long, even in a sentence with a cue', () => {
    const { quotes } = quotesOf('Ann Ross said “Salt and Stone: How a Small Port Town Fed an Empire” changed how she saw the harbour.');
    expect(quotes).toEqual([]);
  });

  it('drops a title followed by its author', () => {
    const { quotes } = quotesOf('Tom Hale said he rereads “The Long Walk Home Across the Northern Hills” by Ada Brisk every summer.');
    expect(quotes).toEqual([]);
  });
});

describe('markup left in the text', () => {
  it('drops attribute values and bare web addresses', () => {
    const { quotes } = quotesOf('<post post-author="@harbourwatch" post-date="May 1">The ferry said it would resume on Monday.</post>', 'Watch the video at "http://video.example.org/ferry" said the station.');
    expect(quotes).toEqual([]);
  });
});

describe('words mentioned as words', () => {
  it('drops words listed after "words such as", and a so-called term written with a spaced hyphen', () => {
    const { quotes } = quotesOf(
      'Clerks told the inquiry they searched the files for words such as “harbour,” “levy” and “pier.”',
      'Ann Ross said the so- called “river fund” was never set up.',
    );
    expect(quotes).toEqual([]);
  });
});
