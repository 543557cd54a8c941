/**
 * Who a pronoun speaker stands for: "he"/"she" → the person named earlier in
 * the quote's sentence, else the most salient person before it (quoted, or
 * opening a sentence) of the same gender as far as the article's pronouns
 * tell; "they"/"it" → the subject of the sentence, else the last body quoted.
 * The article-wide context (mentions, genders, earlier quotes) comes from
 * the resolver (speaker-resolution.ts).
 */
import { mainClauseSubject } from './attribution.ts';
import type { Gender, NameMention } from './names.ts';
import type { SpeakerPhrase } from './speaker-phrase.ts';
import type { QuotePlace, ResolvedSpeaker, SpeakerEvent } from './speaker-resolution.ts';
import { PRONOUN_LOOKBACK_PARAGRAPHS } from './thresholds.ts';

/** What pronoun resolution reads of the article. */
export interface PronounContext {
  /** Person mentions inside [from, to), in text order. */
  mentionsIn(from: number, to: number): NameMention[];
  /** The fullest name the article gives for a name. */
  fullestName(name: string): string;
  /** The gender the article's pronouns give a person, when they tell. */
  genderOf(fullName: string): Gender | undefined;
  /** The attributed quotes so far, oldest first. */
  rememberedEvents(): readonly SpeakerEvent[];
  /** Where the paragraph with this index starts. */
  paragraphStart(paragraph: number): number;
  /** Resolves a (non-pronoun) speaker phrase: "they said" falls back on the sentence's subject. */
  resolve(phrase: SpeakerPhrase, place: QuotePlace): ResolvedSpeaker;
}

const PRONOUN_GENDER: Record<string, Gender> = { he: 'm', she: 'f' };

/** A person may be meant by a pronoun of this gender: the article gives no other. */
function compatible(ctx: PronounContext, name: string, gender: Gender | undefined): boolean {
  if (!gender) return true;
  const g = ctx.genderOf(name);
  return g === undefined || g === gender;
}

/** The speaker a pronoun phrase ("she", "they") stands for at a place; null speaker when the article does not tell. */
export function resolvePronoun(ctx: PronounContext, phrase: SpeakerPhrase, place: QuotePlace): ResolvedSpeaker {
  const lower = phrase.text.toLowerCase();
  if (lower === 'it' || lower === 'they') {
    const subject = mainClauseSubject(place.sentence);
    if (subject && !subject.pronoun) return ctx.resolve(subject, place);
    const events = ctx.rememberedEvents();
    const last = events[events.length - 1];
    if (last && last.type === 'organization' && place.paragraph - last.paragraph <= PRONOUN_LOOKBACK_PARAGRAPHS) return { speaker: last.speaker, type: last.type };
    return { speaker: null, type: 'unknown' };
  }
  const gender = PRONOUN_GENDER[lower];
  // 1. A person named earlier in the same sentence.
  let inSentence: string | undefined;
  for (const m of ctx.mentionsIn(place.sentenceStart, place.cutoff ?? place.offset)) {
    const full = ctx.fullestName(m.name);
    if (compatible(ctx, full, gender)) inSentence = full;
  }
  if (inSentence) return { speaker: inSentence, type: 'person' };
  return salientBefore(ctx, place.sentenceStart, place.paragraph, gender) ?? { speaker: null, type: 'person' };
}

/**
 * The person a pronoun or an unattributed quote most likely refers to,
 * looking back from `offset`: the nearest person quoted or opening a
 * sentence, else (unless `salientOnly`) the nearest person named, within
 * the look-back.
 */
export function salientBefore(ctx: PronounContext, offset: number, paragraph: number, gender?: Gender, salientOnly = false): ResolvedSpeaker | null {
  const candidates: Array<{ at: number; sentence: number; name: string; salient: boolean }> = [];
  const from = ctx.paragraphStart(Math.max(0, paragraph - PRONOUN_LOOKBACK_PARAGRAPHS));
  const events = ctx.rememberedEvents();
  for (let e = events.length - 1; e >= 0 && events[e]!.offset >= from; e--) {
    const ev = events[e]!;
    if (ev.type === 'person' && ev.offset < offset) candidates.push({ at: ev.offset, sentence: ev.offset, name: ev.speaker, salient: true });
  }
  for (const m of ctx.mentionsIn(from, offset)) candidates.push({ at: m.start, sentence: m.sentence, name: ctx.fullestName(m.name), salient: m.subject });
  const within = candidates.filter((c) => compatible(ctx, c.name, gender));
  // Nearest sentence first; inside a sentence its first subject (the main clause's).
  within.sort((a, b) => b.sentence - a.sentence || a.at - b.at);
  const salient = within.find((c) => c.salient);
  const nearest = [...within].sort((a, b) => b.at - a.at)[0];
  const pick = salient ?? (salientOnly ? undefined : nearest);
  return pick ? { speaker: pick.name, type: 'person' } : null;
}
