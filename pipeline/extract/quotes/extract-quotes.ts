/**
 * Quote detection and speaker attribution: the orchestrator. Scans the
 * body's quotation marks, reads each quote's attribution from its sentence,
 * joins quotes split by their attribution, drops terms/titles/headlines,
 * then gives every quote its speaker (pronouns, surnames, floating quotes)
 * and adds block quotations with their credit links and the parent of the
 * quotes inside them.
 */
import type { ArticleBody, QuoteDraft } from '../types.ts';
import { assignSpeakers } from './assign-speakers.ts';
import { findBlocks, isCreditLink } from './blocks.ts';
import { partsText, readCandidates, type Candidate } from './candidates.ts';
import { classifyQuote, looksLikeHeading } from './classify.ts';
import { joinSplitQuotes } from './join-split.ts';
import { MaskedText } from './masked-text.ts';
import { scanQuotes, type QuoteSpan } from './scan-marks.ts';
import { SpeakerResolver } from './speaker-resolution.ts';

/** Drops a credit anchor ("[Source]") that an unclosed quote ran into. */
function trimCredit(body: ArticleBody, span: QuoteSpan, creditStarts: ReadonlySet<number>): void {
  const last = span.parts[span.parts.length - 1]!;
  for (const at of creditStarts) {
    if (at > last.start && at < last.end + 1) {
      let end = at;
      while (end > last.start && /\s/u.test(body.text[end - 1]!)) end--;
      last.end = end;
    }
  }
}

/** Keeps quotes (with their kind) and drops terms, titles and headlines. */
function classify(body: ArticleBody, joined: readonly Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  const headings = new Map<number, boolean>();
  const isHeading = (pi: number): boolean => {
    let h = headings.get(pi);
    if (h === undefined) {
      h = looksLikeHeading(body.paragraphs[pi]!.text, body.paragraphs[pi]!.kind);
      headings.set(pi, h);
    }
    return h;
  };
  for (const cand of joined) {
    const para = body.paragraphs[cand.parts[0]!.paragraph]!;
    const lastPara = body.paragraphs[cand.parts[cand.parts.length - 1]!.paragraph]!;
    const { kind } = classifyQuote({
      text: partsText(body, cand.parts), left: cand.left, right: cand.right, attributed: cand.attribution !== null || cand.sentenceCue !== null,
      inHeading: isHeading(cand.parts[0]!.paragraph),
      wholeParagraph: cand.span.openAt <= para.start + 1 && cand.span.closeAt >= lastPara.end - 1,
      speakerFollows: cand.tailRight,
      closed: cand.span.closed,
    });
    if (kind !== 'drop') kept.push({ ...cand, kind });
  }
  return kept;
}

/**
 * Extracts the quotes of an article body. Offsets point into `body.text`;
 * `parent` indexes the block quote holding a quote, `link` the credit link
 * of a block. Works on any body (empty, unbalanced marks) without throwing.
 */
export function extractQuotes(body: ArticleBody): QuoteDraft[] {
  const spans = scanQuotes(body, body.paragraphs.map((_, i) => i));
  const creditStarts = new Set(body.links.filter(isCreditLink).map((l) => l.start));
  for (const span of spans) trimCredit(body, span, creditStarts);
  const masked = new MaskedText(body, spans);
  const candidates = classify(body, joinSplitQuotes(body, readCandidates(body, spans, masked), masked));
  const resolver = new SpeakerResolver(body.text, masked.full(), body.paragraphs.map((p) => p.start));
  return assignSpeakers(body, candidates, findBlocks(body), resolver);
}
