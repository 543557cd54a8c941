// Inside a block quotation, "he"/"she" is not the block's own writer (who would write "I"). Made-up text, hand-built bodies.
import { describe, expect, it } from 'vitest';
import { buildBody } from '../../pipeline/extract/body.ts';
import { extractQuotes } from '../../pipeline/extract/quotes/extract-quotes.ts';
import { committedWeights, withSpeakerChoices } from '../../pipeline/extract/quotes/speaker-model/chooser.ts';
import type { SpeakerCandidate } from '../../pipeline/extract/quotes/speaker-model/candidates.ts';

const BLOCK = 'The port drifted all year, and Omar Teller’s critics were ignored at every meeting, when he said there was “no reason to hurry” on the wages. [Source]';

describe('a pronoun inside a block quotation', () => {
  it('never stands for the writer the block is credited to', () => {
    const body = buildBody([
      { text: 'Writing for the Harbour Gazette, Paul Dunmore argued that the minister had failed the port:', kind: 'p', block: null },
      { text: BLOCK, kind: 'blockquote', block: 0, links: [{ href: 'https://example.org/a', anchor: '[Source]', start: BLOCK.length - 8, end: BLOCK.length }] },
    ], 'made-up');
    const seen: SpeakerCandidate[][] = [];
    const quotes = withSpeakerChoices(committedWeights(), (_s, c) => { seen.push([...c]); }, () => extractQuotes(body));
    expect(quotes.find((q) => q.kind === 'block')!.speaker).toBe('Paul Dunmore');
    const inner = quotes.find((q) => q.text === 'no reason to hurry')!;
    expect(inner.speaker).toBe('Omar Teller');
    const candidates = seen.find((c) => c.some((x) => x.speaker === 'Omar Teller'))!;
    expect(candidates.map((c) => c.speaker)).not.toContain('Paul Dunmore');
  });
});
