/**
 * Joins a quote broken by its attribution ("…,” she said. “…”) into one
 * quote: two quotes in one paragraph whose only text between them is a
 * single attribution clause of the first.
 */
import { MAX_SPLIT_CLAUSE_WORDS } from './thresholds.ts';
import { wordCount } from './classify.ts';

/** The parts of a candidate quote that joining needs. */
export interface Joinable {
  paragraphFirst: number;
  paragraphLast: number;
  openAt: number;
  closeAt: number;
  /** The first quote's attribution sits right after it. */
  attributedRight: boolean;
  /** The quote has its own attribution (any side). */
  attributed: boolean;
  /** Attribution found on the left side of the quote. */
  attributedLeft: boolean;
}

const INNER_SENTENCE_END = /[.!?]["”’)]*\s+\S/u;
const CLAUSE_END = /[.,;:]$/u;
const LEADS_ON = /\b(?:that|as|of|to|the|a|an|and|or|but|with|by|for|was|is|were|are|be|been|being)$/iu;

/**
 * Whether quote `b` continues quote `a` across an attribution clause.
 * `between` is the body text from a's closing mark to b's opening mark.
 */
export function continuesAcross(a: Joinable, b: Joinable, between: string, aText: string): boolean {
  if (a.paragraphLast !== b.paragraphFirst) return false;
  if (!a.attributedRight) return false;
  if (b.attributedRight) return false;
  const clause = between.trim();
  if (clause.length === 0) return false;
  if (wordCount(clause) > MAX_SPLIT_CLAUSE_WORDS) return false;
  if (LEADS_ON.test(clause)) return false;
  if (INNER_SENTENCE_END.test(clause)) return false;
  // The clause closes the attribution ("she said." / "said X," / "he added:"), it does not lead into the second quote ("… stated that").
  return CLAUSE_END.test(clause) || /[,…—-]$/u.test(aText.trim());
}
