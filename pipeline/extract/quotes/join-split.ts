/**
 * Joins a quote broken by its attribution ("…,” she said. “…”) into one
 * quote: two quotes in one paragraph whose only text between them is a
 * single attribution clause of the first; and a quote paragraph that goes
 * on, with no attribution of its own, right after a paragraph ending in a
 * quote and its attribution.
 */
import type { ArticleBody } from '../types.ts';
import { attributionAfter } from './attribution.ts';
import { ELISION_ONLY, type Candidate } from './candidates.ts';
import { wordCount } from './classify.ts';
import { isAbbreviationBefore } from './sentences.ts';
import type { MaskedText } from './masked-text.ts';
import { MAX_BARE_CLAUSE_WORDS, MAX_SPLIT_CLAUSE_WORDS, MAX_TITLE_WORDS } from './thresholds.ts';
import { QUOTE_CUE_VERBS } from '../lexicon/speech.ts';

/** The parts of a candidate quote that joining needs. */
export interface Joinable {
  paragraphFirst: number;
  paragraphLast: number;
  /** The quote's last part is followed by its own attribution (“…,” she said). */
  attributedRight: boolean;
  /** The quote has an attribution of its own (either side). */
  attributed: boolean;
  /** The quote fills its paragraph (opens it and ends it). */
  wholeParagraph: boolean;
  /** Nothing but the quote's attribution follows it in its paragraph. */
  endsParagraph: boolean;
}

const SENTENCE_BREAK = /[.!?]["”’)]*\s+(?=\S)/gu;
/** Punctuation that closes an attribution clause ("she said," / "said X." / "he added:" / "she said —"). */
const CLAUSE_END = /[.,;:—–-]$/u;
const LEADS_ON = /\b(?:that|as|of|to|the|a|an|and|or|but|with|by|for|was|is|were|are|be|been|being)$/iu;
/** A bare clause that ends on its reporting verb with no comma ("“…,” she said “…”"); see MAX_BARE_CLAUSE_WORDS. */
const ENDS_ON_VERB = new RegExp(`\\b(?:${QUOTE_CUE_VERBS.filter((v) => !v.endsWith('ing')).join('|')})$`, 'iu');
/** "according to X": the clause names a second-hand source, so what follows is a report of its own. */
const ACCORDING_TO = /\baccording to\b/iu;

function hasInnerSentenceEnd(clause: string): boolean {
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(clause); m !== null; m = SENTENCE_BREAK.exec(clause)) {
    if (m[0].startsWith('.') && isAbbreviationBefore(clause, m.index + 1)) continue;
    return true;
  }
  return false;
}

/** The verdict's reason when the second quote is a name inside the attribution clause. */
const RUNS_INTO = 'the clause runs into the second quote';

/** Whether two quotes are one, and the rule that decided. */
export interface JoinVerdict {
  joins: boolean;
  reason: string;
}

/**
 * Whether quote `b` continues quote `a` across an attribution clause.
 * `between` is the body text from a's closing mark to b's opening mark.
 * A second part with an attribution of its own is a quote of its own, and so
 * is a quote in the next paragraph: on PolNeAR train, a quote paragraph after
 * "“…,” X said." is a new quotation 35 times in 37.
 */
export function continuesAcross(a: Joinable, b: Joinable, between: string): JoinVerdict {
  if (!a.attributedRight) return { joins: false, reason: 'the first quote has no attribution after it' };
  if (b.attributedRight) return { joins: false, reason: 'the second quote has its own attribution' };
  if (a.paragraphLast !== b.paragraphFirst) return { joins: false, reason: 'the second quote is in another paragraph' };
  const clause = between.trim();
  if (clause.length === 0) return { joins: false, reason: 'nothing between the quotes' };
  if (wordCount(clause) > MAX_SPLIT_CLAUSE_WORDS) return { joins: false, reason: 'the text between is too long for an attribution' };
  if (LEADS_ON.test(clause)) return { joins: false, reason: 'the clause leads into the second quote' };
  if (hasInnerSentenceEnd(clause)) return { joins: false, reason: 'a sentence of the writer between the quotes' };
  // "…,” he said on ABC’s “This Week”": the second quote is part of the clause (a name), not the speech going on.
  if (!CLAUSE_END.test(clause) && !(ENDS_ON_VERB.test(clause) && wordCount(clause) <= MAX_BARE_CLAUSE_WORDS)) return { joins: false, reason: RUNS_INTO };
  if (ACCORDING_TO.test(clause)) return { joins: false, reason: 'the clause names a second-hand source' };
  return { joins: true, reason: 'one attribution clause between two parts' };
}

