// The name before the appositives speaks, not a tag, a body or a description set between commas after it
// (pipeline/extract/quotes/clause-subject.ts nameBeforeAppositives). Every sentence here is made-up.
import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers.ts';

describe('a lawmaker tagged with party and state', () => {
  it('credits the name, not "Democrat of <state>"', () => {
    const { quotes } = quotesOf('Senator Ann Ross, Democrat of Maine, called over her shoulder, “The plan is not helping.”');
    expect(find(quotes, 'plan is not helping')).toMatchObject({ speaker: 'Ann Ross', speaker_type: 'person' });
  });

  it('credits the name before a colon after the tag and a clause', () => {
    const { quotes } = quotesOf('Representative Tom Vale, Republican of Ohio, gave the idea a try in an interview on Tuesday: “Nobody can stop us now.”');
    expect(find(quotes, 'Nobody can stop us')).toMatchObject({ speaker: 'Tom Vale', speaker_type: 'person' });
  });
});

describe('a name inside the appositives names what the appositive describes', () => {
  it('credits the editor, not the newspaper he edits', () => {
    const { quotes } = quotesOf('Ann Ross, the editor of the county’s official newspaper, L’Estafette Lowland, said every mayor was “both honest and tired.”');
    expect(find(quotes, 'honest and tired')).toMatchObject({ speaker: 'Ann Ross' });
  });

  it('credits the founder, not his company', () => {
    const { quotes } = quotesOf('Mr. Vale, whose latest start-up, Brightloom, sells lamps to hotels, said the senator was “a builder at heart.”');
    expect(find(quotes, 'builder at heart')).toMatchObject({ speaker: 'Vale', speaker_type: 'person' });
  });
});

describe('appositives that hold an unnamed-source noun, a clause word or a bracketed tag', () => {
  it('credits the name, not "a … supporter" joined by "and"', () => {
    const { quotes } = quotesOf('Tom Vale, pastor of the Hill Church and a Pike supporter, said: “I have never heard anyone speak like that.”');
    expect(find(quotes, 'never heard anyone')).toMatchObject({ speaker: 'Tom Vale', speaker_description: null });
  });

  it('credits the name after "as", not the role after it', () => {
    const { quotes } = quotesOf('Or, as Tom Vale, a former secretary of transport, put it: “The roads are no longer safe.”');
    expect(find(quotes, 'roads are no longer')).toMatchObject({ speaker: 'Tom Vale' });
  });

  it('credits the name before a party tag in brackets and a relative clause', () => {
    const { quotes } = quotesOf('Sen. Ann Ross (D-Ore.), a candidate for governor who has made schools the heart of her campaign, tweeted a warning. “Remember in May who closed the schools.”');
    expect(find(quotes, 'who closed the schools')).toMatchObject({ speaker: 'Ann Ross' });
  });

  it('credits the name before an aside opened by "when asked"', () => {
    const { quotes } = quotesOf('Tom Vale, when asked about the plan, replied that the mayor “sees the flaws clearly.”');
    expect(find(quotes, 'sees the flaws clearly')).toMatchObject({ speaker: 'Tom Vale' });
  });
});
