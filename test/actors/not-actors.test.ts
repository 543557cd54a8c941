// Made-up sentences: works, products, franchises and academic fields are not actors.
import { describe, expect, it } from 'vitest';
import { actorsOf, names } from './helpers.ts';

describe('not actors (made-up)', () => {
  it('skips a name right after a work noun or right before a franchise or product noun', () => {
    const actors = actorsOf('She starred in the film Harbour Lights in 1998. The Star Quest franchise grew, and the Zentro One console sold well. Dara Quinlan directed it.');
    expect(actors.map((a) => a.name)).toEqual(['Dara Quinlan']);
  });

  it('does not take an academic field as a person', () => {
    expect(actorsOf('Her work drew on Cognitive Grammar and Clinical Psychology, as Mara Tellen noted.').map((a) => a.name)).toEqual(['Mara Tellen']);
  });

  it('does not read a bare local alias of the registry inside a longer name', () => {
    const text = 'The senator from Ohio toured Harwick House in Texas on Monday, then met voters in Dallas.';
    expect(names(actorsOf(text), 'organization')).toEqual([]);
  });
});

describe('fictional characters, teams and surnames (made-up)', () => {
  it('does not take a fictional character named after "the character" or "the protagonist"', () => {
    const actors = actorsOf('In the novel, the protagonist Lira Vance flees the city, and the character Grimbold Thorne follows her. Dara Quinlan wrote it.');
    expect(actors.map((a) => a.name)).toEqual(['Dara Quinlan']);
  });

  it('makes "the Dorset Falcons" and "the Falcons" one organisation', () => {
    const actors = actorsOf("The Dorset Falcons won again on Saturday. The Falcons scored twice in the second half, and the coach praised the Falcons' defence.");
    expect(actors.map((a) => [a.name, a.type])).toEqual([['Dorset Falcons', 'organization']]);
  });

  it('never types a person\'s surname used alone as an organisation', () => {
    const actors = actorsOf('Mira Castellan founded a shipping firm in 1990. Years later, Castellan said the firm had grown too fast, and Castellan sold it to Harbour Lines.');
    expect(names(actors, 'person')).toEqual(['Mira Castellan']);
    expect(names(actors, 'organization')).not.toContain('Castellan');
  });
});
