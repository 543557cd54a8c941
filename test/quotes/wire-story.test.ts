// A made-up wire story mixing the usual patterns: every name and sentence here is made-up.
import { describe, expect, it } from 'vitest';
import { expectOffsets, quotesOf } from './helpers.ts';

const { body, quotes } = quotesOf(
  'BERLIN (Reuters) - German Chancellor Olaf Brandt on Monday defended his government’s energy plan, saying it was “the only responsible path” after months of debate.',
  '“We cannot afford to wait any longer,” Brandt told reporters in Berlin. “Every month we delay costs families money.”',
  'Opposition leader Katrin Vogel called the plan “a gift to big industry” and said her party would fight it in parliament.',
  '“This is not a plan, it is a wish list,” she said.',
  'The Federation of German Industries said in a statement that the measures were “a step in the right direction” but warned of “serious risks” for smaller firms.',
  'Economists were divided. “The numbers simply do not add up,” said Lena Hart, chief economist at Nordbank. Others were more positive.',
  'Brandt, 58, dismissed the criticism. “Critics said the same thing in 2015,” he said, “and they were wrong then too.”',
);

describe('a made-up wire story', () => {
  it('finds each quote once, split quotes joined', () => {
    expect(quotes).toHaveLength(8);
    expect(quotes[1]!.text).toBe('We cannot afford to wait any longer, Every month we delay costs families money.');
    expect(quotes[7]!.text).toBe('Critics said the same thing in 2015, and they were wrong then too.');
    expectOffsets(body, quotes);
  });

  it('attributes every quote', () => {
    expect(quotes.map((q) => q.speaker)).toEqual([
      'Olaf Brandt', 'Olaf Brandt', 'Katrin Vogel', 'Katrin Vogel',
      'Federation of German Industries', 'Federation of German Industries', 'Lena Hart', 'Olaf Brandt',
    ]);
    expect(quotes.map((q) => q.kind)).toEqual(['partial', 'direct', 'partial', 'direct', 'partial', 'partial', 'direct', 'direct']);
  });
});
