// Made-up German, Portuguese, Spanish, French and Italian sentences: organisations named with foreign head words.
import { describe, expect, it } from 'vitest';
import { actorsOf, names } from './helpers.ts';

describe('organisations outside English (made-up)', () => {
  it('finds German names with a head word last, first or as a compound', () => {
    const text = 'Die Techniker Krankenkasse hat mit dem Universitätsklinikum Hamburg-Eppendorf eine Studie vorgestellt. '
      + 'Das Bundesministerium für Gesundheit und die Stiftung Warentest sind beteiligt, ebenso die Bertelsmann-Stiftung. '
      + 'Laut Brenntal AG war die Studie ein Erfolg, und die Zahlen wurden im Sommer veröffentlicht.';
    const orgs = names(actorsOf(text), 'organization');
    expect(orgs).toEqual(expect.arrayContaining(['Techniker Krankenkasse', 'Universitätsklinikum Hamburg-Eppendorf', 'Bundesministerium für Gesundheit', 'Stiftung Warentest', 'Bertelsmann-Stiftung', 'Brenntal AG']));
    expect(orgs).not.toContain('Die Techniker Krankenkasse');
    expect(orgs).not.toContain('Laut Brenntal AG');
  });

  it('finds Romance names with the head word first and splits them at "y", "e", "et" (one language per article)', () => {
    const pt = 'A Secretaria Municipal de Saúde e a Prefeitura de Vila Serena anunciaram o programa com a Universidade Federal de Campo Alto, '
      + 'segundo os dados divulgados pelo governo nesta semana para todo o país.';
    expect(names(actorsOf(pt), 'organization')).toEqual(['Secretaria Municipal de Saúde', 'Prefeitura de Vila Serena', 'Universidade Federal de Campo Alto']);
    const es = 'El Ministerio de Sanidad y la Universidad de Granada firmaron un acuerdo para los hospitales de la región, que es una de las más pobladas del país.';
    expect(names(actorsOf(es), 'organization')).toEqual(['Ministerio de Sanidad', 'Universidad de Granada']);
    const fr = 'Le Ministère de la Santé et la Société Marvanne ont signé un accord pour les hôpitaux de la région, qui est une des plus peuplées du pays.';
    expect(names(actorsOf(fr), 'organization')).toEqual(['Ministère de la Santé', 'Société Marvanne']);
    const it = 'Il Ministero della Salute e la Fondazione Cariplo sono partner del progetto per gli ospedali della regione, che è una delle più popolose del paese.';
    expect(names(actorsOf(it), 'organization')).toEqual(['Ministero della Salute', 'Fondazione Cariplo']);
  });

  it('finds German federal and state bodies named in one word', () => {
    const text = 'Nach Angaben der Behörden ist die Zahl der Fälle im vergangenen Monat deutlich gestiegen, wie die Zeitung berichtet. '
      + 'Die Bundesregierung und der Bundestag beraten, das Bundesverfassungsgericht entscheidet, die Landespolizei ermittelt. Am Sonntag nicht.';
    expect(names(actorsOf(text), 'organization')).toEqual(['Bundesregierung', 'Bundestag', 'Bundesverfassungsgericht', 'Landespolizei']);
  });

  it('splits at a foreign "and" only between organisations; keeps "Ramón y Cajal" whole', () => {
    const text = 'El Ministerio de Sanidad firmó un acuerdo con la Fundación La Caixa y el Banco Santander para el programa.';
    expect(names(actorsOf(text), 'organization')).toEqual(['Ministerio de Sanidad', 'Fundación La Caixa', 'Banco Santander']);
    expect(names(actorsOf('The scientist Santiago Ramón y Cajal won a prize in 1906.'), 'person')).toEqual(['Santiago Ramón y Cajal']);
  });

  it('takes German hospitals and universities named by a head word first', () => {
    const text = 'Nach Angaben der Behörden ist die Zahl der Fälle im vergangenen Monat deutlich gestiegen, wie die Zeitung berichtet. '
      + 'Der Sender meldet das auch. Das Klinikum Stuttgart und die Universität Hamburg sowie das Krankenhaus Nord forschen.';
    expect(names(actorsOf(text), 'organization')).toEqual(['Klinikum Stuttgart', 'Universität Hamburg', 'Krankenhaus Nord']);
  });

  it('reads German genitives and cuts the noun before "des"/"der"', () => {
    const text = 'Nach Angaben der Behörden ist die Zahl der Fälle im vergangenen Monat deutlich gestiegen, wie die Zeitung berichtet. '
      + 'Der Sender meldet das auch. Laut einer Studie des Robert-Koch-Instituts warnt die Ärztekammer Nordrhein, ebenso der Verband der Ersatzkassen.';
    expect(names(actorsOf(text), 'organization')).toEqual(['Robert-Koch-Instituts', 'Ärztekammer Nordrhein', 'Verband der Ersatzkassen']);
  });

  it('does not read an English plural as a foreign head word', () => {
    expect(names(actorsOf('Cameras were everywhere. Clinicas opened later that week.'), 'organization')).toEqual([]);
  });

  it('takes a name followed by "e.V." as a registered association', () => {
    const text = 'Nach Angaben der Behörden ist die Zahl der Fälle im vergangenen Monat deutlich gestiegen, wie die Zeitung berichtet. '
      + 'Der Sender meldet das auch. Die Deutsche Krebshilfe e.V. und der Verein Lebenshilfe e. V. helfen.';
    expect(names(actorsOf(text), 'organization')).toEqual(['Deutsche Krebshilfe e.V.', 'Verein Lebenshilfe e. V.']);
  });

  it('does not make an all-capital hyphenated part a head word', () => {
    const orgs = names(actorsOf('The charger supports USB-PD and works with most phones sold this year.'), 'organization');
    expect(orgs).toEqual([]);
  });

  it('keeps an English name that starts with a Spanish article', () => {
    const orgs = names(actorsOf('The El Paso Police Department said the road was closed on Monday.'), 'organization');
    expect(orgs).toEqual(['El Paso Police Department']);
  });
});

describe('sports clubs named with a prefix (made-up)', () => {
  it('takes "SV …", "AC …", "FC …" before a title-case word as clubs, not "LG TV" or "AFC West"', () => {
    const orgs = names(actorsOf('The winner ran for SV Werder Bremen. AC Milan and FC Varna also sent runners. The LG TV broke. The AFC West title was won.'), 'organization');
    expect(orgs).toEqual(['SV Werder Bremen', 'AC Milan', 'FC Varna']);
  });
});
