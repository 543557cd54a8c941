// Unnamed sources and groups: every sentence here is made-up.
import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers.ts';

describe('unnamed sources', () => {
  it('gives a bare group of people a null speaker and keeps the description', () => {
    const { quotes } = quotesOf('Some analysts said the merger was “almost certain to fail” within a year.');
    const q = find(quotes, 'almost certain');
    expect(q.speaker).toBeNull();
    expect(q.speaker_description).toBe('Some analysts');
  });

  it('credits officials of a named body to the body, without the adverb after them', () => {
    const { quotes } = quotesOf('Council officials strongly denied that the fee was “a hidden tax on fishermen.”');
    // The body word modifies the description (speaker-bodies.ts: modifiesPeopleNoun), so the description speaks.
    expect(find(quotes, 'hidden tax')).toMatchObject({ speaker: 'Council officials', speaker_type: 'organization' });
  });
});

describe('transcripts', () => {
  it('credits a speaker label in capitals to the person the article names', () => {
    const { quotes } = quotesOf(
      'Ann Ross and Tom Hale debated the budget on the radio.',
      'ROSS: “We expected a much larger turnout this year.”',
      'HALE: “The weather kept many people at home.”',
    );
    expect(find(quotes, 'larger turnout')).toMatchObject({ speaker: 'Ann Ross', speaker_type: 'person' });
    expect(find(quotes, 'weather kept')).toMatchObject({ speaker: 'Tom Hale', speaker_type: 'person' });
  });
});

describe('speaker types', () => {
  it('types a surname after the full name as that person, and a rapporteur or envoy as a person', () => {
    const { quotes } = quotesOf(
      'Governor Maria Ellison toured the valley on Monday.',
      'Ellison said the damage was “worse than anything we have seen.”',
      'The envoy told reporters that “talks will resume next week in the capital.”',
    );
    expect(find(quotes, 'worse than')).toMatchObject({ speaker: 'Maria Ellison', speaker_type: 'person' });
    expect(find(quotes, 'talks will resume').speaker_type).toBe('person');
  });
});
