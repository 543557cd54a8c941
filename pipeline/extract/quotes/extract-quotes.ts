/**
 * Quote detection and speaker attribution: the orchestrator. Scans the
 * body's quotation marks, reads each quote's attribution from its sentence,
 * drops terms/titles/headlines, joins quotes split by their attribution,
 * gives floating quotes the previous speaker, resolves pronouns and
 * surnames, and adds block quotations with their credit links and the
 * parent of the quotes inside them.
 */
import type { ArticleBody, QuoteDraft, QuoteKind, SpeakerType } from '../types.ts';
import { attributionAccordingTo, attributionAfter, attributionBefore, mainClauseSubject, type Attribution } from './attribution.ts';
import { findBlocks, isCreditLink } from './blocks.ts';
import { classifyQuote, looksLikeHeading } from './classify.ts';
import { continuesAcross, type Joinable } from './join-split.ts';
import { scanQuotes, type QuoteSpan } from './scan-marks.ts';
import { MASK, maskParagraph, sentenceAt, type MaskedParagraph } from './sentences.ts';
import { SpeakerResolver } from './speaker-resolution.ts';

/** A quote on its way to a draft. */
interface Candidate {
  span: QuoteSpan;
  parts: QuoteSpan['parts'];
  attribution: Attribution | null;
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
  left: string;
  right: string;
}

const INTRODUCED = /:\s*$/u;
const ELISION_ONLY = /^[\s[\]….]*$/u;

function partsText(body: ArticleBody, parts: QuoteSpan['parts']): string {
  return parts.map((p) => body.text.slice(p.start, p.end)).join(' ');
}

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

function findAttribution(left: string, right: string, sentence: string): Attribution | null {
  if (ELISION_ONLY.test(left)) return attributionAfter(right) ?? attributionAccordingTo(sentence);
  return attributionBefore(left, right) ?? attributionAfter(right, false) ?? attributionAccordingTo(sentence);
}

/**
 * Extracts the quotes of an article body. Offsets point into `body.text`;
 * `parent` indexes the block quote holding a quote, `link` the credit link
 * of a block. Never throws on odd input: an unreadable quote is skipped.
 */
