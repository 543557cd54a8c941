// Made-up articles: keys are stable across articles; mention offsets point at their surfaces.
import { describe, expect, it } from 'vitest';
import { bodyFromPlainText } from '../../pipeline/extract/body.ts';
import { extractActors } from '../../pipeline/extract/actors/extract-actors.ts';
import { actor, actorsOf } from './helpers.ts';

describe('actor keys', () => {
  it('are the same for the same actor in two different articles', () => {
    const first = actorsOf('Karen Whitfield, a lawyer, said the Harbour Pilots Association was right. HRW agreed.');
    const second = actorsOf('Weeks later, the Harbour Pilots Association hired Karen Whitfield. Human Rights Watch objected.');
    for (const name of ['Karen Whitfield', 'Harbour Pilots Association', 'Human Rights Watch']) {
      expect(actor(first, name).key).toBe(actor(second, name).key);
    }
    expect(actor(first, 'Human Rights Watch').key).toBe('registry:hrw');
    expect(actor(first, 'Karen Whitfield').key).toBe('person:karen whitfield');
    expect(actor(first, 'Harbour Pilots Association').key).toBe('org:harbour pilots association');
  });

  it('leave out middle initials so that name variants share a key', () => {
    const a = actorsOf('Renata K. Albuquerque said the rise was worrying.');
    const b = actorsOf('Renata Albuquerque said the rise was worrying.');
    expect(a[0]!.name).toBe('Renata K. Albuquerque');
    expect(a[0]!.key).toBe('person:renata albuquerque');
    expect(b[0]!.key).toBe(a[0]!.key);
    expect(actorsOf('Martin Truex Jr. said he was pleased.')[0]!.key).toBe('person:martin truex jr');
  });

  it('carry registry names, aliases and QIDs', () => {
    const un = actor(actorsOf('The UN said so.'), 'United Nations');
    expect(un.key).toBe('registry:un');
    expect(un.wikidata).toBe('Q1065');
    expect(un.aliases).toContain('UN');
  });

  it('are unique within an article', () => {
    const actors = actorsOf('The UN and the United Nations Human Rights Council met. The U.N. said so.');
    const keys = actors.map((a) => a.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('mention offsets', () => {
  it('point at their surfaces in body.text, across paragraphs', () => {
    const body = bodyFromPlainText('Karen Whitfield’s case opened.\n\n“No,” said Whitfield. The HRW report, by Human Rights Watch, said the Chinese government lied.\n\nMr. Wang of the Harbour Pilots Association agreed.');
    const actors = extractActors(body, []);
    expect(actors.length).toBeGreaterThanOrEqual(4);
    for (const a of actors) {
      for (const m of a.mentions) expect(body.text.slice(m.start, m.end)).toBe(m.surface);
    }
    expect(actor(actors, 'Karen Whitfield').mentions.map((m) => m.surface)).toEqual(['Karen Whitfield', 'Whitfield']);
  });
});
