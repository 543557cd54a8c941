// Made-up sentences: mentions of one actor within an article become one actor.
import { describe, expect, it } from 'vitest';
import { actor, actorsOf, names } from './helpers.ts';

describe('within-article coreference', () => {
  it('merges a surname with the full name', () => {
    const actors = actorsOf('Karen Whitfield, a lawyer, filed the case. Whitfield said she would appeal. Later, Whitfield’s office closed.');
    expect(names(actors, 'person')).toEqual(['Karen Whitfield']);
    expect(actor(actors, 'Karen Whitfield').mentions.map((m) => m.surface)).toEqual(['Karen Whitfield', 'Whitfield', 'Whitfield']);
  });

  it('merges a family name written first (East Asian order)', () => {
    const actors = actorsOf('Foreign ministry spokesman Zhou Minghao said the claims were false. Zhou added that talks would go on.');
    expect(actor(actors, 'Zhou Minghao').mentions).toHaveLength(2);
  });

  it('merges an honorific and surname with the full name', () => {
    const actors = actorsOf('Orla Penhallow runs the mill. Ms. Penhallow said the river had risen.');
    expect(names(actors, 'person')).toEqual(['Orla Penhallow']);
  });

  it('merges a registry surname alias ("Bachelet") with the full name', () => {
    const actors = actorsOf('Helena Vasquez released the report. Critics said Vasquez waited too long.');
    const vasquez = actor(actors, 'Helena Vasquez');
    expect(vasquez.mentions.map((m) => m.surface)).toEqual(['Helena Vasquez', 'Vasquez']);
  });

  it('resolves "the High Commissioner" to the person holding that title', () => {
    const actors = actorsOf('On her last day as UN High Commissioner for Human Rights, Helena Vasquez released the report. In it, the high commissioner details abuses.');
    const vasquez = actor(actors, 'Helena Vasquez');
    expect(vasquez.titles).toContain('UN High Commissioner for Human Rights');
    expect(vasquez.mentions.map((m) => m.surface)).toContain('the high commissioner');
    expect(names(actors, 'person')).toEqual(['Helena Vasquez']);
  });

  it('merges an acronym with its expansion, both ways', () => {
    const later = actorsOf('The Harbour Pilots Association met. The HPA said it would strike.');
    expect(names(later, 'organization')).toEqual(['Harbour Pilots Association']);
    const registry = actorsOf('HRW published a report. Human Rights Watch said it was thorough.');
    expect(names(registry, 'organization')).toEqual(['Human Rights Watch']);
    expect(actor(registry, 'Human Rights Watch').mentions).toHaveLength(2);
  });

  it('merges a shorter organisation name and a corporate suffix', () => {
    const actors = actorsOf('Bright Orchard Robotics Inc. won a bid. Bright Orchard Robotics said it was pleased.');
    expect(names(actors, 'organization')).toEqual(['Bright Orchard Robotics Inc.']);
  });

  it('keeps one actor for a country’s government and regime', () => {
    const actors = actorsOf('The Syrian government denied it. Critics said the Syrian regime had lied.');
    expect(names(actors, 'organization')).toEqual(['Syrian government']);
  });

  it('keeps two people with the same surname apart', () => {
    const actors = actorsOf('Karen Whitfield and Tom Whitfield ran the farm. Tom Whitfield said it was hard.');
    expect(names(actors, 'person').sort()).toEqual(['Karen Whitfield', 'Tom Whitfield']);
  });
});

describe('bare names of registry actors', () => {
  it('mean the registry actor only in an article about its country', () => {
    const us = actorsOf('The Senate voted on Tuesday. Senators from Texas and Ohio objected.');
    expect(us.find((a) => a.name === 'US Senate')?.key).toBe('registry:us-senate');
    const elsewhere = actorsOf('The Nigerian Senate adjourned. Lawmakers said the Senate would return in October.');
    expect(elsewhere.map((a) => a.name)).toEqual(['Nigerian Senate']);
    expect(elsewhere[0]!.mentions).toHaveLength(2);
  });

  it('merges initials with the full name', () => {
    const actors = actorsOf('Benjamin Nzeribe, a senator, objected. Later, B. U. Nzeribe said he would not yield.');
    expect(actors.filter((a) => a.type === 'person').map((a) => a.name)).toEqual(['Benjamin Nzeribe']);
  });
});

describe('a country’s government', () => {
  it('has one name and key whatever form the article uses', () => {
    const a = actorsOf('The Government of Syria said the camp was safe.');
    const b = actorsOf('Critics said the Syrian regime had lied.');
    expect(a[0]?.name).toBe('Syrian government');
    expect(a[0]?.key).toBe(b[0]?.key);
    expect(a[0]?.country).toBe('SY');
  });
});

describe('registry people inside longer names (made-up)', () => {
  it('do not take over a relative’s name', () => {
    const actors = actorsOf('Nell Trump said she was proud. Donald Trump agreed.');
    expect(actors.map((a) => [a.name, a.key])).toEqual([
      ['Nell Trump', 'person:nell trump'],
      ['Donald Trump', 'registry:donald-trump'],
    ]);
  });
});
