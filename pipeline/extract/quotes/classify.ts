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
import { MAX_HEADING_WORDS, MAX_TERM_WORDS, MAX_TITLE_WORDS, MIN_FLOATING_WORDS, MIN_FRAGMENT_WORDS } from './thresholds.ts';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const TITLE_NOUNS = /\b(?:book|books|film|films|movie|movies|album|song|songs|single|show|series|novel|documentary|play|episode|article|op-ed|column|podcast|essay|poem|report|paper|study|programme|program|exhibition|memoir|sitcom|track|musical|opera|hashtag|campaign|slogan|headline|titled|entitled|called|named|nicknamed|dubbed|so-called|so called|as)\s*[,:]?\s*$/iu;
const TITLE_VERB_END = new RegExp(`(?:${TITLE_VERBS.map((v) => v.replace(/[-\s]/gu, '[-\\s]+')).join('|')})\\s*[,:]?\\s*$`, 'iu');
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
  /** The quote's own attribution follows it directly (“…,” she said). */
  speakerFollows?: boolean;
  /** False when no closing mark was found (the quote was capped at its paragraph's end). */
  closed?: boolean;
}

/** What the classifier decided about one quote, and the rule that decided it. */
export interface QuoteVerdict {
  kind: QuoteKind | 'drop';
  reason: string;
}

/** A rule of the cascade: a verdict when it applies, else null. */
type Rule = (q: ClassifyInput, words: number) => QuoteVerdict | null;

const drop = (reason: string): QuoteVerdict => ({ kind: 'drop', reason });

/** Text right before a quote that is an attribute of markup left in the text (`author="…"`, `href="…"`). */
const MARKUP_BEFORE = /[\w-]=\s*$/u;
/** A quote that is one token of a web address or handle ("@name", "http://…", "example.com/x"). */
const ADDRESS_ONLY = /^(?:@\w+|(?:https?:\/\/|www\.)\S+|\S+\.(?:com|org|net|gov)(?:\/\S*)?)[.,]?$/iu;
/** A title with a subtitle after a colon, every part in Title Case ("Rising Tides: How the Coast Was Won"). */
const SUBTITLE = /^[^:]{2,}:\s+\S/u;
/** "… by Ann Ross": the quoted words are a work and the name after them its author. */
const BY_AUTHOR = /^\s*[,]?\s*by\s+\p{Lu}/u;
/** A quote that ends in an exclamation mark. */
const EXCLAIMED = /!["”’]*[,.]?\s*$/u;
/** The writer's clause ends in a colon right before the quote ("Ann Ross shot back: “…”"). */
const COLON_INTRO = /\p{L}[\p{L}'’]*\s*:\s*$/u;

/** Markup left in the text: attribute values and addresses are not speech. */
const markupResidue: Rule = (q) => (MARKUP_BEFORE.test(q.left) || ADDRESS_ONLY.test(q.text.trim()) ? drop('markup or web address') : null);

const headline: Rule = (q, n) => (n === 0 ? drop('no words') : q.inHeading ? drop('headline') : null);

/** Quotes listed before this one in the same list ("such as “a,” “b” and "), masked by the scanner: removed to find the phrase that names them all. */
const LISTED_BEFORE = /(?:[“"‘'«]x+[.,]?[”"’'»]?[.,]?\s*(?:,|\band\b|\bor\b)?\s*)+$/u;

const namedByTitleVerb: Rule = (q) => (TITLE_VERB_END.test(q.left) || TITLE_VERB_END.test(q.left.replace(LISTED_BEFORE, '')) ? drop('named by a title verb ("titled …")') : null);

/** "as a famous detective would say, “…”": hypothetical or proverbial speech, nobody's quote. */
const hypothetical: Rule = (q) => (HYPOTHETICAL.test(q.left) ? drop('hypothetical speech') : null);

/** Works named with a subtitle or an author ("“Rising Tides: How the Coast Was Won” by Ann Ross"), at any length. */
const workWithSubtitleOrAuthor: Rule = (q) => {
  if (!isTitleCase(q.text)) return null;
  if (SUBTITLE.test(q.text) || BY_AUTHOR.test(q.right)) return drop('title of a work (subtitle or author)');
  return null;
};

/** Quoted words with no speech act in their sentence: terms, phrases and titles, unless a colon introduces them. */
const unattributed: Rule = (q, n) => {
  if (q.attributed) return null;
  const left = q.left.trim().replace(ELISION_PREFIX, '').trim();
  // "Ann Ross shot back: “That would be good.”": the writer's clause introduces speech with a colon.
  if (COLON_INTRO.test(left) && !isTitleCase(q.text) && /[.!?]$/u.test(q.text.trim())) return null;
  // "…, which she called “a threat to every family farm in the valley”": a long lower-case fragment is somebody's words; terms are short and titles capitalised.
  // An unclosed mark ("isn ‘t slowing down …") is more often a stray apostrophe than a quote.
  if (n >= MIN_FRAGMENT_WORDS && LOWER_START.test(q.text) && q.closed !== false) return null;
  if (n < MIN_FLOATING_WORDS || n <= MAX_TERM_WORDS) return drop('short term with no speech act');
  // Quoted words inside the writer's sentence with nobody saying them: a phrase, not a quote ("blindsided by “the X of it all.”").
  if (left.length > 0 && !left.endsWith(':')) return drop('phrase in the writer\'s sentence, no speaker');
  if (TITLE_NOUNS.test(q.left) || isTitleCase(q.text)) return drop('title with no speaker');
  return null;
};

/** “War & Peace”, “Glasgow”: names of works and things, even in a sentence with a speaker, unless introduced as speech. */
const titleCaseName: Rule = (q, n) => {
  if (!q.attributed || !isTitleCase(q.text) || n > MAX_TITLE_WORDS || INTRODUCED.test(q.left)) return null;
  // “Denver,” he answered. — a sentence opening with the quote and its speaker right after is speech, capitals or not.
  if (q.speakerFollows && q.left.trim().length === 0) return null;
  // “Shame!”, “VOTE NOW!”: an exclamation in a sentence with a speech cue is shouted, not a name (8 in 9 on PolNeAR train).
  if (EXCLAIMED.test(q.text)) return null;
  return drop('title case name of a work or thing');
};

/** The cascade, in order; the first rule that applies decides. */
const RULES: readonly Rule[] = [headline, markupResidue, namedByTitleVerb, hypothetical, workWithSubtitleOrAuthor, unattributed, titleCaseName];

/** 'drop' for terms, titles and headlines; otherwise the quote's kind; with the rule that decided. */
export function classifyQuote(q: ClassifyInput): QuoteVerdict {
  const n = wordCount(q.text);
  for (const rule of RULES) {
    const verdict = rule(q, n);
    if (verdict) return verdict;
  }
  return { kind: kindOf(q), reason: q.attributed ? 'attributed' : 'speech introduced by a colon or a floating sentence' };
}

function kindOf(q: ClassifyInput): QuoteKind {
  const left = q.left.trim().replace(ELISION_PREFIX, '').trim();
  if (left.length === 0 || left.endsWith(':')) return 'direct';
  if (LOWER_START.test(q.text)) return 'partial';
  if (/,$/u.test(left) && wordCount(q.text) >= MIN_FLOATING_WORDS) return 'direct';
  return wordCount(q.text) >= 12 && /[.!?]$/u.test(q.text.trim()) ? 'direct' : 'partial';
}
