// Made-up German and Italian paragraphs: outside English only the registry and strong evidence count.
import { describe, expect, it } from 'vitest';
import { actorsOf } from './helpers.ts';

describe('texts in other languages', () => {
  it('do not take capitalised German nouns as names, nor "Über" as Uber', () => {
    const text = 'Die Daten der Patienten liegen in vielen Systemen. Über die Schnittstellen Die Primärsysteme werden die Daten ausgetauscht, '
      + 'aber Relevante Dokumente fehlen oft. Die Interoperabilität bleibt schwierig, sagen die Kliniken in Heidelberg und Berlin, '
      + 'und Technische Standards sind noch nicht überall vorhanden. Die Akte soll bis zum Jahr fertig sein.';
    expect(actorsOf(text)).toEqual([]);
  });

  it('still find registry actors and organisations with an English head word', () => {
    const text = 'La nuova serie animata dei Cavalieri dello Zodiaco arriva su Netflix, prodotta da Kumo Animation sulla base del manga '
      + 'originale. Gli appassionati di Saint Seiya sono già sul piede di guerra per il nuovo design dei personaggi e della storia.';
    expect(actorsOf(text).map((a) => a.name)).toEqual(['Netflix', 'Kumo Animation']);
  });
});
