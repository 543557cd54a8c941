// Which words before a reporting verb are its subject: a pronoun with a contraction or after a sentence adverb,
// the subject of a relative clause, the name before appositives closed by a comma, never a clause
// (pipeline/extract/quotes/clause-subject.ts, speaker-phrase.ts). Every sentence here is made-up.
import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers.ts';

describe('a pronoun subject is read through its contraction and the adverbs before it', () => {
  it('reads "he’d" as "he"', () => {
    const { quotes } = quotesOf('Tom Vale at the time said he’d asked his “people” to help.');
    expect(find(quotes, 'people')).toMatchObject({ speaker: 'Tom Vale', speaker_type: 'person' });
  });

  it('reads "Recently she" as "she"', () => {
    const { quotes } = quotesOf('Ann Ross met the voters. Recently she announced on her page, “I am leaving the party!”');
    expect(find(quotes, 'leaving the party')).toMatchObject({ speaker: 'Ann Ross' });
  });
});

describe('a relative clause with a subject of its own', () => {
  it('credits the pronoun after "in which", not the noun the clause hangs on', () => {
    const { quotes } = quotesOf('Tom Vale skipped the meeting. Instead he gave a speech in Lowtown in which he pledged that he would be “a friend to every farmer.”');
    expect(find(quotes, 'friend to every farmer')).toMatchObject({ speaker: 'Tom Vale', speaker_description: null });
  });
});

describe('a comma before the verb closes the appositives after the subject', () => {
  it('credits the name, not the last words of the relative clause', () => {
    const { quotes } = quotesOf('Tom Vale, the former governor, who has resented Mr. Pike’s rise as he has struggled, called his rival “totally scripted.”');
    expect(find(quotes, 'totally scripted')).toMatchObject({ speaker: 'Tom Vale' });
  });
});

describe('a clause is never a subject', () => {
  it('reads past "her plan was behind the losses" to the one who called it so', () => {
    const { quotes } = quotesOf('Tom Vale met Ann Ross in May. He later suggested her plan was behind the losses, called her “third-rate” and left.');
    expect(find(quotes, 'third-rate')).toMatchObject({ speaker: 'Tom Vale', speaker_type: 'person' });
  });
});

describe('the writer’s words after a quote, then a comma and the verb', () => {
  it('credits the name after "said", not the name in the writer’s words', () => {
    const { quotes } = quotesOf('Ann Ross met the board on Thursday. “He can assert it, but it seems unlikely” that Pike can catch Ross, said Steve Vale, a strategist.');
    expect(find(quotes, 'seems unlikely')).toMatchObject({ speaker: 'Steve Vale' });
  });

  it('still reads a titled subject set off by an appositive', () => {
    const { quotes } = quotesOf('“We will win,” company chief Ann Ross, a lawyer, said.');
    expect(find(quotes, 'We will win')).toMatchObject({ speaker: 'Ann Ross' });
  });
});

describe('words between the subject and the verb', () => {
  it('reads a capitalised word ending in -ly as part of a name, not as an adverb', () => {
    const { quotes } = quotesOf('Lowland Weekly, however, says that Mr. Pike is no longer rich, having moved his wealth to “entities beyond his control.”');
    expect(find(quotes, 'beyond his control')).toMatchObject({ speaker: 'Lowland Weekly' });
  });

  it('prefers the name after the quote to a pronoun in the clause before a colon', () => {
    const { quotes } = quotesOf('Very small. But it may have an impact nobody saw: “While lawmakers rest, the banks grow,” Tom Vale, an analyst at Compass Lane Research & Trading, wrote in a note.');
    expect(find(quotes, 'banks grow')).toMatchObject({ speaker: 'Tom Vale' });
  });
});

describe('an absolute clause with an adverb before its participle', () => {
  it('credits the name after "with", not the subject of the main clause', () => {
    const { quotes } = quotesOf('Vale and Pike have used the harshest words about the plan, with Vale recently calling it “a disaster for farmers.”');
    expect(find(quotes, 'disaster for farmers')).toMatchObject({ speaker: 'Vale' });
  });
});
