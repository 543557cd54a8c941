/**
 * Resolves speakers read from the text to the fullest name the article
 * gives: surnames ("Bachelet said" → "Michelle Bachelet"), pronouns ("she
 * said" → the person the sentence or the last quote was about), definite
 * documents ("the statement said" → whoever issued the statement mentioned
 * just before).
 */
import type { SpeakerType } from '../types.ts';
import { expandName, fullestNames, nameMentions, type NameMention } from './names.ts';
import type { SpeakerPhrase } from './speaker-phrase.ts';
import { PRONOUN_LOOKBACK_PARAGRAPHS } from './thresholds.ts';

/** A speaker after resolution. */
export interface ResolvedSpeaker {
  speaker: string | null;
  type: SpeakerType;
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

const DEFINITE_DOC = /^(?:the|this|that)\s+(\p{L}+)$/iu;

/** Article-wide context for resolving speakers. */
export class SpeakerResolver {
  private readonly mentions: NameMention[];
  private readonly fullest: Map<string, string>;
  private readonly events: SpeakerEvent[] = [];

  constructor(text: string) {
    this.mentions = nameMentions(text);
    this.fullest = fullestNames(this.mentions);
  }

  /** Records an attributed quote so later pronouns and documents can refer to it. */
  remember(event: SpeakerEvent): void {
    this.events.push(event);
  }

  /** Whether a single capitalised word is (the surname of) a person named in the article. */
  isKnownPerson(word: string): boolean {
    const full = this.fullest.get(word);
    return full !== undefined && full.includes(' ');
  }

  /** Resolves one speaker phrase found for a quote at `offset`, in paragraph `paragraph`, whose sentence starts at `sentenceStart`. */
  resolve(phrase: SpeakerPhrase, offset: number, sentenceStart: number, paragraph: number): ResolvedSpeaker {
    if (phrase.pronoun) return this.resolvePronoun(phrase, offset, sentenceStart, paragraph);
    if (phrase.type === 'document') {
      const m = DEFINITE_DOC.exec(phrase.text);
      if (m) {
        const noun = m[1]!.toLowerCase();
        const nounWord = new RegExp(`\\b${noun}\\b`, 'u');
        for (let e = this.events.length - 1; e >= 0; e--) {
          const ev = this.events[e]!;
          if (paragraph - ev.paragraph > PRONOUN_LOOKBACK_PARAGRAPHS) break;
          if (ev.type !== 'document' && nounWord.test(ev.sentence)) return { speaker: ev.speaker, type: ev.type };
        }
      }
      return { speaker: phrase.text, type: 'document' };
    }
    if (phrase.type === 'person' || phrase.type === 'unknown') {
      const expanded = expandName(phrase.text, this.fullest);
      if (expanded !== phrase.text) return { speaker: expanded, type: 'person' };
      if (phrase.type === 'unknown' && !phrase.text.includes(' ') && /^\p{Lu}/u.test(phrase.text)) {
        return { speaker: phrase.text, type: 'organization' };
      }
    }
    return { speaker: phrase.text, type: phrase.type };
  }

  private resolvePronoun(phrase: SpeakerPhrase, offset: number, sentenceStart: number, paragraph: number): ResolvedSpeaker {
    const lower = phrase.text.toLowerCase();
    if (lower === 'it' || lower === 'they') {
      const last = this.events[this.events.length - 1];
      if (last && last.type === 'organization' && paragraph - last.paragraph <= PRONOUN_LOOKBACK_PARAGRAPHS) return { speaker: last.speaker, type: last.type };
      return { speaker: null, type: 'unknown' };
    }
    // A person named earlier in the same sentence.
    let inSentence: NameMention | undefined;
    for (const m of this.mentions) {
      if (m.start >= sentenceStart && m.end <= offset && (m.name.includes(' ') || this.isKnownPerson(m.name))) inSentence = m;
    }
    if (inSentence) return { speaker: expandName(inSentence.name, this.fullest), type: 'person' };
    for (let e = this.events.length - 1; e >= 0; e--) {
      const ev = this.events[e]!;
      if (paragraph - ev.paragraph > PRONOUN_LOOKBACK_PARAGRAPHS) break;
      if (ev.type === 'person') return { speaker: ev.speaker, type: 'person' };
    }
    let before: NameMention | undefined;
    for (const m of this.mentions) {
      if (m.end <= offset && (m.name.includes(' ') || this.isKnownPerson(m.name))) before = m;
    }
    if (before) return { speaker: expandName(before.name, this.fullest), type: 'person' };
    return { speaker: null, type: 'person' };
  }
}
