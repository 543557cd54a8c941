/**
 * Bodies that may speak, found in an article: organisation names with a
 * connector ("Nurses for Open Borders"), which the resolver gives for "the
 * agency said"; and, for the speaker chooser, bodies and bare names as
 * candidate speakers: capitalised
 * runs the person finder does not take (`names.ts` drops runs with an
 * organisation word, and keeps one-word names only when the article gives
 * them in full). News outlets ("Reuters reported"), bodies named by one word
 * or by a metonym ("the Pentagon said"), and surnames the article never
 * gives in full ("Okafor told reporters") speak as often as people named in
 * full. Each run carries its shape, so the chooser weighs an acronym, a run
 * with an organisation word or a lone capitalised word differently.
 */
import { isNameWord } from '../actors/classify.ts';
import { lookupRegistry } from '../actors/registry.ts';
import { ANAPHORIC_ROLE_NOUNS, ORGANIZATION_WORDS, PERSON_NOUNS, TITLE_WORDS } from '../lexicon/speakers.ts';
import { isPlace, readsAsSubject, sentenceStarts } from './names.ts';
import type { SpeakerType } from '../types.ts';
import type { SpeakerResolver } from './speaker-resolution.ts';

/** One mention of a body or a bare name. */
export interface BodyMention {
  /** The run as written, without a leading "The" and a final possessive. */
  name: string;
  start: number;
  end: number;
  /** Reads as the subject of a clause (as names.ts reads person mentions). */
  subject: boolean;
  /** What the run looks like: `acronym`, `org-word`, `registry`, `place`, `one-word` or `words`. */
  shape: string;
  /** "The" came before it ("The Ledger reported"): a body, not a person. */
  the: boolean;
  /** Opens its sentence (a lone capitalised word there may be any word). */
  sentenceStart: boolean;
}

