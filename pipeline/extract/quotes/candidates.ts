/**
 * Quote candidates: each scanned quote with its sentence, the writer's text
 * around it (quotes masked) and the attribution read from there; quotes of
 * one sentence with no cue of their own share a neighbour's.
 */
import type { ArticleBody, QuoteKind } from '../types.ts';
import { attributionAccordingTo, attributionAfter, attributionBefore, attributionClosingSentence, type Attribution } from './attribution.ts';
import type { MaskedText } from './masked-text.ts';
import type { QuoteSpan } from './scan-marks.ts';
import { sentenceAt } from './sentences.ts';
import { sentenceCueAt } from './sentence-cue.ts';
import { ATTRIBUTION_WINDOW } from './thresholds.ts';

/** A quote on its way to a draft. */
export interface Candidate {
  span: QuoteSpan;
  parts: QuoteSpan['parts'];
  attribution: Attribution | null;
  /** The attribution was taken from another quote of the sentence. */
  inherited: boolean;
  /** The last part of the quote is followed by its own attribution (“…,” she said). */
  tailRight: boolean;
  kind: QuoteKind;
  sentenceStart: number;
  sentenceText: string;
  /** End of the sentence holding the quote's end. */
  sentenceEnd: number;
  /** The sentence before the quote's in the same paragraph (quotes masked), and where it starts; null at a paragraph start. */
  prevSentence: { text: string; start: number } | null;
  /** Writer's text before / after the quote in its sentence (quotes masked). */
  left: string;
  right: string;
  /**
   * Offset (into body.text) of a speech cue elsewhere in the quote's sentence
   * when no attribution could be read ("X endorsed Y, saying he “…”"), else null.
   */
  sentenceCue: number | null;
}

/** A colon ending the text before a quote. */
export const INTRODUCED = /:\s*$/u;
/** Nothing but spaces and elision marks ("[…]"). */
export const ELISION_ONLY = /^[\s[\]….]*$/u;

/** The words of a quote: its parts joined with one space. */
export function partsText(body: ArticleBody, parts: QuoteSpan['parts']): string {
  return parts.map((p) => body.text.slice(p.start, p.end)).join(' ');
}

/** A short parenthesis ("(D-Ore.)", "(AP)"): blanked before reading attributions, so that it is never read as the speaker. */
const SHORT_PARENTHESIS = /\([^()]{0,40}\)/gu;

function blankParentheses(text: string): string {
  return text.replace(SHORT_PARENTHESIS, (m) => ' '.repeat(m.length));
}

function findAttribution(rawLeft: string, rawRight: string, sentence: string): Attribution | null {
  const left = blankParentheses(rawLeft);
  const right = blankParentheses(rawRight);
  if (ELISION_ONLY.test(left)) return attributionAfter(right) ?? attributionAccordingTo(sentence) ?? attributionClosingSentence(right);
  return attributionBefore(left, right) ?? attributionAfter(right, false) ?? attributionAccordingTo(sentence) ?? attributionClosingSentence(right);
}

/** Reads one candidate per scanned quote. */
export function readCandidates(body: ArticleBody, spans: readonly QuoteSpan[], masked: MaskedText): Candidate[] {
  const found = spans.map((span): Candidate => {
    const firstPi = span.parts[0]!.paragraph;
    const lastPi = span.parts[span.parts.length - 1]!.paragraph;
    const sFirst = masked.paragraph(firstPi).sentences;
    const sLast = masked.paragraph(lastPi).sentences;
    const sIndex = sentenceAt(sFirst, span.openAt);
    const prevBounds = sIndex > 0 ? sFirst[sIndex - 1]! : null;
    const prevSentence = prevBounds ? { text: masked.slice(firstPi, prevBounds[0], prevBounds[1]), start: prevBounds[0] } : null;
    const [sentStart] = sFirst[sIndex]!;
    const [, sentEnd] = sLast[sentenceAt(sLast, Math.max(span.openAt, span.closeAt - 1))]!;
    // The writer's text around the quote, within a window (keeps run-on "sentences" from making the scan quadratic).
    const leftFrom = Math.max(sentStart, span.openAt - ATTRIBUTION_WINDOW);
    const rightTo = Math.min(sentEnd, span.closeAt + ATTRIBUTION_WINDOW);
    const left = masked.slice(firstPi, leftFrom, span.openAt);
    const right = span.closeAt <= rightTo ? masked.slice(lastPi, span.closeAt, rightTo) : '';
    const sentenceText = masked.slice(firstPi, leftFrom, firstPi === lastPi ? rightTo : Math.min(body.paragraphs[firstPi]!.end, span.openAt + ATTRIBUTION_WINDOW));
    let attribution = findAttribution(left, right, sentenceText);
    // "X told the meeting:" ¶ “…” — the paragraph before introduces the quote.
    const para = body.paragraphs[firstPi]!;
    const before = body.paragraphs[firstPi - 1];
    if (!attribution && before && before.block === para.block && ELISION_ONLY.test(body.text.slice(para.start, span.openAt)) && INTRODUCED.test(before.text)) {
      const intro = masked.paragraph(firstPi - 1);
      const [from, to] = intro.sentences[intro.sentences.length - 1]!;
      attribution = attributionBefore(intro.masked.slice(from - intro.start, to - intro.start), '');
    }
    const tailRight = (attribution?.side === 'right' && !attribution.closing) || (attribution !== null && attributionAfter(right, false) !== null);
    const sentenceCue = attribution ? null : sentenceCueAt(left, leftFrom, right, span.closeAt, leftFrom === sentStart);
    return { span, parts: [...span.parts], attribution, inherited: false, tailRight, kind: 'direct', sentenceStart: sentStart, sentenceEnd: sentEnd, sentenceText, prevSentence, left, right, sentenceCue };
  });
  shareCues(found);
  return found;
}

/**
 * Quotes in one sentence with no cue share the cue of a neighbour
 * ("called it “pure farce” and a “politicised document”", "have been
 * “terribly disruptive” and …, “we won’t …,” Vesey said").
 */
function shareCues(found: Candidate[]): void {
  for (let c = 1; c < found.length; c++) {
    const cur = found[c]!;
    const prev = found[c - 1]!;
    if (!cur.attribution && prev.attribution && prev.sentenceStart === cur.sentenceStart) {
      cur.attribution = prev.attribution;
      cur.inherited = true;
    }
  }
  for (let c = found.length - 2; c >= 0; c--) {
    const cur = found[c]!;
    const next = found[c + 1]!;
    if (!cur.attribution && next.attribution?.side === 'right' && next.sentenceStart === cur.sentenceStart) {
      cur.attribution = next.attribution;
      cur.inherited = true;
    }
  }
}
