import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../pipeline/extract/html/language-guess.ts';
import { readPage } from '../../pipeline/extract/html/read-page.ts';

describe('guessLanguage (made-up sentences)', () => {
  it('names Latin-script languages by their function words', () => {
    expect(guessLanguage('The minister said that the plan, which was agreed with the unions, is the best for the country.')).toBe('en');
    expect(guessLanguage('A equipe do serviço registrou nesta manhã o arrombamento de dois dos cinco automóveis da unidade, que não foram levados pelos ladrões e são usados para o atendimento.')).toBe('pt');
    expect(guessLanguage('Die Regierung hat am Montag angekündigt, dass die Reform nicht vor dem Sommer in Kraft treten wird, und auch die Opposition ist dafür.')).toBe('de');
  });
  it('names languages with their own script', () => {
    expect(guessLanguage('先日、不正に改造したiPhoneを販売したとして逮捕されました。')).toBe('ja');
    expect(guessLanguage('Правительство объявило о новых мерах поддержки.')).toBe('ru');
  });
  it('says nothing when unsure', () => {
    expect(guessLanguage('')).toBeNull();
    expect(guessLanguage('Kyle Busch 5040 Martin Truex 5035')).toBeNull();
  });
  it('fills the language of a page that declares none, and the text overrides a wrong declaration only when it is sure (made-up)', () => {
    const text = '<p>The council said that the bridge, which was built in 1932, is to be closed for repairs and the work will take two years to complete.</p>'.repeat(3);
    expect(readPage(`<html><body><article>${text}</article></body></html>`, null).meta.language).toBe('en');
    const german = '<p>Die Stadt hat gesagt, dass die Brücke, die im Jahr 1932 gebaut wurde, für die Reparatur geschlossen wird und die Arbeit zwei Jahre dauern soll.</p>'.repeat(3);
    expect(readPage(`<html lang="en"><body><article>${german}</article></body></html>`, null).meta.language).toBe('de');
    const list = '<p>Kyle Busch 5040</p><p>Martin Truex 5035</p>';
    expect(readPage(`<html lang="fr"><body><article>${list}</article></body></html>`, null).meta.language).toBe('fr');
  });
});
