// Made-up sentences: demonyms and nationality adjectives, versus languages and ethnic groups.
import { describe, expect, it } from 'vitest';
import { codes, described } from './helpers.ts';

describe('demonyms', () => {
  it('reads nationality adjectives and nouns as their country', () => {
    expect(described('Chinese authorities summoned the German ambassador.')).toEqual([
      'CN:Chinese:demonym',
      'DE:German:demonym',
    ]);
    expect(codes('Canadians, Filipinos, Emiratis, Saudis and a Dutch official.')).toEqual(['AE', 'CA', 'NL', 'PH', 'SA']);
    expect(codes('The Argentine coach met Portuguese fans.')).toEqual(['AR', 'PT']);
  });

  it('reads English, Scottish, Welsh and Northern Irish as GB, Irish as IE', () => {
    expect(codes('The English captain and a Scottish singer.')).toEqual(['GB']);
    expect(codes('A Welsh choir.')).toEqual(['GB']);
    expect(codes('A Northern Irish poet.')).toEqual(['GB']);
    expect(codes('An Irish poet.')).toEqual(['IE']);
  });

  it('does not count a language', () => {
    expect(codes('The report was published in Chinese.')).toEqual([]);
    expect(codes('It is available in Chinese and English.')).toEqual([]);
    expect(codes('A Chinese-language newspaper hired English speakers.')).toEqual([]);
    expect(codes('She speaks French and reads German.')).toEqual([]);
    expect(codes('The Chinese characters were translated from Japanese.')).toEqual([]);
    expect(codes('Subtitles in Traditional Chinese, please.')).toEqual([]);
    expect(codes('Editions: Canada (English), Canada (French).')).toEqual(['CA']);
    expect(codes('She is an English professor; her Chinese name means spring.')).toEqual([]);
  });

  it('still counts the country after "in" when a noun follows', () => {
    expect(codes('He died in Chinese custody.')).toEqual(['CN']);
    expect(codes('She believed in Americans and their future.')).toEqual(['US']);
  });

  it('does not count an ethnic group or heritage on its own', () => {
    expect(codes('Uyghurs, Kurds, Tibetans and Arabs live there.')).toEqual([]);
    expect(codes('Ethnic Chinese residents of Korean descent.')).toEqual([]);
    expect(codes('An Indian-origin businessman.')).toEqual([]);
    expect(codes('Uyghurs, Kazakhs and Kyrgyz were detained.')).toEqual([]);
    expect(codes('Mongolian herders in Inner Mongolia protested.')).toEqual([]);
    expect(codes('Mongolian officials visited Inner Mongolia from Mongolia.')).toEqual(['MN']);
    expect(codes('A Chinese-American author.')).toEqual(['US']);
    expect(codes('A Korean Canadian singer.')).toEqual(['CA']);
  });

  it('counts both countries of a bilateral pair', () => {
    expect(codes('Chinese-American relations worsened.')).toEqual(['CN', 'US']);
    expect(codes('The Sino-American trade war.')).toEqual(['CN', 'US']);
    expect(codes('The Israeli-Palestinian conflict.')).toEqual(['IL', 'PS']);
  });

  it('does not read a demonym in the possessive (a brand or a surname)', () => {
    expect(codes("French's mustard sold well.")).toEqual([]);
    expect(codes("The Americans' vote counted.")).toEqual(['US']);
  });

  it('keeps American out of Latin American, South American and Native American', () => {
    expect(codes('Latin American and South American leaders met Native American groups.')).toEqual([]);
    expect(codes('African American voters.')).toEqual([]);
  });

  it('reads Indian as India except for American Indians', () => {
    expect(codes('Indian officials met in New Delhi.')).toEqual(['IN']);
    expect(codes('The American Indian museum.')).toEqual([]);
    expect(codes('The tribe said Indian children were taken to the reservation.')).toEqual([]);
  });
});
