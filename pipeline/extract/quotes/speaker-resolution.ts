/**
 * Resolves speakers read from the text to the fullest name the article
 * gives: surnames ("Vasquez said" → "Helena Vasquez"), pronouns (through
 * speaker-pronouns.ts), descriptions and documents (through
 * speaker-descriptions.ts: "the 56-year-old" → the person just named, "the
 * statement said" → whoever issued the statement mentioned just before).
 */
import type { SpeakerType } from '../types.ts';
import { expandName, fullestNames, inferGenders, nameMentions, sentenceStarts, type Gender, type NameMention } from './names.ts';
import type { SpeakerPhrase } from './speaker-phrase.ts';
import { fullNameGender } from '../lexicon/given-name-gender.ts';
import { organizationNames } from './speaker-bodies.ts';
import { resolvePronoun, salientBefore, type PronounContext } from './speaker-pronouns.ts';
import { resolveDescription, resolveDocument, type DescriptionContext } from './speaker-descriptions.ts';

/** A speaker after resolution. */
export interface ResolvedSpeaker {
  speaker: string | null;
  type: SpeakerType;
  /** Which step of the rule cascade gave the speaker ("attribution", "previous-speaker", …), when known. */
  via?: string;
}

/** What the resolver remembers about an earlier attributed quote. */
export interface SpeakerEvent {
  speaker: string;
  type: SpeakerType;
  paragraph: number;
  /** Lower-case text of the sentence the attribution came from. */
  sentence: string;
  offset: number;
}

/** Where a quote sits, for resolving its speaker. */
export interface QuotePlace {
  offset: number;
  sentenceStart: number;
  paragraph: number;
  /** Text of the quote's sentence (quotes masked). */
  sentence: string;
  /** Where the attribution's verb is, when before the quote: a pronoun refers only to names before it. */
  cutoff?: number;
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/gu;

/** Article-wide context for resolving speakers. */
export class SpeakerResolver implements PronounContext, DescriptionContext {
  private readonly mentions: NameMention[];
  private readonly fullest: Map<string, string>;
  private readonly genders: Map<string, Gender>;
  private readonly paragraphStarts: number[];
  private readonly events: SpeakerEvent[] = [];
  private readonly organizations: Array<{ name: string; start: number }>;
  private readonly organizationStarts: number[];
  private readonly text: string;
  private readonly masked: string;
  private readonly personDescriptions = new Map<string, boolean>();
  private readonly sentenceStarts: readonly number[];
  private mentionCounts: Map<string, number> | null = null;
  private readonly expanded = new Map<string, string>();

  /**
   * @param text the article text (for the fullest form of each name)
   * @param maskedText the same text with quoted words masked (mentions inside quotes are not antecedents)
   */
  constructor(text: string, maskedText: string, paragraphStarts: number[]) {
    this.fullest = fullestNames(nameMentions(text));
    this.organizations = organizationNames(text);
    this.organizationStarts = this.organizations.map((o) => o.start);
    this.mentions = nameMentions(maskedText).filter((m) => this.isKnownPerson(m.name));
    this.genders = inferGenders(text, this.mentions, this.fullest);
    this.paragraphStarts = paragraphStarts;
    this.text = text;
    this.masked = maskedText;
    this.sentenceStarts = sentenceStarts(text);
  }

  /** The article text the resolver reads. */
  get articleText(): string {
    return this.text;
  }

  /** The article text with quoted words masked. */
  get maskedText(): string {
    return this.masked;
  }

  /** Index of the sentence holding `offset` (sentences as the name finder cuts them). */
  sentenceIndex(offset: number): number {
    return lastAtOrBefore(this.sentenceStarts, offset);
  }

  /** Where the paragraph with this index starts (the text's end past the last). */
  paragraphStart(paragraph: number): number {
    return this.paragraphStarts[Math.max(0, paragraph)] ?? this.text.length;
  }

  /** The attributed quotes remembered so far, oldest first. */
  rememberedEvents(): readonly SpeakerEvent[] {
    return this.events;
  }

  /** Organisation names (with a connector inside) lying inside [from, to). */
  organizationsIn(from: number, to: number): Array<{ name: string; start: number }> {
    const out: Array<{ name: string; start: number }> = [];
    for (let i = lastAtOrBefore(this.organizationStarts, from); i < this.organizations.length && this.organizations[i]!.start < to; i++) {
      if (this.organizations[i]!.start >= from) out.push(this.organizations[i]!);
    }
    return out;
  }

  /** How often the article names this person (by fullest name, quotes excluded). */
  mentionCount(fullName: string): number {
    if (!this.mentionCounts) {
      this.mentionCounts = new Map();
      for (const m of this.mentions) {
        const full = expandName(m.name, this.fullest);
        this.mentionCounts.set(full, (this.mentionCounts.get(full) ?? 0) + 1);
      }
    }
    return this.mentionCounts.get(fullName) ?? 0;
  }

  /** The gender the article's pronouns give a person, when they tell; else the usual gender of the full name's given name ("Janet Vale"). */
  genderOf(fullName: string): Gender | undefined {
    return this.genders.get(fullName) ?? fullNameGender(fullName);
  }

  /** Whether a one-word name is described like a person somewhere ("Fatima, 34,", "Dele, a midfielder", "Berg, who"). */
  private describedAsPerson(word: string): boolean {
    let known = this.personDescriptions.get(word);
    if (known === undefined) {
      const escaped = word.replace(REGEX_SPECIAL, '\\$&');
      // The word and its comma must stand in the text: most words are asked about without a pattern compiled for them.
      known = this.text.includes(`${word},`) && new RegExp(`(?<![\\p{L}\\p{N}])${escaped},\\s+(?:\\d{1,3},|an?\\s+\\p{Ll}|who\\b)`, 'u').test(this.text);
      this.personDescriptions.set(word, known);
    }
    return known;
  }

