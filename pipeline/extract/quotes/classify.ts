/**
 * Tells quotes from quoted words that are not speech: scare quotes and
 * terms (so-called “…”, a quoted word with no speech act), titles (after
 * "titled", "book", "film" …, or Title Case with no speaker), headlines;
 * and tells full (direct) quotes from fragments inside the writer's own
 * sentence (partial).
 */
import type { QuoteKind } from '../types.ts';
import { ELISION_PREFIX } from './quote-marks.ts';
import { HYPOTHETICAL_CUES, TITLE_VERBS } from '../lexicon/speech.ts';
import { MAX_HEADING_WORDS, MAX_TERM_WORDS, MAX_TITLE_WORDS, MIN_FLOATING_WORDS } from './thresholds.ts';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const TITLE_NOUNS = /\b(?:book|books|film|films|movie|movies|album|song|songs|single|show|series|novel|documentary|play|episode|article|op-ed|column|podcast|essay|poem|report|paper|study|programme|program|exhibition|memoir|sitcom|track|musical|opera|hashtag|campaign|slogan|headline|titled|entitled|called|named|nicknamed|dubbed|so-called|so called|as)\s*[,:]?\s*$/iu;
const TITLE_VERB_END = new RegExp(`(?:${TITLE_VERBS.map((v) => v.replace(/[-\s]/gu, '[-\\s]')).join('|')})\\s*[,:]?\\s*$`, 'iu');
const HYPOTHETICAL = new RegExp(`\\b(?:${HYPOTHETICAL_CUES.join('|')})\\s*[,:]?\\s*$`, 'iu');
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'de', 'la', 'le', 'del', 'di', 'dello', 'della', 'da', 'e', 'et', 'y', '&', 'is', 'it', 'as', 'vs',
  // Articles and contracted prepositions of other languages in titles ("Ritorno al Futuro", "Im Westen nichts Neues").
  'al', 'il', 'lo', 'los', 'las', 'el', 'der', 'die', 'das', 'des', 'du', 'au', 'aux', 'von', 'van', 'zu', 'im', 'am', 'nel', 'nella']);
/** Sentence punctuation anywhere in a paragraph (headings have none). */
const SENTENCE_PUNCT = /[.!?:;…。！？]/u;
const LEADING_MARKS = /^[\s"“‘'«(\[]+/u;
const TRAILING_MARKS = /[\s"”’»)\]]+$/u;
const LOWER_START = /^[\s'‘"“(\[]*\p{Ll}/u;
/** Text before a quote that introduces speech directly ("caption: “Welcome Jose”", "he said, “…”"). */
const INTRODUCED = /(?::|\b(?:said|says|wrote|tweeted|posted|added|told \w+|asked|shouted|replied),?)\s*$/u;

/** Number of words in a text. */
export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Whether every significant word is capitalised ("Wild Rose", "Knights of the Zodiac"). */
export function isTitleCase(text: string): boolean {
  const ws = text.match(WORD) ?? [];
  let significant = 0;
  for (const w of ws) {
    if (SMALL_WORDS.has(w.toLowerCase())) continue;
    significant++;
    if (!/^[\p{Lu}\p{N}]/u.test(w)) return false;
  }
  return significant > 0;
}

/** Whether a paragraph reads as a heading: short, no closing punctuation. */
export function looksLikeHeading(paragraph: string, kind: string): boolean {
  if (kind === 'heading') return true;
  const core = paragraph.replace(TRAILING_MARKS, '').replace(LEADING_MARKS, '').replace(ELISION_PREFIX, '');
  return wordCount(paragraph) <= MAX_HEADING_WORDS && !SENTENCE_PUNCT.test(core);
}

/** Context the classifier needs about one quote. */
export interface ClassifyInput {
  text: string;
  /** Writer's text before the quote in its sentence. */
  left: string;
  /** Writer's text after the quote in its sentence. */
  right: string;
  attributed: boolean;
  inHeading: boolean;
  /** The quote is the whole paragraph (or starts it and runs to its end). */
  wholeParagraph: boolean;
}

/** 'drop' for terms, titles and headlines; otherwise the quote's kind. */
export function classifyQuote(q: ClassifyInput): QuoteKind | 'drop' {
  const n = wordCount(q.text);
  if (n === 0) return 'drop';
  if (q.inHeading) return 'drop';
  if (TITLE_VERB_END.test(q.left)) return 'drop';
  // "as a famous detective would say, “…”": hypothetical or proverbial speech, nobody's quote.
  if (HYPOTHETICAL.test(q.left)) return 'drop';
  if (!q.attributed) {
    if (n < MIN_FLOATING_WORDS || n <= MAX_TERM_WORDS) return 'drop';
    // Quoted words inside the writer's sentence with nobody saying them: a phrase, not a quote ("blindsided by “the X of it all.”").
    const left = q.left.trim().replace(ELISION_PREFIX, '').trim();
    if (left.length > 0 && !left.endsWith(':')) return 'drop';
    if (TITLE_NOUNS.test(q.left) || isTitleCase(q.text)) return 'drop';
  } else if (isTitleCase(q.text) && n <= MAX_TITLE_WORDS && !INTRODUCED.test(q.left)) {
    // “War & Peace”, “Glasgow”: names of works and things, even in a sentence with a speaker.
    return 'drop';
  }
  return kindOf(q);
}

function kindOf(q: ClassifyInput): QuoteKind {
  const left = q.left.trim().replace(ELISION_PREFIX, '').trim();
  if (left.length === 0 || left.endsWith(':')) return 'direct';
  if (LOWER_START.test(q.text)) return 'partial';
  if (/,$/u.test(left) && wordCount(q.text) >= MIN_FLOATING_WORDS) return 'direct';
  return wordCount(q.text) >= 12 && /[.!?]$/u.test(q.text.trim()) ? 'direct' : 'partial';
}
