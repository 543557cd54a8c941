// Attributions the readers used to miss: every sentence here is made-up.
import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers.ts';

describe('attributions away from the quote', () => {
  it('reads an attribution that closes the sentence after a clause of the writer', () => {
    const { quotes } = quotesOf('“Most voters would call that a defeat” if the margin stays under five points, said Ivo Marsh, a pollster at a small firm.');
    expect(find(quotes, 'call that a defeat').speaker).toBe('Ivo Marsh');
  });

  it('keeps a quote after such a clause apart from the next quote', () => {
    const { quotes } = quotesOf('“It is a narrow path” for the council, said Ivo Marsh. “Nobody expected the vote to be this close.”');
    expect(quotes).toHaveLength(2);
  });

  it('takes the name before an appositive that opens with a possessive', () => {
    const { quotes } = quotesOf('Rita Vane, Lund’s chief strategist, said, “We are not changing course.”');
    expect(find(quotes, 'not changing course').speaker).toBe('Rita Vane');
  });

  it('reads a name with a middle initial after "according to"', () => {
    const { quotes } = quotesOf('The plan is “a dead end,” according to former harbour chief Walter P. Dunmore.');
    expect(find(quotes, 'a dead end').speaker).toBe('Walter P. Dunmore');
  });

  it('does not take a dateline for part of the speaker', () => {
    const { quotes } = quotesOf('LOWTOWN - Mayoral candidate Ada Brisk on Friday described the budget as “a fairy tale.”');
    expect(find(quotes, 'a fairy tale').speaker).toBe('Ada Brisk');
  });

  it('credits the body an unnamed spokesperson speaks for', () => {
    const { quotes } = quotesOf('A spokesman for the Lowland Rail Company said the line would “reopen within weeks.”');
    const q = find(quotes, 'reopen within weeks');
    expect(q.speaker).toBe('Lowland Rail Company');
    expect(q.speaker_title).toBe('A spokesman');
  });

  it('never reads a party tag in parentheses as the speaker', () => {
    const { quotes } = quotesOf('Rep. Nora Vale (D-Ore.) said the agency would “run out of money by spring.”');
    expect(find(quotes, 'run out of money').speaker).toBe('Nora Vale');
  });

  it('stops the subject of a reporting verb at another reporting verb ("she said she found")', () => {
    const { quotes } = quotesOf('Nora Vale interviewed forty bankers.', 'She said she found that the rules “had barely changed in ten years.”');
    expect(find(quotes, 'barely changed').speaker).toBe('Nora Vale');
  });

  it('reads a closing attribution followed by any appositive, and a long title before a name', () => {
    const { quotes } = quotesOf(
      '“We are thrilled” about the ruling, said Rosa Quint, executive director of the Lowland Nurses Union.',
      '“The town deserves a straight answer,” former harbour board staff writer Ivo Marsh wrote in a column.',
    );
    expect(find(quotes, 'thrilled').speaker).toBe('Rosa Quint');
    expect(find(quotes, 'straight answer').speaker).toBe('Ivo Marsh');
  });
});
