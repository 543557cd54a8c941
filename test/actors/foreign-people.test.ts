// Made-up Portuguese and German paragraphs: people named next to a role noun or a reporting word of the text's language.
import { describe, expect, it } from 'vitest';
import { actorsOf, names } from './helpers.ts';

const PT = 'Segundo os dados divulgados nesta semana pelo governo, o número de casos aumentou muito em todo o país durante o mês passado. '
  + 'O presidente Tavinho Quaresma anunciou medidas. Rodolfo Carvalhal disse que a situação é grave.';
const DE = 'Nach Angaben der Behörden ist die Zahl der Fälle im vergangenen Monat in der ganzen Region deutlich gestiegen, wie die Zeitung berichtet '
  + 'und der Sender meldet, und das ist nicht neu, sagt man mit dem Blick auf die Lage, die sich nicht ändert. '
  + 'Geschäftsführer Kuno Brettschneider sagte, die Lage sei ernst. Laut Wiebke Hansmann ist das neu. Hohe Kosten sagte man.';

describe('people outside English (made-up)', () => {
  it('takes names after a Portuguese role noun or before a reporting verb', () => {
    expect(names(actorsOf(PT), 'person')).toEqual(['Tavinho Quaresma', 'Rodolfo Carvalhal']);
  });

  it('takes German names after a role noun or "laut", not a sentence-opening noun pair before "sagte"', () => {
    expect(names(actorsOf(DE), 'person')).toEqual(['Kuno Brettschneider', 'Wiebke Hansmann']);
  });
});

describe('French and Italian elision and cues (made-up)', () => {
  const FR = 'Selon les chiffres publiés cette semaine par le gouvernement, le nombre de cas a beaucoup augmenté dans tout le pays au cours du mois dernier. '
    + 'Le ministre Aurélien Castagnac a déclaré que la situation est grave. Selon Bénédicte Fauvel, c’est nouveau. '
    + 'La Fondation Abbé Pierre et l’Université de Lyon sont partenaires.';

  it('reads names after an elided article and next to French cues', () => {
    const actors = actorsOf(FR);
    expect(names(actors, 'person')).toEqual(['Aurélien Castagnac', 'Bénédicte Fauvel']);
    expect(names(actors, 'organization')).toEqual(['Fondation Abbé Pierre', 'Université de Lyon']);
  });

  it('keeps a capitalised elision inside an English name', () => {
    expect(names(actorsOf('D’Angelo Russell said the team was ready.'), 'person')).toEqual(['D’Angelo Russell']);
  });
});
