// A made-up sports report in British style (single quotes as main marks): every name and sentence is made-up.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.ts';

const { quotes } = quotesOf(
  'City manager Pep Guerra said his side had been ‘unlucky’ after the 2-2 draw with Leeds.',
  '‘We created so many chances, but football is like that sometimes,’ the Spaniard told BBC Sport.',
  'Leeds boss Marta Silva was happier. She praised her players for their ‘incredible spirit’.',
  '‘I told them at half-time: keep believing,’ she said. ‘They did.’',
  'The club’s statement read: “Erling is making good progress and we expect him back soon.”',
);

describe('a made-up sports report', () => {
  it('reads single-quoted speech and joins split quotes', () => {
    expect(quotes.map((q) => q.text)).toEqual([
      'unlucky',
      'We created so many chances, but football is like that sometimes,',
      'incredible spirit',
      'I told them at half-time: keep believing, They did.',
      'Erling is making good progress and we expect him back soon.',
    ]);
  });

  it('resolves “the Spaniard”, “she” and a possessive document', () => {
    expect(quotes.map((q) => q.speaker)).toEqual(['Pep Guerra', 'Pep Guerra', 'Marta Silva', 'Marta Silva', 'The club']);
    expect(quotes[4]!.speaker_type).toBe('organization');
  });
});
