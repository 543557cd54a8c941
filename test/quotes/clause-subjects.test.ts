// Which words before a reporting verb are its subject: a pronoun with a contraction or after a sentence adverb,
// the subject of a relative clause, the name before appositives closed by a comma, never a clause
// (pipeline/extract/quotes/clause-subject.ts, speaker-phrase.ts). Every sentence here is made-up.
import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers.ts';

describe('a pronoun subject is read through its contraction and the adverbs before it', () => {
  it('reads "he’d" as "he"', () => {
    const { quotes } = quotesOf('Tom Vale back then said he’d told his “crew” to wait.');
    expect(find(quotes, 'crew')).toMatchObject({ speaker: 'Tom Vale', speaker_type: 'person' });
  });

  it('reads "Recently she" as "she"', () => {
    const { quotes } = quotesOf('Ann Ross met the voters. Lately she posted on her blog, “I am quitting the club!”');
    expect(find(quotes, 'quitting the club')).toMatchObject({ speaker: 'Ann Ross' });
  });
});

describe('a relative clause with a subject of its own', () => {
  it('credits the pronoun after "in which", not the noun the clause hangs on', () => {
    const { quotes } = quotesOf('Tom Vale missed the hearing. Later he addressed a rally in Lowtown in which he promised that he would be “a voice for every fisher.”');
    expect(find(quotes, 'voice for every fisher')).toMatchObject({ speaker: 'Tom Vale', speaker_description: null });
  });
});

describe('a comma before the verb closes the appositives after the subject', () => {
  it('credits the name, not the last words of the relative clause', () => {
    const { quotes } = quotesOf('Tom Vale, the former mayor, who has envied Ms. Pike’s success while he has lagged, called his opponent “utterly rehearsed.”');
    expect(find(quotes, 'utterly rehearsed')).toMatchObject({ speaker: 'Tom Vale' });
  });
});

describe('a clause is never a subject', () => {
  it('reads past "her budget was behind the deficit" to the one who called it so', () => {
    const { quotes } = quotesOf('Tom Vale met Ann Ross in May. He later hinted her budget was behind the deficit, called her “second-class” and walked out.');
    expect(find(quotes, 'second-class')).toMatchObject({ speaker: 'Tom Vale', speaker_type: 'person' });
  });
});

describe('the writer’s words after a quote, then a comma and the verb', () => {
  it('credits the name after "said", not the name in the writer’s words', () => {
    const { quotes } = quotesOf('Ann Ross met the board on Thursday. “She may hope so, yet it looks doubtful” that Pike can overtake Ross, said Steve Vale, a pollster.');
    expect(find(quotes, 'looks doubtful')).toMatchObject({ speaker: 'Steve Vale' });
  });

  it('still reads a titled subject set off by an appositive', () => {
    const { quotes } = quotesOf('“We will win,” company chief Ann Ross, a lawyer, said.');
    expect(find(quotes, 'We will win')).toMatchObject({ speaker: 'Ann Ross' });
  });
});

describe('words between the subject and the verb', () => {
  it('reads a capitalised word ending in -ly as part of a name, not as an adverb', () => {
    const { quotes } = quotesOf('Lowland Weekly, however, reports that Ms. Pike owns no farms now, having handed her land to “trusts run by her cousins.”');
    expect(find(quotes, 'run by her cousins')).toMatchObject({ speaker: 'Lowland Weekly' });
  });

  it('prefers the name after the quote to a pronoun in the clause before a colon', () => {
    const { quotes } = quotesOf('A tiny change. Yet it could matter in a way few expect: “When councils sleep, the lenders feast,” Tom Vale, an economist at Harrow Field Capital & Partners, wrote in a memo.');
    expect(find(quotes, 'lenders feast')).toMatchObject({ speaker: 'Tom Vale' });
  });
});

describe('an absolute clause with an adverb before its participle', () => {
  it('credits the name after "with", not the subject of the main clause', () => {
    const { quotes } = quotesOf('Vale and Pike have spoken sharply about the bridge, with Vale lately calling it “a gift to the builders.”');
    expect(find(quotes, 'gift to the builders')).toMatchObject({ speaker: 'Vale' });
  });
});
