// Made-up sentences and tokens: the name model's reading as evidence for an organisation with no head word or cue.
import { describe, expect, it } from 'vitest';
import { actorsOf, names } from './helpers.ts';
import { MODEL_ORGANISATION, modelOrganisation } from '../../pipeline/extract/actors/classify-orgs.ts';
import type { Token } from '../../pipeline/extract/actors/tokens.ts';
import { recogniseActors } from '../../pipeline/extract/actors/extract-actors.ts';
import { bodyFromPlainText } from '../../pipeline/extract/body.ts';

/** Tokens of the words, each read by the model with `label`. */
function tokens(words: string[], label: 'O' | 'PER' | 'ORG'): Token[] {
  let at = 0;
  return words.map((text) => {
    const t: Token = { text, start: at, end: at + text.length, sentenceStart: false, capitalised: true, gapBefore: ' ', nameModel: { label, personMargin: label === 'PER' ? 1 : -1 } };
    at += text.length + 1;
    return t;
  });
}

describe('organisations the name model reads (made-up)', () => {
  it('types a name with no head word as an organisation when the model reads every word so, and says why', () => {
    const text = 'We stayed at a resort run by Club Azur on the north shore.';
    expect(names(actorsOf(text), 'organization')).toEqual(['Club Azur']);
    const reasons = recogniseActors(bodyFromPlainText(text), [], 'en').flatMap((c) => c.members.map((m) => m.reason));
    expect(reasons).toContain(MODEL_ORGANISATION);
  });

  it('needs every word read as an organisation’s', () => {
    expect(modelOrganisation(tokens(['Norvale', 'Builders'], 'ORG'), 'Norvale Builders', 0, false)?.reason).toBe(MODEL_ORGANISATION);
    const mixed = tokens(['Norvale', 'Builders'], 'ORG');
    mixed[0]!.nameModel = { label: 'PER', personMargin: 2 };
    expect(modelOrganisation(mixed, 'Norvale Builders', 0, false)).toBeNull();
  });

  it('leaves a shouted run of capitals and a lone sentence opener alone', () => {
    expect(modelOrganisation(tokens(['KESTREL', 'VOLT', 'MAX'], 'ORG'), 'KESTREL VOLT MAX', 0, false)).toBeNull();
    expect(modelOrganisation(tokens(['Norvale'], 'ORG'), 'Norvale', 0, true)).toBeNull();
    expect(modelOrganisation(tokens(['Norvale'], 'ORG'), 'Norvale', 0, false)?.type).toBe('organization');
  });
});
