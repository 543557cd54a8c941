// Attribution patterns: every sentence here is made-up.
import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers.ts';

describe('attribution patterns', () => {
  it('“…,” X said', () => {
    const { quotes } = quotesOf('“The bridge will reopen in the spring,” Anna Berg said.');
    expect(quotes[0]).toMatchObject({ speaker: 'Anna Berg', cue: 'said', speaker_type: 'person' });
  });

  it('“…,” said X, the …', () => {
    const { quotes } = quotesOf('“The bridge will reopen in the spring,” said Anna Berg, the head of the roads agency.');
    expect(quotes[0]).toMatchObject({ speaker: 'Anna Berg', cue: 'said' });
  });

  it('X said: “…”', () => {
    const { quotes } = quotesOf('Anna Berg said: “The bridge will reopen in the spring.”');
    expect(quotes[0]).toMatchObject({ speaker: 'Anna Berg', cue: 'said', kind: 'direct' });
  });

  it('X: “…”', () => {
    const { quotes } = quotesOf('Anna Berg, the head of the roads agency: “The bridge will reopen in the spring.”');
    expect(quotes[0]!.speaker).toBe('Anna Berg');
  });

  it('according to X', () => {
    const { quotes } = quotesOf('The bridge was “structurally unsound for years,” according to the Roads Agency.');
    expect(quotes[0]).toMatchObject({ speaker: 'Roads Agency', cue: 'according to', speaker_type: 'organization' });
  });

  it('X told Reuters', () => {
    const { quotes } = quotesOf('“We had no warning at all before the collapse,” Anna Berg told Reuters.');
    expect(quotes[0]).toMatchObject({ speaker: 'Anna Berg', cue: 'told' });
  });

  it('X tweeted that', () => {
    const { quotes } = quotesOf('Tom Reyes tweeted that the bridge “should never have been opened to heavy trucks.”');
    expect(quotes[0]).toMatchObject({ speaker: 'Tom Reyes', cue: 'tweeted' });
  });

  it('“…” — X', () => {
    const { quotes } = quotesOf('“Every bridge in this county needs an inspection before winter.” — Anna Berg');
    expect(quotes[0]!.speaker).toBe('Anna Berg');
  });

  it('In the words of X: “…”', () => {
    const { quotes } = quotesOf('In the words of Anna Berg: “Every bridge in this county needs an inspection before winter.”');
    expect(quotes[0]).toMatchObject({ speaker: 'Anna Berg', cue: 'in the words of' });
  });

  it('reporting verbs beyond said', () => {
    const { quotes } = quotesOf(
      '“The bridge is safe to use now,” Anna Berg insisted.',
      'Tom Reyes warned that the repairs were “far from finished.”',
      '“We need answers,” wrote Lena Ortiz, a council member.',
    );
    expect(quotes.map((q) => [q.speaker, q.cue])).toEqual([['Anna Berg', 'insisted'], ['Tom Reyes', 'warned'], ['Lena Ortiz', 'wrote']]);
  });

  it('titles before a name and appositives after it', () => {
    const { quotes } = quotesOf(
      'Foreign ministry spokesman Wang Lei said the visit was “a great success.”',
      'Omar Haddad, president of the Farmers Union, said the prices were “simply too low.”',
      '“The road stays closed,” said Roads Agency Director Lena Ortiz.',
    );
    expect(find(quotes, 'great success').speaker).toBe('Wang Lei');
    expect(find(quotes, 'too low').speaker).toBe('Omar Haddad');
    expect(find(quotes, 'road stays closed').speaker).toBe('Lena Ortiz');
  });

  it('keeps a title-only speaker as written', () => {
    const { quotes } = quotesOf('The French ambassador to Chile stated that the deal “must be honoured by both sides.”');
    expect(quotes[0]!.speaker).toBe('The French ambassador to Chile');
    expect(quotes[0]!.speaker_type).toBe('person');
  });

  it('a document as speaker', () => {
    const { quotes } = quotesOf('The report concluded that the bridge had been “neglected for decades.”');
    expect(quotes[0]).toMatchObject({ speaker: 'The report', speaker_type: 'document' });
  });
});

describe('documents and their issuers', () => {
  it('credits a report to whoever released it when a relative clause quotes it', () => {
    // made-up
    const { quotes } = quotesOf('Last week the City Audit Office released two reports that described “serious delays and rising costs” at the port.');
    expect(quotes[0]!.speaker).toBe('City Audit Office');
  });

  it('reads the antecedent of “who” past an appositive', () => {
    // made-up
    const { quotes } = quotesOf('Omar Haddad, an analyst at Farm Data, who has studied prices for years, told the paper the plan was “badly timed.”');
    expect(quotes[0]!.speaker).toBe('Omar Haddad');
  });
});

describe('more subjects', () => {
  it('skips an age between a name and its verb', () => {
    // made-up
    const { quotes } = quotesOf('John Smith, 45, said: “We are not leaving this town without a fight.”');
    expect(quotes[0]!.speaker).toBe('John Smith');
  });

  it('takes an unnamed group of people as the speaker description, not a name', () => {
    // made-up
    const { quotes } = quotesOf('“We will keep fighting for our rights,” protesters chanted outside the building.');
    expect(quotes[0]).toMatchObject({ speaker: null, speaker_description: 'protesters', cue: 'chanted' });
  });
});

describe('a paragraph that introduces the next one', () => {
  it('credits a quote paragraph to the speaker of the colon-ended paragraph before it', () => {
    // made-up
    const { quotes } = quotesOf('Council leader Anna Berg told the meeting:', '“We have no money left for the bridge repairs this year.”');
    expect(quotes[0]).toMatchObject({ speaker: 'Anna Berg', cue: 'told', kind: 'direct' });
  });

  it('keeps an attribution after a question mark in the same sentence', () => {
    // made-up
    const { quotes } = quotesOf('Mayor Tom Smith opened the debate.', '“Why now, after all these years?” Smith asked.');
    expect(quotes[0]).toMatchObject({ speaker: 'Tom Smith', cue: 'asked' });
  });
});
