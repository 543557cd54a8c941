// Made-up Portuguese and German sentences: international bodies under their foreign names, abbreviations, and given names of those languages.
import { describe, expect, it } from 'vitest';
import { actor, actorsOf, names } from './helpers.ts';

const PT = 'Segundo a Agência Nacional de Vigilância Sanitária (ANVS) e a Organização Mundial da Saúde (OMS), a ONU e a União Europeia vão ajudar. '
  + 'Os dados da ANVS mostram que o sistema atende milhões de pessoas no país inteiro todos os anos, disse João Ferreirinha.';

describe('foreign names (made-up)', () => {
  it('finds registry bodies by their Portuguese names and abbreviations', () => {
    const actors = actorsOf(PT);
    expect(names(actors, 'organization')).toEqual(expect.arrayContaining(['World Health Organization', 'United Nations', 'European Union', 'Agência Nacional de Vigilância Sanitária']));
    expect(actor(actors, 'Agência Nacional de Vigilância Sanitária').aliases).toContain('ANVS');
  });

  it('knows Portuguese given names, with or without accents', () => {
    expect(names(actorsOf(PT), 'person')).toEqual(['João Ferreirinha']);
  });
});
