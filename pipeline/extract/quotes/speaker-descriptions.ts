/**
 * Speakers given by a description or a document rather than a name: "the
 * 56-year-old" → the person just named; "the spokesperson" with nobody named
 * → the body they speak for; "the ministry" → the organisation the article
 * names with that head; "the statement said" → whoever made the statement
 * mentioned just before. The article-wide context comes from the resolver
 * (speaker-resolution.ts).
 */
import type { Gender } from './names.ts';
import { DEFINITE_DEMONYM, type SpeakerPhrase } from './speaker-phrase.ts';
import { ANAPHORIC_ROLE_NOUNS } from '../lexicon/speakers.ts';
import { PRONOUN_LOOKBACK_PARAGRAPHS } from './thresholds.ts';
import type { QuotePlace, ResolvedSpeaker, SpeakerEvent } from './speaker-resolution.ts';

/** "the 56-year-old", "the Portuguese boss": a description of someone already named. */
const DEFINITE_DESCRIPTION = new RegExp(`^the\\s+(?:[\\p{L}-]+\\s+)?(?:\\d+-year-old|${ANAPHORIC_ROLE_NOUNS.join('|')})$`, 'iu');
/** Words for someone or something speaking for a body ("the spokesperson", "the agency"). */
const SPEAKS_FOR_BODY = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'agency', 'department', 'ministry', 'company', 'firm', 'organization', 'organisation', 'group', 'office', 'bureau']);
const DEFINITE_GROUP = /^the\s+(\p{L}+)$/iu;
/** Documents that speak for whoever issued them ("the statement said" → the person who made the statement). */
const DEFINITE_DOC = /^(?:the|this|that)\s+(statement|letter|email|e-mail|message|tweet|post|release|memo|note|announcement|remarks|testimony)$/iu;

/** What description resolution reads of the article. */
export interface DescriptionContext {
  /** The person an unattributed mention most likely refers to (speaker-pronouns.ts). */
  salientBefore(offset: number, paragraph: number, gender?: Gender, salientOnly?: boolean): ResolvedSpeaker | null;
  /** Organisation names (with a connector inside) lying inside [from, to). */
  organizationsIn(from: number, to: number): Array<{ name: string; start: number }>;
  /** Index of the paragraph holding `offset`. */
  paragraphOf(offset: number): number;
  /** The attributed quotes so far, oldest first. */
  rememberedEvents(): readonly SpeakerEvent[];
}

/** The nearest organisation named (with a connector: "Parks and Wildlife Service") before `offset`, within the look-back. */
function organizationBefore(ctx: DescriptionContext, offset: number, paragraph: number): ResolvedSpeaker | null {
  const best = ctx.organizationsIn(0, offset).pop();
  if (!best || paragraph - ctx.paragraphOf(best.start) > PRONOUN_LOOKBACK_PARAGRAPHS) return null;
  return { speaker: best.name, type: 'organization' };
}

/**
 * A definite description ("the 56-year-old", "the spokesperson", "the
 * agency") resolved to the person or body it stands for, or null when the
 * phrase is none or the article gives nobody.
 */
export function resolveDescription(ctx: DescriptionContext, phrase: SpeakerPhrase, place: QuotePlace): ResolvedSpeaker | null {
  if (DEFINITE_DESCRIPTION.test(phrase.text) || DEFINITE_DEMONYM.test(phrase.text)) {
    const found = ctx.salientBefore(place.cutoff ?? place.offset, place.paragraph, undefined, true);
    if (found) return found;
    // "the spokesperson" with no person named before: the body they speak for.
    const role = phrase.text.toLowerCase().split(/\s+/u).pop() ?? '';
    if (SPEAKS_FOR_BODY.has(role)) {
      const body = organizationBefore(ctx, place.offset, place.paragraph);
      if (body) return body;
    }
  }
  const group = DEFINITE_GROUP.exec(phrase.text);
  if (group && phrase.type !== 'document') {
    const head = group[1]!.toLowerCase();
    const org = ctx.organizationsIn(0, Number.POSITIVE_INFINITY).find((o) => o.name.toLowerCase().split(/\s+/u)[0] === head);
    if (org) return { speaker: org.name, type: 'organization' };
    if (SPEAKS_FOR_BODY.has(head)) {
      const body = organizationBefore(ctx, place.offset, place.paragraph);
      if (body) return body;
    }
  }
  return null;
}

/** A document speaker ("the statement said") resolved to whoever issued the document mentioned just before, else the document itself. */
export function resolveDocument(ctx: DescriptionContext, phrase: SpeakerPhrase, place: QuotePlace): ResolvedSpeaker {
  const m = DEFINITE_DOC.exec(phrase.text);
  if (m) {
    const nounWord = new RegExp(`\\b(?:a|an|the|his|her|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}${m[1]!.toLowerCase()}\\b`, 'u');
    const events = ctx.rememberedEvents();
    for (let e = events.length - 1; e >= 0; e--) {
      const ev = events[e]!;
      if (place.paragraph - ev.paragraph > PRONOUN_LOOKBACK_PARAGRAPHS) break;
      if (ev.type !== 'document' && nounWord.test(ev.sentence)) return { speaker: ev.speaker, type: ev.type };
    }
  }
  return { speaker: phrase.text, type: 'document' };
}
