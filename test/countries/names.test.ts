// Made-up sentences: country names, official names and short forms.
import { describe, expect, it } from 'vitest';
import { codes, described } from './helpers.ts';

describe('country names and short forms', () => {
  it('finds common and official names', () => {
    expect(codes('Canada and the Federal Republic of Germany signed a deal with Lithuania.')).toEqual(['CA', 'DE', 'LT']);
    expect(described("The People's Republic of China protested.")).toEqual(["CN:People's Republic of China:name"]);
  });

  it('finds the short forms of the United States and the United Kingdom', () => {
    expect(described('U.S. and US officials met UK and U.K. envoys in the USA.')).toEqual([
      'US:U.S.:short_form',
      'US:US:short_form',
      'GB:UK:short_form',
      'GB:U.K.:short_form',
      'US:USA:short_form',
    ]);
    expect(codes('America and Britain disagree; Great Britain and the United States of America do not.')).toEqual(['GB', 'US']);
  });

  it('reads England, Scotland, Wales and Northern Ireland as GB', () => {
    for (const name of ['England', 'Scotland', 'Wales', 'Northern Ireland']) {
      expect(codes(`She moved to ${name} last year.`)).toEqual(['GB']);
    }
  });

  it('reads Taiwan, Hong Kong and Macao as their own codes', () => {
    expect(codes('Taiwan, Hong Kong, Macau and Macao were discussed.')).toEqual(['HK', 'MO', 'TW']);
  });

  it('knows the alternative names', () => {
    expect(codes('Türkiye, formerly Turkey, and Czechia, the Czech Republic.')).toEqual(['CZ', 'TR']);
    expect(codes('Burma, also called Myanmar, and Holland, the Netherlands.')).toEqual(['MM', 'NL']);
    expect(codes('Ivory Coast and Vietnam, Laos, Syria, Iran and Russia.')).toEqual(['CI', 'IR', 'LA', 'RU', 'SY', 'VN']);
  });

  it('does not count regions, seas or organisations', () => {
    expect(codes('Xinjiang, Tibet, California and Kashmir are regions.')).toEqual([]);
    expect(codes('Scientists returned from Antarctica.')).toEqual([]);
    expect(codes('Ships sail the South China Sea, the Taiwan Strait and the Gulf of Mexico.')).toEqual([]);
    expect(codes('The UN and the EU issued a statement.')).toEqual([]);
    expect(codes('She grew up in New Mexico and New Jersey, then Inner Mongolia.')).toEqual([]);
    expect(codes('Voters in Latin America and North America.')).toEqual([]);
  });
});
