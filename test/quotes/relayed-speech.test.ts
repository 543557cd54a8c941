// Relayed speech (pipeline/extract/quotes/relayed-speech.ts): every sentence here is made-up.
import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers.ts';

describe('relayed speech: the quote belongs to the one who said it', () => {
  it('credits the person a speaker reports, resolved to the name the article gives, not the one who relays it', () => {
    const { quotes } = quotesOf(
      'Mayor Tom Vale met angry parents at the town hall on Monday.',
      'Ann Ross said the mayor told her, “We will not close the school.”',
    );
    expect(find(quotes, 'close the school')).toMatchObject({ speaker: 'Tom Vale', speaker_type: 'person' });
  });

  it('never credits the one who relays when the reported speaker is not named', () => {
    const { quotes } = quotesOf('Ann Ross said the minister told reporters that “nothing would change before the vote.”');
    expect(find(quotes, 'nothing would change').speaker).not.toBe('Ann Ross');
  });

  it('credits the object of a verb of memory before a participle of speech', () => {
    const { quotes } = quotesOf('Ann Ross recalled Tom Vale telling staff that “nothing would change.”');
    expect(find(quotes, 'nothing would change')).toMatchObject({ speaker: 'Tom Vale', speaker_type: 'person' });
  });

  it('credits the one quoted in "quoted X as saying", resolved to the name the article gives', () => {
    const { quotes } = quotesOf(
      'Governor Lisa Hart toured the flooded valley on Friday.',
      'A local paper quoted the governor as saying “the dam will be rebuilt by spring.”',
    );
    expect(find(quotes, 'dam will be rebuilt')).toMatchObject({ speaker: 'Lisa Hart', speaker_type: 'person' });
  });

  it('credits the name before a relative clause that reports someone else, not the one it reports', () => {
    const { quotes } = quotesOf('Ann Ross, who said Tom Vale had lied to the council, added: “We will win this vote.”');
    expect(find(quotes, 'win this vote').speaker).toBe('Ann Ross');
  });
});

describe('a name before a long appositive is the speaker', () => {
  it('reads past a clause inside the appositive', () => {
    const { quotes } = quotesOf('Ann Ross, a former aide to the governor who left the office in March after a row over the budget, said the plan was “dead on arrival.”');
    expect(find(quotes, 'dead on arrival')).toMatchObject({ speaker: 'Ann Ross', speaker_type: 'person' });
  });

  it('reads past a body named inside the appositive', () => {
    const { quotes } = quotesOf('Ann Ross, the chief executive of Lowland Power and a former adviser to Tom Vale, told reporters: “Prices will rise.”');
    expect(find(quotes, 'Prices will rise').speaker).toBe('Ann Ross');
  });

  // Guards: shapes the attribution reader already read right, kept so the relay rules do not break them.
  it('keeps the named speaker after "according to" another source', () => {
    const { quotes } = quotesOf('According to Ross, Tom Vale said: “It is over.”');
    expect(find(quotes, 'It is over').speaker).toBe('Tom Vale');
  });

  it('keeps the speaker who reports her own words to someone else', () => {
    const { quotes } = quotesOf('Ann Ross said she told the mayor, “You are wrong about the budget.”');
    expect(find(quotes, 'wrong about the budget').speaker).toBe('Ann Ross');
  });

  it('keeps the name before a long appositive as the speaker', () => {
    const { quotes } = quotesOf('Ann Ross, a former aide to the governor who left the office in March, said: “The plan is dead.”');
    expect(find(quotes, 'plan is dead').speaker).toBe('Ann Ross');
  });
});
