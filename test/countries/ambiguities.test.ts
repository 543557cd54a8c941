// Made-up sentences: names that are also people, states, birds or languages.
import { describe, expect, it } from 'vitest';
import { codes } from './helpers.ts';

describe('Georgia: the US state versus the country', () => {
  it('reads a US-state context as the state', () => {
    expect(codes('He was born in Atlanta, Georgia.')).toEqual([]);
    expect(codes("Georgia's governor signed the bill.")).toEqual([]);
    expect(codes('Georgia voters went to the polls, as did voters in Alabama and Florida.')).toEqual([]);
    expect(codes('The U.S. election hinged on Georgia.')).toEqual(['US']);
    expect(codes('Stacey Abrams, who ran for governor in Georgia, spoke.')).toEqual([]);
  });

  it('reads Georgians as state residents in a US-state text', () => {
    expect(codes('Georgians in Atlanta and Savannah lined up to vote.')).toEqual([]);
  });

  it('reads Georgia listed with other countries as the country', () => {
    expect(codes('The U.S. courted Ukraine, Georgia and Moldova.')).toEqual(['GE', 'MD', 'UA', 'US']);
  });

  it('reads a Caucasus context as the country', () => {
    expect(codes('Georgia and Armenia held talks in Tbilisi.')).toEqual(['AM', 'GE']);
    expect(codes("Georgia's president visited Brussels.")).toEqual(['GE']);
    expect(codes('Protests shook the former Soviet republic of Georgia.')).toEqual(['GE']);
    expect(codes("The ruling Georgian Dream party won Georgia's parliamentary election.")).toEqual(['GE']);
    expect(codes('Georgian officials said Georgia would apply.')).toEqual(['GE']);
  });
});

describe('Jordan: the person versus the country', () => {
  it('reads a person-shaped name as a person', () => {
    expect(codes('Michael Jordan retired.')).toEqual([]);
    expect(codes('Jordan Peterson spoke.')).toEqual([]);
    expect(codes('Jordan Peterson spoke. Later, Jordan said he regretted it.')).toEqual([]);
    expect(codes('He bought Air Jordans. Michael B. Jordan starred.')).toEqual([]);
    expect(codes('"We will win," said Jordan.')).toEqual([]);
    expect(codes('Jordan, who scored twice, was happy.')).toEqual([]);
    expect(codes('Chad Jordan, a spokesman, spoke. Jordan added that counties were ready.')).toEqual([]);
  });

  it('reads the country in country contexts', () => {
    expect(codes('Refugees fled to Jordan.')).toEqual(['JO']);
    expect(codes('Jordan said it would close the border with Syria.')).toEqual(['JO', 'SY']);
    expect(codes("Jordan's King Abdullah met Iraqi leaders.")).toEqual(['IQ', 'JO']);
    expect(codes('He said Jordan, Egypt and Saudi Arabia would help.')).toEqual(['EG', 'JO', 'SA']);
  });
});

describe('Chad: the person versus the country', () => {
  it('reads a person-shaped name as a person', () => {
    expect(codes('Chad Brennan has been named acting secretary.')).toEqual([]);
    expect(codes('Chad Smith played drums. Chad said he was tired.')).toEqual([]);
  });

  it('needs country context for the country', () => {
    expect(codes('Troops were sent to Chad.')).toEqual(['TD']);
    expect(codes('Niger, Chad and Mali signed the pact.')).toEqual(['ML', 'NE', 'TD']);
    expect(codes("Chad's president resigned.")).toEqual(['TD']);
  });
});

describe('Turkey: the country versus the bird', () => {
  it('reads Turkey and Türkiye as the country', () => {
    expect(codes('Turkey said it would veto. Türkiye later agreed.')).toEqual(['TR']);
  });

  it('does not read the bird', () => {
    expect(codes('We roasted a turkey.')).toEqual([]);
    expect(codes('Turkey dinners cost more this year.')).toEqual([]);
    expect(codes('A guide to Thanksgiving Turkey Trots in the county.')).toEqual([]);
    expect(codes('Turkey Hill ice cream sold well.')).toEqual([]);
    expect(codes('Prices rose before Thanksgiving. Turkey is expensive, and a whole turkey costs $40.')).toEqual([]);
  });
});

describe('Congo', () => {
  it('reads DRC, DR Congo and the Democratic Republic of Congo as CD', () => {
    expect(codes('DRC, DR Congo and the Democratic Republic of Congo.')).toEqual(['CD']);
  });

  it('reads Congo alone as CD (news usage) and the Republic of the Congo as CG', () => {
    expect(codes('Fighting in eastern Congo continued.')).toEqual(['CD']);
    expect(codes('The Republic of the Congo and Congo-Brazzaville.')).toEqual(['CG']);
    expect(codes('The Republic of Congo held elections. Congo has oil.')).toEqual(['CG']);
  });
});

describe('Korea', () => {
  it('reads Korea alone as South Korea', () => {
    expect(codes('Korea and Korean exporters.')).toEqual(['KR']);
  });

  it('reads North Korea(n) as KP and South Korea(n) as KR', () => {
    expect(codes('North Korea fired missiles; North Korean state media said so.')).toEqual(['KP']);
    expect(codes('South Korean officials responded.')).toEqual(['KR']);
  });

  it('reads a bare Korea as the North in a text that names only North Korea', () => {
    expect(codes('North Korea fired a missile. The Korean Central News Agency said Korea would respond.')).toEqual(['KP']);
    expect(codes('North Korea fired a missile toward South Korea. Korean markets fell.')).toEqual(['KP', 'KR']);
  });

  it('reads both Koreas together', () => {
    expect(codes('North and South Korea met.')).toEqual(['KP', 'KR']);
  });
});

describe('Washington: the city versus the government', () => {
  it('counts the government', () => {
    expect(codes('Washington imposed sanctions.')).toEqual(['US']);
  });

  it('does not count the city or the state', () => {
    expect(codes('A lawyer in Washington said he would appeal.')).toEqual([]);
    expect(codes('Colorado, Washington, Alaska and Oregon legalised cannabis.')).toEqual([]);
    expect(codes('Washington state lawmakers met.')).toEqual([]);
  });
});

describe('Chinese: the language versus the country', () => {
  it('counts Chinese authorities but not the Chinese language', () => {
    expect(codes('Chinese authorities detained him.')).toEqual(['CN']);
    expect(codes('The book was written in Chinese.')).toEqual([]);
  });
});

describe('other names that are people or things', () => {
  it('reads surnames as people', () => {
    expect(codes('Tom Holland starred in the film.')).toEqual([]);
    expect(codes('Jimmy Wales founded the site.')).toEqual([]);
  });

  it('keeps compass words and organisations named after a country', () => {
    expect(codes('South Wales Police arrested him.')).toEqual(['GB']);
    expect(codes('Kenya Airways cancelled flights.')).toEqual(['KE']);
  });

  it('reads demonyms that are surnames as people', () => {
    expect(codes('Owen French wrote the column. French said it was fair.')).toEqual([]);
    expect(codes('Bill English, a former prime minister, spoke English.')).toEqual([]);
  });

  it('reads a capital that the text uses as a name as a person', () => {
    expect(codes('Ryan Washington scored. Afterwards, Washington said he was proud.')).toEqual([]);
    expect(codes('Paris Jackson arrived. Paris said she was thrilled.')).toEqual([]);
  });

  it('does not read idioms and foods', () => {
    expect(codes('French fries and a guinea pig; Guinea pigs too.')).toEqual([]);
  });
});
