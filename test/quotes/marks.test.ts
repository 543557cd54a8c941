// Quotation marks: every sentence here is made-up.
import { describe, expect, it } from 'vitest';
import { expectOffsets, find, quotesOf } from './helpers.ts';

describe('quotation marks', () => {
  it('reads curly and straight double quotes', () => {
    const { body, quotes } = quotesOf(
      '“We will appeal the ruling today,” said Anna Berg, a lawyer for the group.',
      '"The decision ignores the evidence entirely," said Tom Reyes, the mayor of the town.',
    );
    expect(quotes.map((q) => q.text)).toEqual(['We will appeal the ruling today,', 'The decision ignores the evidence entirely,']);
    expectOffsets(body, quotes);
    for (const q of quotes) expect(body.text.slice(q.start, q.end)).toBe(q.text);
  });

  it('keeps single quotes inside double quotes as part of the quote', () => {
    const { quotes } = quotesOf('“They told us ‘go home now’ and then left the building,” said Anna Berg.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe('They told us ‘go home now’ and then left the building,');
  });

  it('keeps a nested double quote inside the outer quote', () => {
    const { quotes } = quotesOf('The report described “being held in a so-called “study room” for weeks without any light,” the report said.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe('being held in a so-called “study room” for weeks without any light,');
  });

  it('does not take apostrophes for quotes', () => {
    const { quotes } = quotesOf(
      'The town’s mayor said he didn’t know why the ’90s plan failed, and Reyes’ aides agreed.',
      'It wasn\'t the company\'s fault, the mayor\'s office said in the \'90s.',
    );
    expect(quotes).toEqual([]);
  });

  it('runs a quote over paragraphs when the next paragraph opens with a mark', () => {
    const { body, quotes } = quotesOf(
      'Anna Berg said: “The first part of our statement is about the ruling.',
      '“The second part is about what comes next for the families.”',
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe('The first part of our statement is about the ruling. The second part is about what comes next for the families.');
    expect(quotes[0]!.speaker).toBe('Anna Berg');
    expect(body.text.slice(quotes[0]!.start, quotes[0]!.end)).toContain('\n\n“The second part');
  });

  it('caps an unclosed mark at the end of its paragraph', () => {
    const { body, quotes } = quotesOf(
      'Anna Berg said: “The ruling is wrong and we will appeal it soon.',
      'The court did not comment on the case on Friday.',
      'Tom Reyes, the mayor, said the town would wait for the appeal.',
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe('The ruling is wrong and we will appeal it soon.');
    expect(body.text.slice(quotes[0]!.start, quotes[0]!.end)).toBe(quotes[0]!.text);
  });

  it('reads a doubled single mark as a double quote', () => {
    const { quotes } = quotesOf('‘’Now that the court has ruled, there are no more excuses for delay,” said Anna Berg.');
    expect(find(quotes, 'no more excuses').speaker).toBe('Anna Berg');
    const closing = quotesOf('Tom Reyes said the plan “would cost far more than anyone had admitted.’’ The council disagreed.');
    expect(closing.quotes.map((q) => q.text)).toEqual(['would cost far more than anyone had admitted.']);
  });

  it('closes a doubled-single quote that ends right after a nested single and a space', () => {
    const { quotes } = quotesOf("''I never liked the phrase 'harbour rat,' '' Ada Brisk said, adding that the old crews ''worked harder than anyone.''");
    expect(quotes.map((q) => q.text)).toEqual(["I never liked the phrase 'harbour rat,'", 'worked harder than anyone.']);
  });

  it('reads guillemets and low-high marks', () => {
    const { quotes } = quotesOf('«We are ready to talk at any time,» said Anna Berg. „We need more time to decide,“ said Tom Reyes.');
    expect(quotes.map((q) => q.speaker)).toEqual(['Anna Berg', 'Tom Reyes']);
  });
});

describe('quotes interrupted by an embed caption', () => {
  it('continues an open quote past a caption line to the next paragraph that opens with a mark', () => {
    // made-up statement with a made-up embedded-post credit between its paragraphs
    const { quotes } = quotesOf(
      'The club said in a statement: “Our new coach has won titles in four countries.',
      'Club statement',
      '— Valley FC (@valleyfc) May 1, 2019',
      '“He will start work on Monday and meet the players on Tuesday.”',
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe('Our new coach has won titles in four countries. He will start work on Monday and meet the players on Tuesday.');
    expect(quotes[0]!.text).not.toContain('Club statement');
  });
});

describe('single quotes as the main marks', () => {
  it('reads a quote in single marks with apostrophes inside', () => {
    // made-up
    const { body, quotes } = quotesOf('‘It’s not the council’s fault at all,’ said Anna Berg.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ text: 'It’s not the council’s fault at all,', speaker: 'Anna Berg' });
    expect(body.text.slice(quotes[0]!.start, quotes[0]!.end)).toBe(quotes[0]!.text);
  });
});
