/**
 * Sentence boundaries inside a paragraph, computed on a copy whose quoted
 * text is masked, so that periods inside quotes never end the writer's
 * sentence. A quote's own final punctuation ends the sentence (“… now.”
 * Then …) unless an attribution follows (“… now?” Smith asked).
 */
import type { ArticleBody } from '../types.ts';
import { QUOTE_CUE_VERBS } from '../lexicon/speech.ts';
import type { QuoteSpan } from './scan-marks.ts';

const SENTENCE_END = /[.!?…]+[)\]’'"”»]*\s+(?=[\p{Lu}\p{N}“"‘„«(\[])/gu;
/** Words after which a period does not end a sentence (lower case, without the period). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'maj', 'adm', 'jr', 'sr',
  'inc', 'co', 'corp', 'ltd', 'no', 'vs', 'etc', 'prof', 'rev', 'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'jan',
  'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'fig', 'approx', 'est', 'dept', 'univ', 'd.c', 'n.y',
]);
const LAST_WORD = /([\p{L}.]+)$/u;
/** An initial or a run of them ("R", "j.r"): a period after it is no sentence end. */
const INITIALS = /^(?:\p{L}\.)*\p{L}$/u;
const FINAL_PUNCT = /[.!?…]/u;
const VERB_SET = new Set(QUOTE_CUE_VERBS);
/** Up to four capitalised words (a name) then a word: "Aderholt asked" after a quote ending in "?" or "!". */
const NAME_THEN_WORD = /^(?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}(\p{Ll}+)/u;
/** Mask character for quoted text. */
export const MASK = 'x';

/** Sentences of one paragraph as [start, end) offsets into body.text. */
export type SentenceBounds = Array<[number, number]>;

/** A paragraph with its quoted text masked, and its sentences. */
export interface MaskedParagraph {
  start: number;
  masked: string;
  sentences: SentenceBounds;
}

/** Whether a period at the end of the word before `at` is an abbreviation or initial, not a sentence end. */
export function isAbbreviationBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 12), at);
  const word = LAST_WORD.exec(before)?.[1]?.toLowerCase() ?? '';
  const bare = word.replace(/\.$/u, '');
  return ABBREVIATIONS.has(bare) || INITIALS.test(bare);
}

/** The text of paragraph `pi` with the words of its quotes masked (their final punctuation kept). */
function maskQuotes(body: ArticleBody, pi: number, spans: readonly QuoteSpan[]): string {
  const para = body.paragraphs[pi]!;
  const chars = para.text.split('');
  for (const span of spans) {
    for (const part of span.parts) {
      if (part.paragraph !== pi) continue;
      for (let j = part.start; j < part.end; j++) chars[j - para.start] = MASK;
      const last = body.text[part.end - 1];
      if (last !== undefined && FINAL_PUNCT.test(last)) chars[part.end - 1 - para.start] = last;
    }
  }
  return chars.join('');
}

/**
 * Masks the quotes of paragraph `pi` and splits it into sentences.
 */
export function maskParagraph(body: ArticleBody, pi: number, spans: readonly QuoteSpan[]): MaskedParagraph {
  const para = body.paragraphs[pi]!;
  // Most paragraphs hold no quote: their text is their masked text, with no array of its characters to build.
  const masked = spans.some((span) => span.parts.some((part) => part.paragraph === pi)) ? maskQuotes(body, pi, spans) : para.text;
  const sentences: SentenceBounds = [];
  let begin = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(masked); m !== null; m = SENTENCE_END.exec(masked)) {
    if (m[0].startsWith('.') && isAbbreviationBefore(masked, m.index)) continue;
    const end = m.index + m[0].length;
    const follow = NAME_THEN_WORD.exec(masked.slice(end, end + 80));
    if (follow && !m[0].startsWith('.') && VERB_SET.has(follow[1]!)) continue;
    sentences.push([para.start + begin, para.start + end]);
    begin = end;
  }
  sentences.push([para.start + begin, para.end]);
  return { start: para.start, masked, sentences };
}

/** Index of the sentence holding `offset`. */
export function sentenceAt(sentences: SentenceBounds, offset: number): number {
  for (let s = 0; s < sentences.length; s++) {
    if (offset < sentences[s]![1]) return s;
  }
  return sentences.length - 1;
}
