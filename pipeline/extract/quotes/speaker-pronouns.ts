/**
 * Who a pronoun speaker stands for: "he"/"she" → the person named earlier in
 * the quote's sentence, else the most salient person before it (quoted, or
 * opening a sentence) of the same gender as far as the article's pronouns
 * tell; "they"/"it" → the subject of the sentence, else the last body quoted.
 * The article-wide context (mentions, genders, earlier quotes) comes from
 * the resolver (speaker-resolution.ts).
 */
import { mainClauseSubject } from './attribution.ts';
import { SENTENCE_BREAK, type Gender, type NameMention } from './names.ts';
import type { SpeakerPhrase } from './speaker-phrase.ts';
import type { QuotePlace, ResolvedSpeaker, SpeakerEvent } from './speaker-resolution.ts';
import { PRONOUN_LOOKBACK_PARAGRAPHS } from './thresholds.ts';
import { GENDERED_PRONOUNS, givenNameGender } from '../lexicon/name-gender.ts';

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
  /** One-word names the article never gives in full ("Okafor"), with where they stand, inside [from, to) (speaker-bodies.ts). */
  bareNamesIn(from: number, to: number): Array<{ name: string; start: number; subject: boolean }>;
  /** The text with quotes masked. */
  readonly maskedText: string;
  /** Where the paragraph with this index starts. */
  paragraphStart(paragraph: number): number;
  /** Resolves a (non-pronoun) speaker phrase: "they said" falls back on the sentence's subject. */
  resolve(phrase: SpeakerPhrase, place: QuotePlace): ResolvedSpeaker;
}

/**
 * A person's gender for pronoun resolution: what the first word of a full
 * name tells as a given name ("Margaret Hale" → 'f'), else what the
 * article's pronouns tell (`fromArticle`: a vote over the pronoun after each
 * mention, which a pronoun of someone else named nearby can mislead; on
 * PolNeAR train the given name first got 13 more speakers right than the
 * article's vote first). A one-word name is a surname: only the article tells.
 */
export function personGender(fromArticle: Gender | undefined, fullName: string): Gender | undefined {
  if (fromArticle) return fromArticle;
  const space = fullName.indexOf(' ');
  return space > 0 ? givenNameGender(fullName.slice(0, space)) : undefined;
}

const PRONOUN_GENDER: Record<string, Gender> = { he: 'm', she: 'f' };

/** A person may be meant by a pronoun of this gender: the article gives no other. */
function compatible(ctx: PronounContext, name: string, gender: Gender | undefined): boolean {
  if (!gender) return true;
  const g = personGender(ctx.genderOf(name), name);
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
  // A bare surname counts when the article's pronouns give it the pronoun's gender ("Okafor said his …").
  if (gender) {
    for (const b of ctx.bareNamesIn(from, offset)) {
      if (bareNameGender(ctx, b.name) === gender) candidates.push({ at: b.start, sentence: sentenceStartBefore(ctx.maskedText, b.start), name: b.name, salient: b.subject });
    }
  }
  const within = candidates.filter((c) => compatible(ctx, c.name, gender));
  // Nearest sentence first; inside a sentence its first subject (the main clause's).
  within.sort((a, b) => b.sentence - a.sentence || a.at - b.at);
  const salient = within.find((c) => c.salient);
  const nearest = [...within].sort((a, b) => b.at - a.at)[0];
  const pick = salient ?? (salientOnly ? undefined : nearest);
  return pick ? { speaker: pick.name, type: 'person' } : null;
}

/** Where the sentence holding `offset` starts, cut as the name finder cuts sentences. */
function sentenceStartBefore(text: string, offset: number): number {
  const from = Math.max(0, offset - 400);
  let start = from;
  for (const b of text.slice(from, offset).matchAll(SENTENCE_BREAK)) start = from + b.index + b[0].length;
  return start;
}

/** What the gender of a bare name is read from: the text with quotes masked, and the persons named in it. */
export interface BareNameText {
  readonly maskedText: string;
  mentionsIn(from: number, to: number): NameMention[];
}

/** A gendered pronoun and the rest of its sentence (at most 160 characters, as `inferGenders` reads after a full name). */
const PRONOUN_IN_TAIL = new RegExp(`^[^.!?]{0,160}?\\b(${[...GENDERED_PRONOUNS.m, ...GENDERED_PRONOUNS.f].join('|')})\\b`, 'iu');
const FEMININE_PRONOUNS = new Set(GENDERED_PRONOUNS.f);
const bareGenders = new WeakMap<BareNameText, Map<string, Gender | null>>();

/**
 * The gender of a one-word name the article never gives in full ("Okafor
 * said he …"), read as `inferGenders` reads full names: the first gendered
 * pronoun after each mention in its sentence, before the next person named,
 * is a vote; the majority tells. Undefined when no pronoun tells.
 */
export function bareNameGender(article: BareNameText, name: string): Gender | undefined {
  let cache = bareGenders.get(article);
  if (!cache) bareGenders.set(article, (cache = new Map()));
  let found = cache.get(name);
  if (found === undefined) {
    found = null;
    const text = article.maskedText;
    const word = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    let vote = 0;
    for (const m of text.matchAll(word)) {
      const end = m.index + m[0].length;
      const next = article.mentionsIn(end, end + 160)[0];
      const p = PRONOUN_IN_TAIL.exec(text.slice(end, next ? next.start : end + 170));
      if (p) vote += FEMININE_PRONOUNS.has(p[1]!.toLowerCase()) ? -1 : 1;
    }
    if (vote !== 0) found = vote > 0 ? 'm' : 'f';
    cache.set(name, found);
  }
  return found ?? undefined;
}