function joinable(body: ArticleBody, c: Candidate): Joinable {
  const firstPara = body.paragraphs[c.parts[0]!.paragraph]!;
  const lastPara = body.paragraphs[c.parts[c.parts.length - 1]!.paragraph]!;
  return {
    paragraphFirst: c.parts[0]!.paragraph,
    paragraphLast: c.parts[c.parts.length - 1]!.paragraph,
    attributedRight: c.tailRight && !c.inherited,
    attributed: c.attribution !== null,
    wholeParagraph: ELISION_ONLY.test(body.text.slice(firstPara.start, c.span.openAt)) && c.span.closeAt >= lastPara.end - 1,
    endsParagraph: c.tailRight && !c.inherited && c.sentenceEnd >= lastPara.end,
  };
}

/** One decision of the joiner, for tracing: the two texts, what lies between, and the verdict. */
export interface JoinDecision extends JoinVerdict {
  aText: string;
  bText: string;
  between: string;
}

/** Quotation marks, removed from a clause once the quote inside it is masked. */
const MARKS = /[“”"‘’«»„]|''/gu;
/** The masked letters of a quote (see sentences.ts maskParagraph). */
const MASKED_RUN = /x{2,}/gu;

/**
 * The clause between two quotes with a quoted name inside it ("he said on
 * ABC’s “This Week.”"): the name stands as one word, its marks dropped.
 */
function clauseAround(masked: MaskedText, pi: number, from: number, to: number): string {
  return masked.slice(pi, from, to).replace(MASKED_RUN, 'Q').replace(MARKS, '');
}

function merge(prev: Candidate, cur: Candidate): void {
  prev.parts = [...prev.parts, ...cur.parts];
  prev.span = { ...prev.span, closeAt: cur.span.closeAt };
  prev.tailRight = cur.tailRight && !cur.inherited;
  prev.sentenceEnd = cur.sentenceEnd;
  prev.right = cur.right;
}

/**
 * Joins every quote that continues the one before it (see
 * {@link continuesAcross}); the first part's attribution stands. A short
 * quote that sits inside the attribution clause ("“…,” he said on “This
 * Week.” “…”") stays a quote of its own, and the speech on each side of it
 * is joined across it. `trace` receives every decision (for the explain tool
 * and error counts).
 */
export function joinSplitQuotes(body: ArticleBody, found: readonly Candidate[], masked: MaskedText, trace?: (d: JoinDecision) => void): Candidate[] {
  const joined: Candidate[] = [];
  const text = (c: Candidate): string => body.text.slice(c.parts[0]!.start, c.parts[c.parts.length - 1]!.end);
  const decide = (a: Candidate, b: Candidate, between: string): JoinVerdict => {
    const next = { ...joinable(body, b), attributedRight: attributionAfter(b.right, false) !== null };
    const verdict = continuesAcross(joinable(body, a), next, between);
    trace?.({ ...verdict, aText: text(a), bText: text(b), between });
    return verdict;
  };
  for (let i = 0; i < found.length; i++) {
    const cur = found[i]!;
    const prev = joined[joined.length - 1];
    if (prev) {
      const verdict = decide(prev, cur, body.text.slice(prev.span.closeAt, cur.span.openAt));
      if (verdict.joins) {
        merge(prev, cur);
        continue;
      }
      const after = found[i + 1];
      const pi = prev.parts[prev.parts.length - 1]!.paragraph;
      if (verdict.reason === RUNS_INTO && after && wordCount(text(cur)) <= MAX_TITLE_WORDS && after.parts[0]!.paragraph === pi && cur.parts.length === 1) {
        if (decide(prev, after, clauseAround(masked, pi, prev.span.closeAt, after.span.openAt)).joins) {
          merge(prev, after);
          joined.push(cur);
          i++;
          continue;
        }
      }
    }
    joined.push(cur);
  }
  return joined;
}
