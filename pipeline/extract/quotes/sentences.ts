/**
 * Sentence boundaries inside a paragraph, computed on a copy whose quoted
 * text is masked, so that periods inside quotes never end the writer's
 * sentence (“… now.” he said → one sentence).
 */
import type { ArticleBody } from '../types.ts';
import type { QuoteSpan } from './scan-marks.ts';

const SENTENCE_END = /[.!?…]+[)\]’'"”]*\s+(?=[\p{Lu}\p{N}“"‘(\[])/gu;
/** Words after which a period does not end a sentence (lower case, without the period). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'maj', 'adm', 'jr', 'sr',
  'inc', 'co', 'corp', 'ltd', 'no', 'vs', 'etc', 'prof', 'rev', 'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'jan',
  'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'fig', 'approx', 'est', 'dept', 'univ', 'd.c', 'n.y',
]);
const LAST_WORD = /([\p{L}.]+)$/u;

/** Sentences of one paragraph as [start, end) offsets into body.text. */
export type SentenceBounds = Array<[number, number]>;

/**
 * Splits paragraph `pi` into sentences, ignoring sentence punctuation inside
 * the given quotes (their interiors are masked).
 */
export function paragraphSentences(body: ArticleBody, pi: number, spans: readonly QuoteSpan[]): SentenceBounds {
  const para = body.paragraphs[pi]!;
  const chars = para.text.split('');
  for (const span of spans) {
    for (const part of span.parts) {
      if (part.paragraph !== pi) continue;
      for (let j = part.start; j < part.end; j++) chars[j - para.start] = 'x';
    }
  }
  const masked = chars.join('');
  const out: SentenceBounds = [];
  let begin = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(masked); m !== null; m = SENTENCE_END.exec(masked)) {
    const before = masked.slice(Math.max(0, m.index - 12), m.index);
    const word = LAST_WORD.exec(before)?.[1]?.toLowerCase() ?? '';
    const bare = word.replace(/\.$/u, '');
    if (m[0].startsWith('.') && (ABBREVIATIONS.has(bare) || /^\p{L}$/u.test(bare))) continue;
    const end = m.index + m[0].length;
    out.push([para.start + begin, para.start + end]);
    begin = end;
  }
  out.push([para.start + begin, para.end]);
  return out;
}

/** Index of the sentence holding `offset`. */
export function sentenceAt(sentences: SentenceBounds, offset: number): number {
  for (let s = 0; s < sentences.length; s++) {
    if (offset < sentences[s]![1]) return s;
  }
  return sentences.length - 1;
}
