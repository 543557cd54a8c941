/** Test helpers for the actor extractor (not a test file). */
import { bodyFromPlainText } from '../../pipeline/extract/body.ts';
import { extractActors } from '../../pipeline/extract/actors/extract-actors.ts';
import { decideLanguage } from '../../pipeline/extract/html/language-guess.ts';
import type { ActorDraft, QuoteDraft } from '../../pipeline/extract/types.ts';

/** Runs the extractor on plain text (paragraphs separated by blank lines), in the language the page reader would decide for it. */
export function actorsOf(text: string, quotes: QuoteDraft[] = [], language: string | null = decideLanguage('en', text)): ActorDraft[] {
  return extractActors(bodyFromPlainText(text), quotes, language);
}

/** Names of the actors of one type. */
export function names(actors: ActorDraft[], type: 'person' | 'organization'): string[] {
  return actors.filter((a) => a.type === type).map((a) => a.name);
}

/** The actor with this name (throws when absent, so tests fail with a clear message). */
export function actor(actors: ActorDraft[], name: string): ActorDraft {
  const a = actors.find((x) => x.name === name);
  if (!a) throw new Error(`no actor named ${name}; got ${actors.map((x) => x.name).join(', ')}`);
  return a;
}

/** A quote draft with only a speaker, for linking tests. */
export function quoteBy(speaker: string, speakerType: QuoteDraft['speaker_type'] = 'person'): QuoteDraft {
  return { text: 'made-up words', kind: 'direct', speaker, speaker_type: speakerType, cue: 'said', start: 0, end: 0, parent: null, link: null };
}