/** A run of capitalised words, "of"/"for"/"and"/"the" allowed inside ("Department of Labor"). */
const RUN = /\p{Lu}(?<![\p{L}\p{N}]\p{Lu})[\p{L}\p{N}’'.&-]*(?: +(?:(?:of|for|and|the)(?= +\p{Lu}) +)?\p{Lu}[\p{L}\p{N}’'.&-]*){0,5}/gu;
/** A final possessive: "’s", or the apostrophe alone ("Sanders’" is Sanders's, "Democrats’" the Democrats'). */
const POSSESSIVE_END = /['’]s?$/u;
const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;
const THE_BEFORE = /\b[Tt]he\s+$/u;
const ORG_SET = new Set(ORGANIZATION_WORDS);
const TITLE_SET = new Set(TITLE_WORDS);
/** Nouns for the people of a body, singular: a run right before one of them ("Council officials", "Ministry spokesman") modifies a description. */
const PEOPLE_OF_A_BODY = new Set([...ANAPHORIC_ROLE_NOUNS, ...PERSON_NOUNS]);
const NEXT_LOWER_WORD = /^ +(\p{Ll}+)/u;

/**
 * Whether the run at [.., end) modifies a description of people that follows
 * it ("Council officials said", "the Ministry spokesman said"): then the
 * description speaks, and the run is no candidate of its own.
 */
export function modifiesPeopleNoun(text: string, end: number): boolean {
  const next = NEXT_LOWER_WORD.exec(text.slice(end, end + 30))?.[1];
  if (next === undefined) return false;
  return PEOPLE_OF_A_BODY.has(next) || (next.endsWith('s') && PEOPLE_OF_A_BODY.has(next.slice(0, -1)));
}

/** The shape feature of a run's words. */
function shapeOf(words: readonly string[]): string {
  const surface = words.join(' ');
  if (words.length === 1 && ACRONYM.test(words[0]!)) return 'acronym';
  if (lookupRegistry(surface)) return 'registry';
  if (words.some((w) => ORG_SET.has(w.toLowerCase()))) return 'org-word';
  if (isPlace(surface)) return 'place';
  return words.length === 1 ? 'one-word' : 'words';
}

/**
 * The body and bare-name mentions of a text (quotes masked), in text order.
 * `isPerson(start, end)` tells a run the person finder already took; those
 * are left to it.
 */
export function bodyMentions(text: string, isPerson: (start: number, end: number) => boolean): BodyMention[] {
  const breaks = sentenceStarts(text);
  let bi = 0;
  const out: BodyMention[] = [];
  for (const m of text.matchAll(RUN)) {
    let surface = m[0].replace(/[.]+$/u, (dots) => (ACRONYM.test(m[0]) ? dots : ''));
    const possessive = POSSESSIVE_END.test(surface);
    surface = surface.replace(POSSESSIVE_END, '');
    let words = surface.split(/ +/u);
    let start = m.index;
    // Titles open a person's name ("Senator Okafor"): the name finder's, or no body.
    if (words.some((w) => TITLE_SET.has(w.toLowerCase().replace(/\.$/u, '')))) continue;
    if (words[0] === 'The' && words.length > 1) {
      start += 4;
      words = words.slice(1);
    }
    const end = start + words.join(' ').length;
    if (!words.every((w) => isNameWord(w) || ACRONYM.test(w) || ORG_SET.has(w.toLowerCase()) || /^(?:of|for|and|the)$/u.test(w))) continue;
    if (isPerson(start, end)) continue;
    if (!possessive && modifiesPeopleNoun(text, end)) continue;
    while (bi + 1 < breaks.length && breaks[bi + 1]! <= start) bi++;
    const sentence = breaks[bi]!;
    out.push({
      // Read as a subject from where the run starts, "The" included ("The Courier said").
      name: words.join(' '), start, end, subject: readsAsSubject(text, sentence, m.index, end, possessive), shape: shapeOf(words),
      the: THE_BEFORE.test(text.slice(Math.max(0, start - 4), start)) || m[0].startsWith('The '), sentenceStart: /^\s*$/u.test(text.slice(sentence, m.index)),
    });
  }
  return out;
}

const bodiesCache = new WeakMap<SpeakerResolver, { all: BodyMention[]; starts: number[] }>();

/** The resolver's article's body and bare-name mentions in [from, to), found once per article. */
export function bodiesIn(resolver: SpeakerResolver, from: number, to: number): BodyMention[] {
  let found = bodiesCache.get(resolver);
  if (!found) {
    const all = bodyMentions(resolver.maskedText, (start, end) => resolver.mentionsIn(start, end).length > 0);
    found = { all, starts: all.map((b) => b.start) };
    bodiesCache.set(resolver, found);
  }
  let lo = 0;
  let hi = found.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (found.starts[mid]! < from) lo = mid + 1; else hi = mid;
  }
  const out: BodyMention[] = [];
  for (let i = lo; i < found.all.length && found.all[i]!.start < to; i++) out.push(found.all[i]!);
  return out;
}

/** The type a body mention is given: a body by its shape, else unknown (a bare surname or a body, as the chooser weighs it). */
export function bodyType(b: BodyMention): SpeakerType {
  return b.the || b.shape === 'acronym' || b.shape === 'registry' || b.shape === 'org-word' || b.shape === 'place' ? 'organization' : 'unknown';
}

const LEADING_THE = /^The +/u;
const ORG_NAME = /\p{Lu}(?<![\p{L}\p{N}]\p{Lu})[\p{L}’'.&-]*(?: +(?:(?:for|of|and|the|on|in)(?= +[\p{Lu}]) +)?[\p{Lu}][\p{L}’'.&-]*)+/gu;

/** Multi-word capitalised names with a connector inside ("Nurses for Open Borders"): candidate organisation names. */
export function organizationNames(text: string): Array<{ name: string; start: number }> {
  const out: Array<{ name: string; start: number }> = [];
  for (const m of text.matchAll(ORG_NAME)) {
    if (!/ (?:for|of|and|on|in) /u.test(m[0])) continue;
    const lead = LEADING_THE.exec(m[0])?.[0].length ?? 0;
    out.push({ name: m[0].slice(lead), start: m.index + lead });
  }
  return out;
}
