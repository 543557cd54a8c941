// A made-up China news roundup (CDT style): Chinese names, state bodies, registry actors, titles.
import { describe, expect, it } from 'vitest';
import { actor, actorsOf, names } from './helpers.ts';

const TEXT = [
  'Chinese authorities have detained citizen journalist Bai Xuelin again, according to Radio Free Asia. Former Global Times editor Hu Xijin wrote on Weibo that the case was "a matter for the courts."',
  'At a regular press conference, foreign ministry spokesperson Mao Ning said China opposed interference. The Cyberspace Administration of China (CAC) announced new rules on Tuesday. The CAC said platforms must remove "harmful" content. China’s Ministry of Education also issued a notice.',
  'Uyghur scholar Gulnar Tursun has been in prison since 2014. Her daughter, Meryem, told the BBC that she had not heard from her. Tursun’s lawyer said the sentence was unjust.',
].join('\n\n');

describe('a China news roundup (made-up)', () => {
  const actors = actorsOf(TEXT);

  it('finds the people, with titles and without the verb before them', () => {
    expect(names(actors, 'person').sort()).toEqual(['Bai Xuelin', 'Gulnar Tursun', 'Hu Xijin', 'Mao Ning', 'Meryem']);
    expect(actor(actors, 'Bai Xuelin').titles).toEqual(['citizen journalist']);
    expect(actor(actors, 'Hu Xijin').titles).toEqual(['Global Times editor']);
    expect(actor(actors, 'Hu Xijin').affiliation).toBe('registry:global-times');
    expect(actor(actors, 'Gulnar Tursun').mentions).toHaveLength(2);
  });

  it('finds the organisations, merging the abbreviation', () => {
    expect(names(actors, 'organization').sort()).toEqual([
      'BBC', 'Cyberspace Administration of China', 'Global Times', 'Ministry of Education', 'Radio Free Asia',
    ]);
    expect(actor(actors, 'Cyberspace Administration of China').mentions.map((m) => m.surface)).toEqual([
      'Cyberspace Administration of China', 'CAC', 'CAC',
    ]);
    expect(actor(actors, 'Ministry of Education').country).toBe('CN');
  });

  it('gives registry people their registry description', () => {
    const mao = actor(actors, 'Mao Ning');
    expect(mao.key).toBe('registry:mao-ning');
    expect(mao.titles).toEqual(['foreign ministry spokesperson']);
    expect(mao.country).toBe('CN');
  });
});
