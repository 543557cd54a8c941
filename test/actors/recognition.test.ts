// Made-up sentences: which capitalised words are people and organisations.
import { describe, expect, it } from 'vitest';
import { actorsOf, names } from './helpers.ts';

describe('recognising people', () => {
  it('finds a full name with a given name, a title, or a reporting verb', () => {
    const actors = actorsOf('Karen Whitfield said the plan would fail. Mayor Dunmore agreed. "Not now," said Orla Penhallow.');
    expect(names(actors, 'person')).toEqual(expect.arrayContaining(['Karen Whitfield', 'Dunmore', 'Orla Penhallow']));
  });

  it('takes title plus surname as a person ("Mr. Wang")', () => {
    const actors = actorsOf('The factory owner, Mr. Wang, refused to comment on the report.');
    expect(names(actors, 'person')).toEqual(['Wang']);
  });

  it('keeps a middle initial and particles inside names', () => {
    const actors = actorsOf('The study was led by Renata K. Albuquerque and reviewed by Ludwig van der Berg, who said it was sound.');
    expect(names(actors, 'person')).toEqual(expect.arrayContaining(['Renata K. Albuquerque', 'Ludwig van der Berg']));
  });

  it('splits two names joined by "and"', () => {
    const actors = actorsOf('As Adrian Kesselring and Nathan Orvell noted, the section was weak.');
    expect(names(actors, 'person')).toEqual(['Adrian Kesselring', 'Nathan Orvell']);
  });

  it('does not take a title with no name as a person', () => {
    const actors = actorsOf('Calling the ruling "quite troubling," the Norwegian ambassador to Peru stated that it mattered.');
    expect(names(actors, 'person')).toEqual([]);
  });

  it('does not take sentence-initial words, places or titles of works as people', () => {
    const actors = actorsOf('Describing the fall, Likewise Online said nothing. South Carolina voters watched "Mary Poppins" in San Francisco.');
    expect(names(actors, 'person')).toEqual([]);
  });

  it('drops a common word that opens the sentence before a surname', () => {
    const actors = actorsOf('John Smith runs the mill. Unlike Smith, his brother left, unlike the others.');
    expect(names(actors, 'person')).toEqual(['John Smith']);
    expect(actors[0]!.mentions.map((m) => m.surface)).toEqual(['John Smith', 'Smith']);
  });

  it('skips headings in title case', () => {
    const actors = actorsOf('Man Shot at Dallas Gas Station Dies at Hospital\n\nThe police said little.');
    expect(actorsOf.length).toBe(1);
    expect(actors).toEqual([]);
  });
});

describe('recognising organisations', () => {
  it('finds organisations by head word, with connectors inside the name', () => {
    const actors = actorsOf('The Office of the Special Envoy for Rivers and the Brightwater Residents Association both objected.');
    expect(names(actors, 'organization')).toEqual(['Office of the Special Envoy for Rivers', 'Brightwater Residents Association']);
  });

  it('finds governments and ministries named by a demonym', () => {
    const actors = actorsOf('The Syrian government and the Russian defense ministry denied it.');
    expect(names(actors, 'organization')).toEqual(['Syrian government', 'Russian defense ministry']);
    expect(actorsOf('The Chinese government denied it.')[0]?.name).toBe('Chinese government');
  });

  it('finds organisations by context: told, according to, the journal', () => {
    const actors = actorsOf('A researcher told Quillfeather that the findings, published in the journal Marrow Letters, were new, according to Statwise.');
    expect(names(actors, 'organization')).toEqual(expect.arrayContaining(['Quillfeather', 'Marrow Letters', 'Statwise']));
  });

  it('does not take unknown abbreviations without support as organisations', () => {
    const actors = actorsOf('The laptop has a faster CPU and more RAM than the GPU of last year.');
    expect(actors).toEqual([]);
  });

  it('takes an abbreviation that shortens an organisation of the article', () => {
    const actors = actorsOf('The Harbour Pilots Association met on Monday. The HPA said it would strike.');
    const hpa = actors.find((a) => a.name === 'Harbour Pilots Association');
    expect(hpa?.mentions.map((m) => m.surface)).toEqual(['Harbour Pilots Association', 'HPA']);
  });

  it('leaves countries in a list and platforms used as places out', () => {
    const actors = actorsOf('Officials in Canada, France and Belgium posted their tirades on Weibo and Twitter.');
    expect(actors).toEqual([]);
  });

  it('keeps a platform that acts', () => {
    const actors = actorsOf('Twitter said it would label the posts.');
    expect(names(actors, 'organization')).toEqual(['Twitter']);
  });

  it('ignores the agency credit of a dateline', () => {
    const actors = actorsOf('LONDON (AP) — The Harbour Pilots Association met on Monday.');
    expect(names(actors, 'organization')).toEqual(['Harbour Pilots Association']);
  });
});

describe('organisations by company they keep (made-up)', () => {
  it('takes unknown names listed with organisations as organisations', () => {
    const actors = actorsOf('He led acquisitions of Brightwater Studios, Quillspark and Tidebrook Holdings.');
    expect(names(actors, 'organization')).toEqual(['Brightwater Studios', 'Quillspark', 'Tidebrook Holdings']);
  });

  it('does not take places or sentence openers in such lists', () => {
    const actors = actorsOf('Eventually, Netflix opened offices in California, Ohio and Texas.');
    expect(names(actors, 'organization')).toEqual(['Netflix']);
  });

  it('takes an abbreviation right after a name as that name’s, even with other letters', () => {
    const actors = actorsOf('Members of the group Nurses for Open Borders, N4OB, offered help. Later N4OB said it would return.');
    expect(names(actors, 'organization')).toEqual(['Nurses for Open Borders']);
  });

  it('takes a short club name as the club ("Varna" for "FC Varna")', () => {
    const actors = actorsOf('He managed FC Varna in 2004. He also managed Varna and, later, the national side.');
    expect(names(actors, 'organization')).toEqual(['FC Varna']);
  });
});

describe('names with an Arabic article (made-up)', () => {
  it('keeps "al-" inside the name and merges the short form', () => {
    const actors = actorsOf('Committee chair Karim al-Haddad said the vote was fair. Later, al-Haddad left.');
    const haddad = actors.find((a) => a.type === 'person');
    expect(haddad?.name).toBe('Karim al-Haddad');
    expect(haddad?.mentions.map((m) => m.surface)).toEqual(['Karim al-Haddad', 'al-Haddad']);
  });
});

describe('events are not organisations (made-up)', () => {
  it('drops names of events, prizes and competitions, keeps forums', () => {
    const actors = actorsOf('He spoke at the Brightwater Media conference after the Harbour Film Festival. The World Economic Forum was later.');
    expect(names(actors, 'organization')).toEqual(['World Economic Forum']);
  });
});