  /** Records an attributed quote so later pronouns and documents can refer to it. */
  remember(event: SpeakerEvent): void {
    this.events.push(event);
  }

  /** Whether a name is (the surname of) a person named in full in the article. */
  isKnownPerson(name: string): boolean {
    if (name.includes(' ')) return true;
    return this.fullest.has(name);
  }

  /** Index of the paragraph holding `offset`. */
  paragraphOf(offset: number): number {
    return lastAtOrBefore(this.paragraphStarts, offset);
  }

  /** Resolves one speaker phrase found for a quote. */
  resolve(phrase: SpeakerPhrase, place: QuotePlace): ResolvedSpeaker {
    if (phrase.pronoun) return this.resolvePronoun(phrase, place);
    const described = resolveDescription(this, phrase, place);
    if (described) return described;
    if (phrase.type === 'document') return resolveDocument(this, phrase, place);
    if (phrase.type === 'person' || phrase.type === 'unknown') {
      const expanded = expandName(phrase.text, this.fullest);
      if (expanded !== phrase.text) return { speaker: expanded, type: 'person' };
      // One capitalised word the article never gives as a person's name: a body ("Tottenham said") or a common noun.
      if (phrase.type === 'person' && !phrase.text.includes(' ') && !this.isKnownPerson(phrase.text)) {
        return { speaker: phrase.text, type: this.describedAsPerson(phrase.text) ? 'person' : 'organization' };
      }
      if (phrase.type === 'unknown' && !phrase.text.includes(' ') && /^\p{Lu}/u.test(phrase.text)) {
        return { speaker: phrase.text, type: this.isKnownPerson(phrase.text) ? 'person' : 'organization' };
      }
    }
    return { speaker: phrase.text, type: phrase.type };
  }

  private resolvePronoun(phrase: SpeakerPhrase, place: QuotePlace): ResolvedSpeaker {
    return resolvePronoun(this, phrase, place);
  }

  /** The person a pronoun or an unattributed quote most likely refers to (speaker-pronouns.ts). */
  salientBefore(offset: number, paragraph: number, gender?: Gender, salientOnly = false): ResolvedSpeaker | null {
    return salientBefore(this, offset, paragraph, gender, salientOnly);
  }

  /** Person mentions lying inside [from, to), found by binary search (mentions are in text order). */
  mentionsIn(from: number, to: number): NameMention[] {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start < from) lo = mid + 1; else hi = mid;
    }
    const out: NameMention[] = [];
    for (let i = lo; i < this.mentions.length && this.mentions[i]!.start < to; i++) if (this.mentions[i]!.end <= to) out.push(this.mentions[i]!);
    return out;
  }

  /**
   * The person the article names with a description, as an appositive
   * ("Ann Ross, a campaign aide," / "a campaign aide, Ann Ross," / "campaign
   * aide Ann Ross"), or null. Only names the article gives in two words or more.
   */
  nameDescribedAs(description: string): string | null {
    const core = description.replace(LEADING_DETERMINER, '').trim();
    if (core.length < 3) return null;
    // The pattern below needs the description, its first letter in either case: without the rest of it in the text, no pattern to compile.
    if (!this.text.includes(core.slice(1))) return null;
    const escaped = core.replace(REGEX_SPECIAL, '\\$&');
    const anyCase = /^\p{L}/u.test(escaped) ? `[${escaped[0]!.toUpperCase()}${escaped[0]!.toLowerCase()}]${escaped.slice(1)}` : escaped;
    const near = new RegExp(`(${NAME_RUN_SOURCE}),\\s+(?:(?:[Tt]he|[Aa]n?|another|one)\\s+)?${anyCase}\\b|(?<![\\p{L}])${anyCase},?\\s+(${NAME_RUN_SOURCE})`, 'gu');
    for (const m of this.text.matchAll(near)) {
      const name = (m[1] ?? m[2])!;
      const full = expandName(name, this.fullest);
      if (full.includes(' ') && this.fullest.has(full)) return full;
    }
    return null;
  }

  /** The fullest name the article gives for a name or surname (memoised: asked for every mention near every quote). */
  fullestName(name: string): string {
    let full = this.expanded.get(name);
    if (full === undefined) {
      full = expandName(name, this.fullest);
      this.expanded.set(name, full);
    }
    return full;
  }

  /** The fullest name when the article names this person in full (two words or more), else null. */
  knownFullName(name: string): string | null {
    const full = expandName(name, this.fullest);
    return full.includes(' ') && this.fullest.has(full) ? full : null;
  }

  /** The first person named in [from, to) (the subject of a sentence that introduces a quote). */
  firstPersonIn(from: number, to: number): ResolvedSpeaker | null {
    const m = this.mentionsIn(from, to)[0];
    return m ? { speaker: expandName(m.name, this.fullest), type: 'person' } : null;
  }
}

/** Index of the last value at or before `offset` in an ascending list (0 when none). */
function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid; else hi = mid - 1;
  }
  return Math.max(0, lo);
}


const LEADING_DETERMINER = /^(?:the|a|an|one|another)\s+/iu;
/** Source of a regex for a capitalised run of two to four words (a full name). */
const NAME_RUN_SOURCE = "\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}";
