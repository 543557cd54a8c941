/**
 * Gives every kept quote its speaker, in reading order, and places the
 * block quotations before the quotes they hold: attributed quotes through
 * the resolver (pronouns, surnames, documents); floating quotes from the
 * sentence before them, the previous speaker, or the block's author.
 */
import type { ArticleBody, QuoteDraft, SpeakerType } from '../types.ts';
import { attributionBefore, mainClauseSubject } from './attribution.ts';
import type { BlockQuote } from './blocks.ts';
import { ELISION_ONLY, INTRODUCED, partsText, type Candidate } from './candidates.ts';
import { MASK } from './sentences.ts';
import { readSpeaker } from './speaker-phrase.ts';
import { MAX_CREDIT_LINE_WORDS } from './thresholds.ts';
import { cleanSpeaker, type ArticleNames, type CleanSpeaker } from './speaker-cleanup.ts';
import type { QuoteSituation } from './speaker-model/candidates.ts';
import { chooseSpeaker } from './speaker-model/chooser.ts';
import type { ResolvedSpeaker, SpeakerResolver } from './speaker-resolution.ts';

interface OpenBlock {
  index: number;
  start: number;
  end: number;
  speaker: string | null;
  type: SpeakerType;
}

interface LastSpeaker {
  speaker: string | null;
  type: SpeakerType;
  paragraph: number;
}

/** The speaker of a quote with no attribution of its own, or null. */
function floatingSpeaker(cand: Candidate, resolver: SpeakerResolver, last: LastSpeaker | null, inBlock: OpenBlock | null): ResolvedSpeaker | null {
  const firstPi = cand.parts[0]!.paragraph;
  const floating = ELISION_ONLY.test(cand.left);
  const adjacent = last !== null && firstPi - last.paragraph <= 1;
  if (floating && cand.prevSentence && !cand.prevSentence.text.includes(MASK.repeat(3))) {
    // A quote after a sentence of the writer's, which introduces the speaker ("Aderholt returned to the issue. “…”"):
    // that sentence's subject when a person ("He then referred to …"), else its attribution, else the first person it names.
    const prev = cand.prevSentence;
    const subject = mainClauseSubject(prev.text);
    const intro = subject && (subject.pronoun || subject.type === 'person') ? subject : attributionBefore(prev.text, '')?.speaker;
    const place = { offset: cand.span.openAt, sentenceStart: prev.start, paragraph: firstPi, sentence: prev.text, cutoff: prev.start };
    const resolved = intro ? resolver.resolve(intro, place) : resolver.firstPersonIn(prev.start, cand.span.openAt);
    if (resolved && resolved.speaker) return { ...resolved, via: intro ? 'previous-sentence-subject' : 'previous-sentence-person' };
    return adjacent ? { speaker: last!.speaker, type: last!.type, via: 'previous-speaker' } : null;
  }
  // Right after an attributed quote, or introduced by a colon naming no one ("That led to a realization: “…”").
  if (adjacent && (floating || INTRODUCED.test(cand.left))) return { speaker: last!.speaker, type: last!.type, via: 'previous-speaker' };
  // An unattributed quote in a block speaks for the block's author.
  if (inBlock && floating) return { speaker: inBlock.speaker, type: inBlock.type, via: 'block-author' };
  return null;
}

