// Split quotes and speaker resolution: every sentence here is made-up.
import { describe, expect, it } from 'vitest';
import { expectOffsets, find, quotesOf } from './helpers.ts';

describe('quotes split by their attribution', () => {
  it('joins “…,” she said. “…” into one quote', () => {
    const { body, quotes } = quotesOf('“We had no warning before the collapse,” Anna Berg said. “Nobody told us anything.”');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe('We had no warning before the collapse, Nobody told us anything.');
    expect(quotes[0]!.speaker).toBe('Anna Berg');
    expectOffsets(body, quotes);
    expect(body.text.slice(quotes[0]!.start, quotes[0]!.end)).toContain('Anna Berg said');
  });

  it('joins “…,” said X, “…”', () => {
    const { quotes } = quotesOf('“We had no warning,” said Anna Berg, “and nobody told us anything about the risk.”');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker).toBe('Anna Berg');
  });

  it('does not join quotes separated by a sentence of the writer', () => {
    const { quotes } = quotesOf('“We had no warning before the collapse,” Anna Berg said. She lives near the bridge. “Nobody told us anything at all.”');
    expect(quotes).toHaveLength(2);
  });

  it('does not join two partial quotes in one sentence', () => {
    const { quotes } = quotesOf('Tom Reyes said the plan was “badly drafted” and “far too expensive for the town”.');
    expect(quotes.map((q) => q.text)).toEqual(['badly drafted', 'far too expensive for the town']);
  });
});

describe('speaker resolution', () => {
  it('resolves a surname to the fullest name in the article', () => {
    const { quotes } = quotesOf(
      'Mayor Anna Berg opened the meeting on Monday evening.',
      '“The bridge will reopen in the spring,” Berg said.',
    );
    expect(quotes[0]!.speaker).toBe('Anna Berg');
  });

  it('resolves a pronoun to the person just named or quoted', () => {
    const { quotes } = quotesOf(
      '“The bridge will reopen in the spring,” said Anna Berg, the mayor.',
      '“We have found the money for the repairs,” she said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Anna Berg', 'Anna Berg']);
  });

  it('uses the gender the article gives to pick between two people', () => {
    const { quotes } = quotesOf(
      'Anna Berg said her office had warned about the bridge. Tom Reyes said his office had not been told.',
      '“We sent three letters about the cracks,” she said.',
    );
    expect(quotes[0]!.speaker).toBe('Anna Berg');
  });

  it('gives a floating quote the previous speaker when nothing intervenes', () => {
    const { quotes } = quotesOf(
      'Anna Berg, the mayor, said: “The bridge will reopen in the spring.”',
      '“We have found the money for the repairs and the workers are ready to start.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Anna Berg', 'Anna Berg']);
  });

  it('keeps a following quote paragraph with no attribution of its own as a quote of its own, for the same speaker', () => {
    const { quotes } = quotesOf(
      '“The bridge will reopen in the spring,” said Anna Berg, the mayor.',
      '“We have found the money for the repairs and the workers are ready to start.”',
      '“Nobody expected the repairs to take this long,” Tom Reyes said.',
    );
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['The bridge will reopen in the spring,', 'Anna Berg'],
      ['We have found the money for the repairs and the workers are ready to start.', 'Anna Berg'],
      ['Nobody expected the repairs to take this long,', 'Tom Reyes'],
    ]);
  });

  it('gives a floating quote the person the sentence before it introduces', () => {
    const { quotes } = quotesOf(
      '“The bridge will reopen in the spring,” said Anna Berg, the mayor.',
      'Tom Reyes, who runs the ferry, was less sure. “Nobody has shown us a plan for the repairs yet.”',
    );
    expect(find(quotes, 'Nobody').speaker).toBe('Tom Reyes');
  });

  it('leaves the speaker null when the article does not say', () => {
    const { quotes } = quotesOf('The council met on Monday.', '“Nobody has shown us a plan for the repairs yet,” someone shouted from the back.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker === null || quotes[0]!.speaker === 'someone').toBe(true);
    const bare = quotesOf('The council met on Monday.', '“Nobody has shown us a plan for the repairs yet and we are tired of waiting.”');
    expect(bare.quotes[0]).toMatchObject({ speaker: null, speaker_type: 'unknown' });
  });

  it('credits “the statement said” to whoever made the statement', () => {
    const { quotes } = quotesOf(
      'In a statement on Friday, Tom Reyes, a spokesman for the council, said the bridge was “unsafe.”',
      '“The council acted on the best advice it had at the time,” the statement said.',
    );
    expect(find(quotes, 'best advice').speaker).toBe('Tom Reyes');
  });
});

describe('speakers named by their role', () => {
  it('credits “the spokesperson” to the body named before when no person is', () => {
    // made-up
    const { quotes } = quotesOf(
      'The Department of Roads and Bridges did not accept the offer.',
      '“Repairs of this kind need a full review before any work can start,” the spokesperson said.',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Department of Roads and Bridges', speaker_type: 'organization' });
  });

  it('resolves “the 56-year-old” to the person just named', () => {
    // made-up
    const { quotes } = quotesOf('Jon Marsh has agreed to coach the club until 2025.', 'The 56-year-old said after signing: “I am excited to be here.”');
    expect(quotes[0]!.speaker).toBe('Jon Marsh');
  });
});

describe('one-word speakers', () => {
  it('types a one-word name described like a person as a person, a bare one as a body', () => {
    // made-up
    const { quotes } = quotesOf('“We lost everything,” said Fatima, 34, a mother of three.');
    expect(quotes.map((q) => [q.speaker, q.speaker_type])).toEqual([['Fatima', 'person']]);
    const body = quotesOf('“Nobody came to help us at all,” Tottenham said in a statement.');
    expect(body.quotes[0]).toMatchObject({ speaker: 'Tottenham', speaker_type: 'organization' });
  });
});
