// Made-up sentences: capitals that stand for governments versus capitals as places.
import { describe, expect, it } from 'vitest';
import { codes, described } from './helpers.ts';

describe('capitals standing for governments', () => {
  it('counts a capital followed by a government verb', () => {
    expect(described('Beijing said the report was a farce.')).toEqual(['CN:Beijing:capital']);
    expect(codes('Moscow has repeatedly denied it.')).toEqual(['RU']);
    expect(codes('Moscow and Kyiv have both said they want talks.')).toEqual(['RU', 'UA']);
  });

  it('counts a possessive before a policy word and "the X government"', () => {
    expect(codes("Washington's policy on trade changed.")).toEqual(['US']);
    expect(codes("Beijing's increasingly harsh crackdown on dissent.")).toEqual(['CN']);
    expect(codes("Beijing's streets were empty; London's mayor spoke.")).toEqual([]);
    expect(codes('Relations with the Beijing government soured.')).toEqual(['CN']);
  });

  it('counts a capital followed by ", which" and a government verb', () => {
    expect(codes('Beijing, which has denied the allegations, was silent.')).toEqual(['CN']);
    expect(codes('Beijing, which is home to millions, was hot.')).toEqual([]);
  });

  it('counts pressure from a capital', () => {
    expect(codes('The firm bowed to pressure from Beijing.')).toEqual(['CN']);
    expect(codes('She returned from Beijing.')).toEqual([]);
  });

  it('counts a capital after pro- or anti-', () => {
    expect(codes('Pro-Beijing lawmakers and anti-Moscow protesters.')).toEqual(['CN', 'RU']);
  });

  it('counts a capital as the object of a government act', () => {
    expect(codes('Hanoi has accused Beijing of encroaching.')).toEqual(['CN', 'VN']);
    expect(codes('Tensions between Washington and Tehran rose.')).toEqual(['IR', 'US']);
    expect(codes('Washington-Beijing ties frayed.')).toEqual(['CN', 'US']);
    expect(codes('Trucks use the Baghdad-Damascus highway.')).toEqual([]);
  });

  it('does not count a capital used as a place', () => {
    expect(codes('Dilnaz Omarova, a lawyer in Washington, said she was worried.')).toEqual([]);
    expect(codes('He lives in Beijing and works for a London-based charity.')).toEqual([]);
    expect(codes('She flew to Mexico via Moscow and Paris.')).toEqual(['MX']);
    expect(codes('Trains run between London and Paris every hour.')).toEqual([]);
    expect(codes('Paris was shocked by the attack, and Beijing saw heavy snow.')).toEqual([]);
    expect(codes('The third Beijing resident fell ill.')).toEqual([]);
    expect(codes('Phoning in from London, Harper remembered.')).toEqual([]);
  });

  it('does not count a capital inside another name', () => {
    expect(codes('The Washington Post said the deal was off.')).toEqual([]);
    expect(codes('Jack London wrote the novel.')).toEqual([]);
    expect(codes('Denzel Washington said the film was great.')).toEqual([]);
    expect(codes('The Eagles beat the Washington Commanders. Afterwards, Washington said it would review the tape.')).toEqual([]);
    expect(codes('Washington, DC, is a city.')).toEqual([]);
  });

  it('does not read a sentence end as part of a name', () => {
    expect(codes('They met on Sunday. Washington said it would respond.')).toEqual(['US']);
  });

  it('does not count Brussels (the EU is not a country)', () => {
    expect(codes('Brussels said the rules would change.')).toEqual([]);
  });
});