/** A credit line: a short paragraph opening with a dash and a name ("— Ann Ross, in a post on Friday"). */
const CREDIT_LINE = /^\s*[-—–]\s*(\p{Lu}[^,;:(]*)/u;

/**
 * The speaker of a quote that fills its paragraph and is credited by the
 * next one, a dash and a name ("“…” ¶ — Ann Ross, mayor of Lowtown"), or null.
 */
function creditLineSpeaker(body: ArticleBody, cand: Candidate, resolver: SpeakerResolver): ResolvedSpeaker | null {
  const lastPi = cand.parts[cand.parts.length - 1]!.paragraph;
  const para = body.paragraphs[lastPi]!;
  const next = body.paragraphs[lastPi + 1];
  if (!next || !ELISION_ONLY.test(body.text.slice(cand.span.closeAt, para.end).replace(/[.,]/gu, ''))) return null;
  const credit = CREDIT_LINE.exec(next.text);
  if (!credit || next.text.split(/\s+/u).length > MAX_CREDIT_LINE_WORDS) return null;
  const phrase = readSpeaker(credit[1]!);
  if (!phrase || phrase.pronoun) return null;
  return { ...resolver.resolve(phrase, { offset: next.start, sentenceStart: next.start, paragraph: lastPi + 1, sentence: next.text }), via: 'credit-line' };
}

/**
 * The speaker of a quote whose sentence has a speech cue but no attribution
 * next to the quote: the subject opening the sentence, else the first person
 * named before the cue, else whoever a floating quote would get.
 */
function cuedSpeaker(cand: Candidate, cueAt: number, resolver: SpeakerResolver, last: LastSpeaker | null, inBlock: OpenBlock | null): ResolvedSpeaker | null {
  const place = { offset: cand.span.openAt, sentenceStart: cand.sentenceStart, paragraph: cand.parts[0]!.paragraph, sentence: cand.sentenceText, cutoff: Math.min(cueAt, cand.span.openAt) };
  const subject = mainClauseSubject(cand.sentenceText);
  if (subject && subject.type !== 'unknown') {
    const resolved = resolver.resolve(subject, place);
    if (resolved.speaker) return { ...resolved, via: 'sentence-subject' };
  }
  const first = resolver.firstPersonIn(cand.sentenceStart, Math.min(cueAt, cand.span.openAt));
  return first ? { ...first, via: 'sentence-person' } : floatingSpeaker(cand, resolver, last, inBlock);
}

/** What the speaker chooser needs to know of a quote. */
function situationOf(cand: Candidate, clean: CleanSpeaker, via: string, last: LastSpeaker | null, inBlock: OpenBlock | null): QuoteSituation {
  const firstPi = cand.parts[0]!.paragraph;
  const situation: QuoteSituation = {
    openAt: cand.span.openAt, closeAt: cand.span.closeAt, sentenceStart: cand.sentenceStart, sentenceEnd: cand.sentenceEnd, paragraph: firstPi,
    phrase: cand.attribution?.speaker ?? null,
    rule: { speaker: clean.speaker, type: clean.type, via },
    lastSpeaker: last && firstPi - last.paragraph <= 1 ? last.speaker : null,
    blockSpeaker: inBlock?.speaker ?? null,
  };
  const a = cand.attribution;
  if (a?.relayedAt !== undefined && a.verbAt !== undefined && !cand.inherited) situation.relayedBy = { from: cand.sentenceStart + a.relayedAt, to: cand.sentenceStart + a.verbAt };
  return situation;
}

/** Drafts for the kept quotes and the blocks, in reading order, blocks before the quotes inside them. */
export function assignSpeakers(body: ArticleBody, candidates: readonly Candidate[], blocks: readonly BlockQuote[], resolver: SpeakerResolver): QuoteDraft[] {
  const out: QuoteDraft[] = [];
  const names: ArticleNames = { nameDescribedAs: (d) => resolver.nameDescribedAs(d), fullest: (n) => resolver.fullestName(n), knownPerson: (n) => resolver.knownFullName(n) };
  let b = 0;
  let openBlock: OpenBlock | null = null;
  let last: LastSpeaker | null = null;
  const pushBlock = (): void => {
    const blk = blocks[b++]!;
    const resolved: ResolvedSpeaker = blk.speaker
      ? resolver.resolve(blk.speaker, { offset: blk.introOffset, sentenceStart: blk.introOffset, paragraph: blk.introParagraph, sentence: blk.introSentence })
      : { speaker: null, type: 'unknown' };
    const clean = cleanSpeaker(resolved.speaker, resolved.type, names);
    out.push({
      text: body.text.slice(blk.start, blk.end), kind: 'block', speaker: clean.speaker, speaker_type: clean.type, speaker_title: clean.title,
      speaker_description: clean.description, cue: blk.cue, start: blk.start, end: blk.end, parent: null, link: blk.link,
    });
    openBlock = { index: out.length - 1, start: blk.start, end: blk.end, speaker: resolved.speaker, type: resolved.type };
    last = null;
  };
  for (const cand of candidates) {
    const start = cand.parts[0]!.start;
    const end = cand.parts[cand.parts.length - 1]!.end;
    while (b < blocks.length && blocks[b]!.start <= start) pushBlock();
    const ob = openBlock as OpenBlock | null;
    const inBlock = ob !== null && start >= ob.start && start < ob.end ? ob : null;
    const firstPi = cand.parts[0]!.paragraph;
    const lastPi = cand.parts[cand.parts.length - 1]!.paragraph;
    let resolved: ResolvedSpeaker | null;
    let cue: string | null = null;
    if (cand.attribution) {
      // Relayed speech: a description ("the mayor told her") is resolved only to names before the clause that relays it.
      const until = cand.attribution.relayedAt ?? cand.attribution.verbAt;
      const cutoff = until !== undefined && !cand.inherited ? cand.sentenceStart + until : undefined;
      resolved = { ...resolver.resolve(cand.attribution.speaker, { offset: cand.span.openAt, sentenceStart: cand.sentenceStart, paragraph: firstPi, sentence: cand.sentenceText, cutoff }), via: 'attribution' };
      cue = cand.attribution.cue;
      if (resolved.speaker) resolver.remember({ speaker: resolved.speaker, type: resolved.type, paragraph: lastPi, sentence: cand.sentenceText.toLowerCase(), offset: cand.span.openAt });
    } else if (cand.sentenceCue !== null) {
      resolved = cuedSpeaker(cand, cand.sentenceCue, resolver, last, inBlock);
    } else {
      resolved = creditLineSpeaker(body, cand, resolver) ?? floatingSpeaker(cand, resolver, last, inBlock);
    }
    const clean = cleanSpeaker(resolved?.speaker ?? null, resolved?.type ?? 'unknown', names);
    // The title read with the name ("foreign ministry spokesman Wang Lichen"), when the name was kept.
    if (!clean.title && clean.speaker && cand.attribution?.speaker.title && clean.speaker.endsWith(cand.attribution.speaker.text)) clean.title = cand.attribution.speaker.title;
    const chosen = chooseSpeaker(resolver, situationOf(cand, clean, resolved?.via ?? 'none', last, inBlock), clean);
    const speaker = chosen.speaker;
    const type: SpeakerType = chosen.type;
    last = speaker ? { speaker, type, paragraph: lastPi } : null;
    out.push({
      text: partsText(body, cand.parts), kind: cand.kind, speaker, speaker_type: type, speaker_title: chosen.title, speaker_description: chosen.description,
      speaker_reason: chosen.reason, cue, start, end, parent: inBlock ? inBlock.index : null, link: null,
    });
  }
  while (b < blocks.length) pushBlock();
  return out;
}
