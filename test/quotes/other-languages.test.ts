// Quotes in other languages: marks, dash attributions, compound past tenses. Every sentence here is made-up.
import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers.ts';

describe('quotes in other languages', () => {
  it('reads a Russian quote in « » with the speaker after a dash', () => {
    const { quotes } = quotesOf('«Мы не допустим повторения этой ошибки», – заявил министр на встрече с журналистами.');
    const q = find(quotes, 'Мы не допустим');
    expect(q.cue).toBe('заявил');
    expect(q.speaker).toBe('министр');
  });

  it('reads a German quote in „ “ and stops the speaker before a time phrase', () => {
    const { quotes } = quotesOf('Die Lage sei „sehr ernst, aber nicht hoffnungslos“, sagte Klaus Wendt am Montag in Bremen.');
    expect(find(quotes, 'sehr ernst').speaker).toBe('Klaus Wendt');
  });

  it('reads a French quote whose verb is a compound past tense', () => {
    const { quotes } = quotesOf('« Nous ne céderons pas », a déclaré la ministre Anne Morel.');
    expect(find(quotes, 'Nous ne céderons pas').speaker).toBe('Anne Morel');
  });

  it('finds a Japanese quote in 「」 followed by a reporting cue', () => {
    const { quotes } = quotesOf('田中氏は「この計画は来年までに完成させる必要がある」と述べた。');
    expect(find(quotes, 'この計画は').kind).not.toBe('block');
  });

  it('reads a German quote opened with „ and closed with a straight mark', () => {
    const { quotes } = quotesOf('Der Plan sei „nicht umsetzbar und viel zu teuer", sagte Anna Roth am Dienstag.');
    expect(find(quotes, 'nicht umsetzbar').speaker).toBe('Anna Roth');
  });

  it('reads a Spanish quote in « » with the speaker after a dash', () => {
    const { quotes } = quotesOf('«No vamos a ceder ante ninguna presión», – dijo la ministra Ana Ruiz.');
    expect(find(quotes, 'No vamos a ceder').cue).toBe('dijo');
  });
});
