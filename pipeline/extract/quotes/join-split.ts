/**
 * Joins a quote broken by its attribution ("…,” she said. “…”) into one
 * quote: two quotes in one paragraph whose only text between them is a
 * single attribution clause of the first; and a quote paragraph that goes
 * on, with no attribution of its own, right after a paragraph ending in a
 * quote and its attribution.
 */
import { MAX_SPLIT_CLAUSE_WORDS } from './thresholds.ts';
import { wordCount } from './classify.ts';
import { isAbbreviationBefore } from './sentences.ts';

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
const CLAUSE_END = /[.,;:]$/u;
const LEADS_ON = /\b(?:that|as|of|to|the|a|an|and|or|but|with|by|for|was|is|were|are|be|been|being)$/iu;

function hasInnerSentenceEnd(clause: string): boolean {
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(clause); m !== null; m = SENTENCE_BREAK.exec(clause)) {
    if (m[0].startsWith('.') && isAbbreviationBefore(clause, m.index + 1)) continue;
    return true;
  }
  return false;
}

/**
 * Whether quote `b` continues quote `a` across an attribution clause.
 * `between` is the body text from a's closing mark to b's opening mark.
 * A second part with an attribution of its own is a quote of its own.
 */
export function continuesAcross(a: Joinable, b: Joinable, between: string, aText: string): boolean {
  if (!a.attributedRight) return false;
  if (b.attributedRight) return false;
  if (a.paragraphLast !== b.paragraphFirst) {
    // “…,” said X. ¶ “…” — the next paragraph carries on the same speech.
    return b.paragraphFirst === a.paragraphLast + 1 && a.endsParagraph && b.wholeParagraph && !b.attributed;
  }
  const clause = between.trim();
  if (clause.length === 0) return false;
  if (wordCount(clause) > MAX_SPLIT_CLAUSE_WORDS) return false;
  if (LEADS_ON.test(clause)) return false;
  if (hasInnerSentenceEnd(clause)) return false;
  // The clause closes the attribution ("she said." / "said X," / "he added:"), it does not lead into the second quote ("… stated that").
  return CLAUSE_END.test(clause) || /[,…—-]$/u.test(aText.trim());
}
