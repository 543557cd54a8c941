/**
 * Joins a quote broken by its attribution ("…,” she said. “…”) into one
 * quote: two quotes in one paragraph whose only text between them is a
 * single attribution clause of the first; and a quote paragraph that goes
 * on, with no attribution of its own, right after a paragraph ending in a
 * quote and its attribution.
 */
import type { ArticleBody } from '../types.ts';
import { attributionAfter } from './attribution.ts';
import { ELISION_ONLY, partsText, type Candidate } from './candidates.ts';
import { wordCount } from './classify.ts';
import { isAbbreviationBefore } from './sentences.ts';
import { MAX_SPLIT_CLAUSE_WORDS } from './thresholds.ts';

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

/** Joins every quote that continues the one before it (see {@link continuesAcross}); the first part's attribution stands. */
export function joinSplitQuotes(body: ArticleBody, found: readonly Candidate[]): Candidate[] {
  const joined: Candidate[] = [];
  for (const cur of found) {
    const prev = joined[joined.length - 1];
    if (prev) {
      const between = body.text.slice(prev.span.closeAt, cur.span.openAt);
      const next = { ...joinable(body, cur), attributedRight: attributionAfter(cur.right, false) !== null };
      if (continuesAcross(joinable(body, prev), next, between, partsText(body, prev.parts))) {
        prev.parts = [...prev.parts, ...cur.parts];
        prev.span = { ...prev.span, closeAt: cur.span.closeAt };
        prev.tailRight = cur.tailRight && !cur.inherited;
        prev.sentenceEnd = cur.sentenceEnd;
        prev.right = cur.right;
        continue;
      }
    }
    joined.push(cur);
  }
  return joined;
}
