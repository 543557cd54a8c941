/**
 * Capitalised spans that their own words do not classify become
 * organisations by context: an abbreviation of an organisation of the
 * article ("PUC" after "Public Utilities Commission"), or a span after
 * "told", "according to", "works for", "the journal …", or before a
 * reporting verb or "spokesman" ("Tottenham posted", "Statista shows").
 */
import type { UnknownSpan } from './roles.ts';
import type { Cluster } from './merge.ts';
import type { Proposal } from './proposal.ts';
import { propose } from './proposal.ts';
import { acronymOf, normaliseName, withoutDots } from './normalise.ts';
import { ACTION_VERBS, ORG_MEMBER_NOUNS, SPEECH_VERBS } from '../lexicon/english.ts';
import { FIELD_WORDS } from '../lexicon/things.ts';
import { writtenInLowerCase } from './tokens.ts';
import { dictionaryClass } from '../lexicon/dictionary.ts';
import { surnameBand } from '../lexicon/surnames.ts';
import { orgCueBefore } from './cues.ts';
import { looksLikePlace } from './places.ts';
import { affiliationCue, GROUP_NAME, newspaperTitle, pluralNickname, programmeOwner } from './kind-cues.ts';
import { affiliationLineAbbreviation } from './affiliation-lines.ts';