export function extractQuotes(body: ArticleBody): QuoteDraft[] {
  const all = body.paragraphs.map((_, i) => i);
  const spans = scanQuotes(body, all);
  const creditStarts = new Set(body.links.filter(isCreditLink).map((l) => l.start));
  for (const span of spans) trimCredit(body, span, creditStarts);

  const maskedOf = new Map<number, MaskedParagraph>();
  const masked = (pi: number): MaskedParagraph => {
    let m = maskedOf.get(pi);
    if (!m) { m = maskParagraph(body, pi, spans); maskedOf.set(pi, m); }
    return m;
  };
  const maskedSlice = (pi: number, from: number, to: number): string => {
    const m = masked(pi);
    return m.masked.slice(from - m.start, to - m.start);
  };

  // 1. Attribution of each span, from its sentence.
  const found: Candidate[] = spans.map((span) => {
    const firstPi = span.parts[0]!.paragraph;
    const lastPi = span.parts[span.parts.length - 1]!.paragraph;
    const sFirst = masked(firstPi).sentences;
    const sLast = masked(lastPi).sentences;
    const sIndex = sentenceAt(sFirst, span.openAt);
    const prevBounds = sIndex > 0 ? sFirst[sIndex - 1]! : null;
    const prevSentence = prevBounds ? { text: maskedSlice(firstPi, prevBounds[0], prevBounds[1]), start: prevBounds[0] } : null;
    const [sentStart] = sFirst[sIndex]!;
    const [, sentEnd] = sLast[sentenceAt(sLast, Math.max(span.openAt, span.closeAt - 1))]!;
    const left = maskedSlice(firstPi, sentStart, span.openAt);
    const right = span.closeAt <= sentEnd ? maskedSlice(lastPi, span.closeAt, sentEnd) : '';
    const sentenceText = maskedSlice(firstPi, sentStart, firstPi === lastPi ? sentEnd : body.paragraphs[firstPi]!.end);
    let attribution = findAttribution(left, right, sentenceText);
    // "X told the meeting:" ¶ “…” — the paragraph before introduces the quote.
    const para = body.paragraphs[firstPi]!;
    const before = body.paragraphs[firstPi - 1];
    if (!attribution && before && before.block === para.block && ELISION_ONLY.test(body.text.slice(para.start, span.openAt)) && INTRODUCED.test(before.text)) {
      const intro = masked(firstPi - 1);
      const [from, to] = intro.sentences[intro.sentences.length - 1]!;
      attribution = attributionBefore(intro.masked.slice(from - intro.start, to - intro.start), '');
    }
    return { span, parts: [...span.parts], attribution, inherited: false, tailRight: attribution?.side === 'right' || (attribution !== null && attributionAfter(right, false) !== null), kind: 'direct', sentenceStart: sentStart, sentenceEnd: sentEnd, sentenceText, prevSentence, left, right };
  });

  // 2. Quotes in one sentence with no cue share the cue of a neighbour ("“pure farce” and a “politicised document”",
  //    "have been “terribly disruptive” and …, “we won’t …,” Vesey said").
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

  const joinable = (c: Candidate): Joinable => {
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
  };

  // 3. Quotes split by their attribution become one.
  const joined: Candidate[] = [];
  for (const cur of found) {
    const prev = joined[joined.length - 1];
    if (prev) {
      const between = body.text.slice(prev.span.closeAt, cur.span.openAt);
      const bRight = attributionAfter(cur.right, false);
      const ok = continuesAcross(joinable(prev), { ...joinable(cur), attributedRight: bRight !== null }, between, partsText(body, prev.parts));
      if (ok) {
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

  // 4. Terms, titles and headlines are dropped; the rest get their kind.
  const candidates: Candidate[] = [];
  for (const cand of joined) {
    const firstPi = cand.parts[0]!.paragraph;
    const lastPi = cand.parts[cand.parts.length - 1]!.paragraph;
    const para = body.paragraphs[firstPi]!;
    const kind = classifyQuote({
      text: partsText(body, cand.parts), left: cand.left, right: cand.right, attributed: cand.attribution !== null,
      inHeading: looksLikeHeading(para.text, para.kind),
      wholeParagraph: cand.span.openAt <= para.start + 1 && cand.span.closeAt >= body.paragraphs[lastPi]!.end - 1,
    });
    if (kind === 'drop') continue;
    candidates.push({ ...cand, kind });
  }

  // 5. Speakers (floating quotes, pronouns, surnames, documents) and block quotations, in reading order.
  const maskedText = body.paragraphs.map((p, i) => masked(i).masked + (i < body.paragraphs.length - 1 ? body.text.slice(p.end, body.paragraphs[i + 1]!.start) : '')).join('');
  const resolver = new SpeakerResolver(body.text, maskedText, body.paragraphs.map((p) => p.start));
  const blocks = findBlocks(body);
  const out: QuoteDraft[] = [];
  let b = 0;
  let openBlock: { index: number; start: number; end: number; speaker: string | null; type: SpeakerType } | null = null;
  let lastSpeaker: { speaker: string | null; type: SpeakerType; paragraph: number } | null = null;
  const pushBlock = (): void => {
    const blk = blocks[b++]!;
    let speaker: string | null = null;
    let type: SpeakerType = 'unknown';
    if (blk.speaker) {
      const resolved = resolver.resolve(blk.speaker, { offset: blk.introOffset, sentenceStart: blk.introOffset, paragraph: blk.introParagraph, sentence: blk.introSentence });
      speaker = resolved.speaker;
      type = resolved.type;
    }
    out.push({ text: body.text.slice(blk.start, blk.end), kind: 'block', speaker, speaker_type: type, cue: blk.cue, start: blk.start, end: blk.end, parent: null, link: blk.link });
    openBlock = { index: out.length - 1, start: blk.start, end: blk.end, speaker, type };
    lastSpeaker = null;
  };
  for (const cand of candidates) {
    const start = cand.parts[0]!.start;
    const end = cand.parts[cand.parts.length - 1]!.end;
    while (b < blocks.length && blocks[b]!.start <= start) pushBlock();
    const ob = openBlock as { index: number; start: number; end: number; speaker: string | null; type: SpeakerType } | null;
    const inBlock = ob !== null && start >= ob.start && start < ob.end ? ob : null;
    const firstPi = cand.parts[0]!.paragraph;
    const lastPi = cand.parts[cand.parts.length - 1]!.paragraph;
    let speaker: string | null = null;
    let type: SpeakerType = 'unknown';
    let cue: string | null = null;
    const floating = ELISION_ONLY.test(cand.left);
    if (cand.attribution) {
      const cutoff = cand.attribution.verbAt !== undefined && !cand.inherited ? cand.sentenceStart + cand.attribution.verbAt : undefined;
      const resolved = resolver.resolve(cand.attribution.speaker, { offset: cand.span.openAt, sentenceStart: cand.sentenceStart, paragraph: firstPi, sentence: cand.sentenceText, cutoff });
      speaker = resolved.speaker;
      type = resolved.type;
      cue = cand.attribution.cue;
      if (speaker) resolver.remember({ speaker, type, paragraph: lastPi, sentence: cand.sentenceText.toLowerCase(), offset: cand.span.openAt });
    } else if (floating && cand.prevSentence && !cand.prevSentence.text.includes(MASK.repeat(3))) {
      // A quote after a sentence of the writer's: that sentence introduces the speaker ("Aderholt returned to the issue. “…”").
      // The subject of that sentence when it is a person ("He then referred to …"), else its attribution, else the first person it names.
      const subject = mainClauseSubject(cand.prevSentence.text);
      const intro = subject && (subject.pronoun || subject.type === 'person') ? subject : attributionBefore(cand.prevSentence.text, '')?.speaker;
      const place = { offset: cand.span.openAt, sentenceStart: cand.prevSentence.start, paragraph: firstPi, sentence: cand.prevSentence.text, cutoff: cand.prevSentence.start };
      const resolved = intro ? resolver.resolve(intro, place) : resolver.firstPersonIn(cand.prevSentence.start, cand.span.openAt);
      if (resolved && resolved.speaker) {
        speaker = resolved.speaker;
        type = resolved.type;
      } else if (lastSpeaker && firstPi - lastSpeaker.paragraph <= 1) {
        speaker = lastSpeaker.speaker;
        type = lastSpeaker.type;
      }
    } else if (lastSpeaker && firstPi - lastSpeaker.paragraph <= 1 && (floating || INTRODUCED.test(cand.left))) {
      // A floating quote, or one a colon introduces without naming anyone ("That led to a realization: “…”").
      // Floating quote right after an attributed one.
      speaker = lastSpeaker.speaker;
      type = lastSpeaker.type;
    } else if (inBlock && floating) {
      // An unattributed quote in a block speaks for the block's author.
      speaker = inBlock.speaker;
      type = inBlock.type;
    }
    lastSpeaker = speaker ? { speaker, type, paragraph: lastPi } : null;
    out.push({ text: partsText(body, cand.parts), kind: cand.kind, speaker, speaker_type: type, cue, start, end, parent: inBlock ? inBlock.index : null, link: null });
  }
  while (b < blocks.length) pushBlock();
  return out;
}
