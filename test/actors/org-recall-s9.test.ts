// Made-up sentences: organisation rules of session 9 (head words the name model does not read, …).
import { describe, expect, it } from 'vitest';
import { actorsOf, names } from './helpers.ts';
import { ORG_HEADS_OUTSIDE_MODEL } from '../../pipeline/extract/lexicon/org-heads-outside-model.ts';
import { ORG_HEADS } from '../../pipeline/extract/lexicon/english.ts';

describe('head words the name model does not read', () => {
  it('a research lab, a conservatoire and a legion are organisations', () => {
    const text = 'Nadia Orsk works at the Quillmere Signal Lab. She trained at the Conservatoire de Vantelle, and her grandfather served in the Twelfth Legion.';
    expect(names(actorsOf(text), 'organization')).toEqual(expect.arrayContaining(['Quillmere Signal Lab', 'Conservatoire de Vantelle', 'Twelfth Legion']));
    expect(names(actorsOf(text), 'person')).not.toContain('Conservatoire de Vantelle');
  });

  it('a lone "lab" written as a common noun is nothing', () => {
    expect(names(actorsOf('The samples went back to the lab on Monday.'), 'organization')).toEqual([]);
  });

  it('the words stay out of the name model\'s feature list (a retraining would follow)', () => {
    for (const w of ORG_HEADS_OUTSIDE_MODEL) expect(ORG_HEADS.has(w)).toBe(false);
  });
});
