import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../pipeline/extract/actors/normalise.ts';
import { tokenize } from '../../pipeline/extract/actors/tokens.ts';
import { countriesNamed } from '../../pipeline/extract/actors/country-words.ts';
import { isWordChar } from '../../pipeline/extract/countries/surface-matcher.ts';
import { guessLanguage } from '../../pipeline/extract/html/language-guess.ts';

// Shortcuts taken for speed (issue 12) must answer as the full rules do; names and sentences are made up.
describe('shortcuts give the answers of the full rules', () => {
  it('normaliseName: plain words only lower-cased, everything else through every step', () => {
    expect(normaliseName('Aerolux Airlines')).toBe('aerolux airlines');
    expect(normaliseName('The Vale Group')).toBe('vale group');
    expect(normaliseName('The')).toBe('the');
    expect(normaliseName('the  Vale')).toBe('vale'); // two spaces: not plain, same result
    expect(normaliseName(' Ann Ross')).toBe('ann ross');
    expect(normaliseName('Zoé Ménard')).toBe('zoe menard');
    expect(normaliseName('The U.N.')).toBe('un');
    expect(normaliseName('Ross’s')).toBe('ross');
  });

  it('tokenize: capitals, Arabic articles and elided articles as before', () => {
    const tokens = tokenize('Ann met al-Harbi and el-Sayed at l’Université, then asked ad-hoc questions of Émile.');
    const byText = new Map(tokens.map((t) => [t.text, t]));
    expect(byText.get('Ann')?.capitalised).toBe(true);
    expect(byText.get('al-Harbi')?.capitalised).toBe(true);
    expect(byText.get('el-Sayed')?.capitalised).toBe(true);
    expect(byText.get('Université')?.capitalised).toBe(true);
    expect(byText.get('ad-hoc')?.capitalised).toBe(false);
    expect(byText.get('asked')?.capitalised).toBe(false);
    expect(byText.get('Émile')?.capitalised).toBe(true);
    expect(byText.has('l’Université')).toBe(false);
  });

  it('countriesNamed: pairs remembered by their words still answer per pair', () => {
    expect([...countriesNamed(['South', 'Korea'])]).toContain('KR');
    expect([...countriesNamed(['South', 'Vale'])]).toEqual([]);
    expect([...countriesNamed(['South', 'Korea'])]).toContain('KR'); // asked again: remembered
  });

  it('isWordChar: letters, digits and marks of any script; punctuation and lone surrogates not', () => {
    const text = 'é,中—\u0301\ud83d';
    expect([0, 1, 2, 3, 4, 5].map((i) => isWordChar(text, i))).toEqual([true, false, true, false, true, false]);
    expect(isWordChar(text, 0)).toBe(true); // asked twice: the same answer
    expect(isWordChar(text, 99)).toBe(false);
  });

  it('guessLanguage: a script counted in one pass names its language', () => {
    expect(guessLanguage('Новости дня: в городе открыли новый мост.')).toBe('ru');
    expect(guessLanguage('오늘 서울에서 새로운 다리가 열렸다.')).toBe('ko');
    expect(guessLanguage('The bridge opened today in the town and it was said to be the first of its kind in the region.')).toBe('en');
  });
});
