// Speakers given by a description with a name beside it, and cue words used as nouns
// (pipeline/extract/quotes/appositive-names.ts, cue-words.ts). Every sentence here is made-up.
import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers.ts';

describe('a description with the name beside it: the name speaks', () => {
  it('credits the name after "said <description>,"', () => {
    const { quotes } = quotesOf('“The levees will hold this winter,” said the agency’s chief engineer, Ann B. Ross, who oversees the repairs.');
    expect(find(quotes, 'levees will hold')).toMatchObject({ speaker: 'Ann B. Ross', speaker_type: 'person' });
  });

  it('credits the name when a place or time tail follows the description', () => {
    const { quotes } = quotesOf('“We never doubted him,” said his closest friend at Lowtown College, Tom Vale.');
    expect(find(quotes, 'never doubted him')).toMatchObject({ speaker: 'Tom Vale', speaker_type: 'person' });
  });

  it('credits the name between commas before the verb', () => {
    const { quotes } = quotesOf('“The talks are over,” Ms. Hart’s spokesman, Piet Vandermolen, wrote on Friday.');
    expect(find(quotes, 'talks are over')).toMatchObject({ speaker: 'Piet Vandermolen', speaker_type: 'person' });
  });
});

describe('a cue word after a possessive is a noun, not the verb of the attribution', () => {
  it('credits the one who spoke, not the one whose remarks are discussed', () => {
    const { quotes } = quotesOf('Party chair Ann Ross called Tom Vale’s remarks “a new low” on Monday.');
    expect(find(quotes, 'a new low')).toMatchObject({ speaker: 'Ann Ross' });
  });

  it('credits the teller, not the owner of the comments', () => {
    const { quotes } = quotesOf('Senator Lisa Hart told reporters on Tuesday that Vale’s comments “showed contempt for voters.”');
    expect(find(quotes, 'contempt for voters')).toMatchObject({ speaker: 'Lisa Hart' });
  });
});

describe('a name written with initials or an abbreviated title is read whole', () => {
  it('keeps initials run together ("J.R. Vale")', () => {
    const { quotes } = quotesOf('“The storm changed course overnight,” said J.R. Vale, a forecaster at the weather office.');
    expect(find(quotes, 'storm changed course')).toMatchObject({ speaker: 'J.R. Vale', speaker_type: 'person' });
  });

  it('reads the name after an abbreviated title in "according to Mr. X"', () => {
    const { quotes } = quotesOf('Tom Vale chairs the port board. The merger became “the best deal in a decade,” according to Mr. Vale.');
    expect(find(quotes, 'best deal')).toMatchObject({ speaker: 'Tom Vale', speaker_type: 'person' });
  });

  it('keeps a middle initial when an affiliation follows the name', () => {
    const { quotes } = quotesOf('“The ruling will be appealed,” said another senior lawyer, Ann J. Ross of the Lowland Bar.');
    expect(find(quotes, 'ruling will be appealed')).toMatchObject({ speaker: 'Ann J. Ross', speaker_type: 'person' });
  });
});

describe('an unnamed speaker for a body or person named before the role noun', () => {
  it('credits the body an unnamed spokeswoman speaks for, keeping the role', () => {
    const { quotes } = quotesOf('“We are reviewing the data,” an Aerolux spokeswoman said on Tuesday.');
    expect(find(quotes, 'reviewing the data')).toMatchObject({ speaker: 'Aerolux', speaker_type: 'organization', speaker_title: 'spokeswoman' });
  });

  it('credits the person a campaign aide speaks for, by the fullest name the article gives', () => {
    const { quotes } = quotesOf('Senator Ann Ross spoke in Lowtown on Monday.', '“She will win the state,” a senior Ross campaign aide said.');
    expect(find(quotes, 'win the state')).toMatchObject({ speaker: 'Ann Ross', speaker_type: 'person' });
  });

  it('keeps a supporter an unnamed source: a supporter speaks for nobody but themself', () => {
    const { quotes } = quotesOf('“The vote was rigged,” one Ross supporter said.');
    expect(find(quotes, 'vote was rigged')).toMatchObject({ speaker: null, speaker_description: 'one Ross supporter' });
  });
});

describe('an absolute clause: "with X calling it “…”"', () => {
  it('credits the name after "with", not the subject of the main clause', () => {
    const { quotes } = quotesOf('Lowland Party members were quick to pile in, with Sen. Ann Ross calling the plan “a shambles.”');
    expect(find(quotes, 'a shambles')).toMatchObject({ speaker: 'Ann Ross', speaker_type: 'person' });
  });
});