const ABBREVIATION_GAP = /^(?:\s?\(|,\s)$/;
const PREPOSITION_BEFORE = /\b(?:with|of|in|for|to|from|by|on|at|about|against|like|than|into)\s+$/i;
const NEXT_WORD = /^(?:[’']s)?\s+(\p{L}+)/u;
/** A pronoun with a contracted verb ("I'll", "We're"): never a name. */
const CONTRACTION = /^\p{L}+[’'](?:ll|re|ve|m|d)$/u;
/** A possessive or indefinite determiner right before the span: "his CO", "a Grammar", so a common noun. */
const DETERMINER_BEFORE = /\b(?:his|her|their|its|our|my|your|a|an)\s+$/i;
/** Verbs that also name something ("a quarter called Jolfa"): not speech when a name or "it" follows. */
const NAMING_VERBS: ReadonlySet<string> = new Set(['called', 'dubbed', 'named', 'termed']);
const NAMED_AFTER = /^\s+(?:it\b|them\b|him\b|her\b|\p{Lu})/u;

/**
 * Decides the unknown spans; returns organisation proposals to add (acronyms
 * join their cluster directly). With `englishCues` false (a text in another
 * language) only abbreviations of the article's organisations are decided.
 */
export function organisationsFromContext(unknown: UnknownSpan[], clusters: Cluster[], text: string, taken: (s: number, e: number) => boolean, englishCues = true): Proposal[] {
  const out: Proposal[] = [];
  const personEnds = new Set<number>();
  const personStarts = new Set<number>();
  const orgEnds = new Set<number>();
  for (const c of clusters) for (const m of c.members) {
    if (c.type === 'person') { personEnds.add(m.end); personStarts.add(m.start); } else orgEnds.add(m.end);
  }
  const teams = teamsByNickname(clusters);
  for (const u of unknown) {
    if (taken(u.start, u.end)) continue;
    if (u.acronym) {
      // "Nurses for Open Borders (N4OB)", "…, N4OB,": an abbreviation right after a name with its initial is that name's.
      const owner = clusters.find((c) => c.type === 'organization' && c.members.some((m) => acronymOf(m.surface) === withoutDots(u.surface)
        || (ABBREVIATION_GAP.test(text.slice(m.end, u.start)) && m.surface[0] === u.surface[0])));
      if (owner) {
        owner.members.push(propose('organization', u.surface, u.start, null, 'context: abbreviation of an organisation of the article'));
        continue;
      }
    }
    const team = englishCues ? nicknameOwner(u, teams) : undefined;
    if (team) {
      team.members.push(proposeName(u, 'context: the plural nickname of a team or band of the article'));
      continue;
    }
    const cue = englishCues ? orgCue(u, text) ?? affiliationCue(u, text, (i) => personEnds.has(i), (i) => personStarts.has(i))
      ?? affiliationLineAbbreviation(u, text, (i) => orgEnds.has(i)) ?? (surnameSpeaking(u) ? null : programmeOwner(u, text)) ?? newspaperTitle(u, text) : null;
    if (cue) out.push(proposeName(u, cue));
  }
  if (!englishCues) return out;
  out.push(...listedWithOrganisations(unknown, clusters, out, text, taken));
  // Other mentions of the same names ("Newsweek" once after "told", once alone).
  const names = new Set(out.map((p) => normaliseName(p.surface)));
  const cued = new Set(out.map((p) => p.start));
  for (const u of unknown) {
    if (!cued.has(u.start) && names.has(normaliseName(u.surface)) && !taken(u.start, u.end)) out.push(proposeName(u, 'context: the same name is cued as an organisation elsewhere in the article'));
  }
  return out;
}

const LEADING_THE = /^the\s+/i;

/** An organisation proposal for an unknown span, without a leading "the" ("the Harbour League" is named "Harbour League"). */
function proposeName(u: UnknownSpan, reason: string): Proposal {
  const the = LEADING_THE.exec(u.surface);
  return the ? propose('organization', u.surface.slice(the[0].length), u.start + the[0].length, null, reason) : propose('organization', u.surface, u.start, null, reason);
}

/** The team or band of the article (named by {@link groupName}) whose name ends in this one-word plural ("Falcons" in "Dorset Falcons"), if any. */
function nicknameOwner(u: UnknownSpan, teams: Map<string, Cluster>): Cluster | undefined {
  const word = u.surface.replace(LEADING_THE, '');
  if (word.includes(' ') || !pluralNickname(word)) return undefined;
  return teams.get(word);
}

/** The teams and bands of the article by their last word (a map, not a scan of every mention per span: issue 14). */
function teamsByNickname(clusters: Cluster[]): Map<string, Cluster> {
  const teams = new Map<string, Cluster>();
  for (const c of clusters) {
    if (c.type !== 'organization') continue;
    for (const m of c.members) {
      const last = m.reason === GROUP_NAME ? m.surface.split(' ').pop() : undefined;
      if (last && !teams.has(last)) teams.set(last, c);
    }
  }
  return teams;
}

/** An unknown span that may be an organisation in a list: not an acronym, not a place, not a lone sentence opener ("Eventually, Disney"). */
const listable = (u: UnknownSpan, text: string): boolean => !u.acronym && !(u.sentenceStart && !u.surface.includes(' ')) && !looksLikePlace(u.surface) && !commonNoun(u, text) && !modifierWord(u.surface)
  && !PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, u.start - 6), u.start));
/** "… Tours in Quellby or …": a name right after "in" or "near" is where something is, not a body of the list. */
const PLACE_PREPOSITION_BEFORE = /\b(?:in|near)\s+$/;

/** Endings of English adjectives and gerunds ("Architectural", "Surveying", "Creative", "Famous"). */
const MODIFIER_ENDING = /(?:al|ing|ive|ous)$/;

/**
 * A single common English word with an adjective's or a gerund's ending
 * ("Architectural, Surveying and Planning" in a list of sectors): a list of
 * bodies does not make it one; a body's one-word name is rarely such a word.
 */
function modifierWord(surface: string): boolean {
  const word = surface.toLowerCase();
  if (word.includes(' ') || !MODIFIER_ENDING.test(word)) return false;
  const level = dictionaryClass(word);
  return level === 'common' || level === 'large';
}

/** A one-word span that is a field of study or that the text also writes in lower case ("Psychiatry", "Planning"): a common noun. */
function commonNoun(u: UnknownSpan, text: string): boolean {
  if (u.surface.includes(' ')) return false;
  const word = u.surface.toLowerCase();
  if (FIELD_WORDS.has(word)) return true;
  if (lowerCaseText !== text) {
    lowerCaseText = text;
    lowerCaseWords.clear();
  }
  let lower = lowerCaseWords.get(word);
  if (lower === undefined) lowerCaseWords.set(word, (lower = writtenInLowerCase(word, text))); // one scan per distinct word (issue 14)
  return lower;
}
let lowerCaseText = '';
const lowerCaseWords = new Map<string, boolean>();

/** Separators inside a list: "A, B and C", "A, B, or C". */
const LIST_GAP = /^(?:,\s*|,?\s+(?:and|or|&)\s+)$/;
const CONJUNCTION_GAP = /\s(?:and|or|&)\s+$/;
/** Items a list joined by commas alone needs: three ("Apple, Google, Amazon"); two need "and"/"or". */
const MIN_COMMA_LIST = 3;

/**
 * Unknown names listed together with organisations are organisations too
 * ("Brightwater Studios, Quillspark and Tidebrook", "Skyforge … includes
 * Draper, Halden Aerospace, and Corvane Systems").
 */
function listedWithOrganisations(unknown: UnknownSpan[], clusters: Cluster[], found: Proposal[], text: string, taken: (s: number, e: number) => boolean): Proposal[] {
  type Item = { start: number; end: number; org: boolean; unknown: UnknownSpan | null };
  const items: Item[] = [];
  for (const c of clusters) for (const m of c.members) items.push({ start: m.start, end: m.end, org: c.type === 'organization', unknown: null });
  for (const p of found) items.push({ start: p.start, end: p.end, org: true, unknown: null });
  const cued = new Set(found.map((p) => p.start)); // already organisations: listed once, as such
  for (const u of unknown) if (listable(u, text) && !taken(u.start, u.end) && !cued.has(u.start)) items.push({ start: u.start, end: u.end, org: false, unknown: u });
  items.sort((a, b) => a.start - b.start);
  const out: Proposal[] = [];
  let chain: Item[] = [];
  let conjoined = false;
  const close = (): void => {
    // "With Optilli, Balmond Studio creates …": two names with only a comma between them are not a list.
    // People in the row do not make it a list of bodies: "University of Quellby, Vantby, Dana Whitfield retired" is a campus and a person.
    if (chain.length >= 2 && chain.some((i) => i.org) && (conjoined || chain.filter((i) => i.org || i.unknown).length >= MIN_COMMA_LIST)) {
      for (const i of chain) if (i.unknown) out.push(propose('organization', i.unknown.surface, i.unknown.start, null, 'context: listed with organisations'));
    }
    chain = [];
    conjoined = false;
  };
  for (const item of items) {
    const prev = chain[chain.length - 1];
    const gap = prev && item.start >= prev.end ? text.slice(prev.end, item.start) : null;
    if (prev && !(gap !== null && LIST_GAP.test(gap))) close();
    else if (gap !== null && CONJUNCTION_GAP.test(gap)) conjoined = true;
    chain.push(item);
  }
  close();
  return out;
}

/**
 * The organisation cue around an unknown span, as the reason to keep
 * ("context: … before it"), or null: a cue phrase before it, or after it a
 * reporting verb, a member noun ("spokesman") or a company's action verb.
 */
function orgCue(u: UnknownSpan, text: string): string | null {
  if (CONTRACTION.test(u.surface)) return null; // "I'll say": a pronoun, not a name
  if (surnameSpeaking(u)) return null; // "told Pellerin", "Pellerin testified": a person's surname, whatever the cue
  if (orgCueBefore(text, u.start)) return "context: an organisation cue ('told', 'according to', 'works for' …) before it";
  if (u.sentenceStart && !u.surface.includes(' ')) return null; // "Government officials": a capital that says nothing
  if (DETERMINER_BEFORE.test(text.slice(Math.max(0, u.start - 8), u.start))) return null; // "his CO continued", "a Grammar introduced": a noun, not a name
  if (PREPOSITION_BEFORE.test(text.slice(Math.max(0, u.start - 15), u.start))) return null; // "those with BED reported": not the subject
  const next = NEXT_WORD.exec(text.slice(u.end, u.end + 30));
  if (!next) return null;
  const word = next[1]!.toLowerCase();
  if (SPEECH_VERBS.has(word) && !(NAMING_VERBS.has(word) && NAMED_AFTER.test(text.slice(u.end + next[0].length, u.end + next[0].length + 20)))) return `context: reporting verb '${word}' after it`;
  if (ORG_MEMBER_NOUNS.has(word)) return `context: member noun '${word}' after it`;
  if (ACTION_VERBS.has(word) && !looksLikePlace(u.surface)) return `context: a company's action verb '${word}' after it`;
  return null;
}

/** A plain capitalised word: a capital, then lower-case letters. */
const PLAIN_NAME = /^\p{Lu}\p{Ll}+$/u;

/**
 * A single word that reads like a person's surname (one of the 10,000 most
 * frequent census surnames, in no English dictionary: "Pellerin testified",
 * "told Pellerin") is not made an organisation by the words around it; a
 * body's one-word name is rarely a frequent surname.
 */
function surnameSpeaking(u: UnknownSpan): boolean {
  const word = u.surface.replace(/[’']s$/u, '');
  if (!PLAIN_NAME.test(word)) return false;
  const band = surnameBand(word.toLowerCase());
  return (band === 'top1k' || band === 'top10k') && dictionaryClass(word.toLowerCase()) === 'none';
}
