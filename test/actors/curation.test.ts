// Made-up sentences: words that once entered the lists for one page must not misfire elsewhere,
// and the words of another language never reach an English page.
import { describe, expect, it } from 'vitest';
import { actorsOf, names } from './helpers.ts';

describe('no page-fitted words (made-up)', () => {
  it('takes "<Given> Rose said" and "<Given> Milan said" as people, not organisations', () => {
    const actors = actorsOf('Charlene Rose said the vote was close. Anneke Milan said she agreed. Tobias Moon said nothing.');
    expect(names(actors, 'person')).toEqual(['Charlene Rose', 'Anneke Milan', 'Tobias Moon']);
    expect(names(actors, 'organization')).toEqual([]);
  });

  it('never reads an Italian or Portuguese head word on an English page', () => {
    const actors = actorsOf('Sarah Camera, a nurse, said the ward was full. Luca Comune, a farmer, said the harvest was late. Igor Banco said so too.');
    expect(names(actors, 'person')).toEqual(['Sarah Camera', 'Luca Comune', 'Igor Banco']);
    expect(names(actors, 'organization')).toEqual([]);
  });

  it('still reads those head words on a page in their language', () => {
    const text = 'La Camera dei Deputati ha approvato la legge e il Comune di Pietralta ha detto che il progetto non è ancora pronto per la città, secondo i dati.';
    expect(names(actorsOf(text), 'organization')).toEqual(expect.arrayContaining(['Camera dei Deputati', 'Comune di Pietralta']));
  });

  it('finds any country’s UN mission by the state-body rule, whatever the preposition (no registry alias per phrasing)', () => {
    const actors = actorsOf('Tomas Ferreira, a spokesman for the Peruvian mission at the UN, said the text was unfair. The Kenyan mission in Geneva said nothing.');
    expect(names(actors, 'organization')).toEqual(expect.arrayContaining(['Peruvian mission at the UN', 'Kenyan mission in Geneva']));
  });

  it('links a mission "at the UN" to the registry\'s mission "to the UN" of that country', () => {
    const actors = actorsOf('On Tuesday the Chinese mission at the United Nations issued a short note.');
    const mission = actors.find((a) => a.type === 'organization' && /mission/iu.test(a.name));
    expect(mission?.key).toBe('registry:china-un-mission');
  });
});
