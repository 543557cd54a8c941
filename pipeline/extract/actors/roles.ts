/**
 * Roles inside capitalised runs: "UN Secretary General Ana Mendes"
 * (title "UN Secretary General", affiliation UN), "President Trump",
 * "Mr. Wang"; and roles with no name ("UN High Commissioner for Human
 * Rights", "Chair of the European Parliament"), kept as role spans.
 */
import type { Run } from './runs.ts';
import type { Proposal, RoleSpan } from './proposal.ts';
import { propose } from './proposal.ts';
import { lookupRegistry } from './registry.ts';
import { countryOfWord } from './country-words.ts';
import { thingShapedName } from './places.ts';
import { CONNECTORS, HONORIFICS, NAME_PARTICLES, TITLE_ABBREVIATIONS, TITLE_MODIFIERS } from '../lexicon/english.ts';
import { ENGLISH, type LanguageProfile } from '../lexicon/profile.ts';
import { GIVEN_NAMES } from '../lexicon/given-names.ts';

/** What classifying a run yields. */
export interface RunResult {
  proposals: Proposal[];
  roles: RoleSpan[];
  unknown: UnknownSpan[];
}

/** A capitalised span that is not classified by its own words; context may make it an organisation. */
export interface UnknownSpan {
  surface: string;
  start: number;
  end: number;
  /** An all-capital abbreviation ("CPU", "PUC"). */
  acronym: boolean;
  /** Starts a sentence (its capital says nothing). */
  sentenceStart: boolean;
}

/** Classifies words s..e of a run into `out` (classify.ts). */
export type SegmentClassifier = (run: Run, s: number, e: number, text: string, out: RunResult) => void;

/** Longest person name in words: three in the dev gold ("Mary Ellen Brandt", "Nadia Karim Haddad"), four with a particle ("Ludwig van der Berg"). */
export const MAX_NAME_WORDS = 4;
/** Words after a role that introduce its organisation ("Chair of the European Parliament"). */
const ROLE_OF: ReadonlySet<string> = new Set(['of', 'for', 'at', 'to']);
const TITLE_END_PUNCTUATION = /[.,]$/;
/** Words between a titled name and its organisation ("Dr. Joneigh Khaldun of the Michigan Department"). */
const NAME_THEN_ORG: ReadonlySet<string> = new Set(['of', 'at', 'from']);

const lower = (w: string): string => w.toLowerCase();

/** Index of the first word of a title: "Former President": the modifier the run trimmed belongs to the title. */
function titleStart(run: Run, s: number): number {
  return s > 0 && TITLE_MODIFIERS.has(lower(run.words[s - 1]!)) ? s - 1 : s;
}

/** The title written from word s to word last of a run, with the dot of an abbreviation ("Sen.") and without other end punctuation. */
function titleText(run: Run, s: number, last: number, text: string): string {
  const end = run.tokens[last]!.end;
  const dotted = TITLE_ABBREVIATIONS.has(lower(run.words[last]!)) && text[end] === '.';
  return dotted ? text.slice(run.tokens[titleStart(run, s)]!.start, end + 1) : text.slice(run.tokens[titleStart(run, s)]!.start, end).replace(TITLE_END_PUNCTUATION, '');
}

/** Offsets of words s..e of a run ("Co." keeps its dot). */
export function segmentSpan(run: Run, s: number, e: number, text: string): { start: number; end: number } {
  const start = run.tokens[s]!.start;
  let end = e === run.tokens.length ? run.end : run.tokens[e - 1]!.end;
  if (DOT_ABBREVIATIONS.has(lower(run.words[e - 1]!)) && text[end] === '.') end++;
  return { start, end };
}
const DOT_ABBREVIATIONS: ReadonlySet<string> = new Set(['co', 'inc', 'corp', 'ltd', 'jr', 'sr', 'bros']);

/** A Roman numeral of a ruler's number ("I" to "XXXIX"). */
const REGNAL_NUMBER = /^X{0,3}(?:IX|IV|V?I{1,3}|V)$|^X{1,3}$/;

/** True when a run's last word is a regnal number after a name word ("Ludovic XV"). */
export function regnalNumber(words: readonly string[], isNameWord: (w: string) => boolean): boolean {
  return words.length >= 3 && REGNAL_NUMBER.test(words[words.length - 1]!) && isNameWord(words[words.length - 2]!);
}

/**
 * Splits a role from a name, or keeps a role with no name; false when the
 * segment has no role word or is an organisation ("Department of Justice").
 */
export function trySplitRole(run: Run, s: number, e: number, text: string, out: RunResult, classify: SegmentClassifier, isNameWord: (w: string) => boolean, lex: LanguageProfile = ENGLISH): boolean {
  const isRole = (w: string): boolean => lex.roleWords.has(w) || HONORIFICS.has(w);
  const words = run.words.slice(s, e);
  const lw = words.map(lower);
  const roleIdx = lw.map((w, i) => (isRole(w) ? i : -1)).filter((i) => i >= 0);
  if (roleIdx.length === 0) return false;
  // "King Ludovic XV", "Pope Anselm I": a regnal number after a titled name is left out of the name ("I" may also be the pronoun).
  if (regnalNumber(words, isNameWord) && roleIdx[0]! < words.length - 2) return trySplitRole(run, s, e - 1, text, out, classify, isNameWord, lex);
  let nameStart = words.length;
  while (nameStart > 0 && isNameWord(words[nameStart - 1]!) && !isRole(lw[nameStart - 1]!) && words.length - nameStart < MAX_NAME_WORDS) nameStart--;
  while (nameStart < words.length && NAME_PARTICLES.has(lw[nameStart]!)) nameStart++;
  const lastRole = roleIdx[roleIdx.length - 1]!;
  const afterConnector = nameStart > 0 && CONNECTORS.has(lw[nameStart - 1]!);
  const organisation = (from: number, to: number): Proposal | null => {
    if (to <= from) return null;
    const sub: RunResult = { proposals: [], roles: [], unknown: [] };
    classify(run, s + from, s + to, text, sub);
    const org = sub.proposals.find((p) => p.type === 'organization') ?? null;
    if (org) out.proposals.push(org);
    return org;
  };
  // "Dr. Joneigh Khaldun of the Michigan Department of Health": role, name, then "of" and the organisation.
  let blockEnd = roleIdx[0]!;
  while (blockEnd + 1 < words.length && isRole(lw[blockEnd + 1]!)) blockEnd++;
  let nameEnd = blockEnd + 1;
  while (nameEnd < words.length && isNameWord(words[nameEnd]!) && !isRole(lw[nameEnd]!) && nameEnd - blockEnd <= MAX_NAME_WORDS) nameEnd++;
  if (nameEnd > blockEnd + 1 && nameEnd < words.length - 1 && NAME_THEN_ORG.has(lw[nameEnd]!)) {
    const name = segmentSpan(run, s + blockEnd + 1, s + nameEnd, text);
    const nameSurface = text.slice(name.start, name.end);
    const entry = lookupRegistry(nameSurface);
    const person = propose('person', nameSurface, name.start, entry?.type === 'person' ? entry : null, 'title: a role word before the name');
    const title = titleText(run, s, s + blockEnd, text);
    if (!HONORIFICS.has(lower(title).replace(TITLE_END_PUNCTUATION, ''))) person.titles.push(title);
    let t = nameEnd + 1;
    while (t < words.length && CONNECTORS.has(lw[t]!)) t++;
    person.affiliation = organisation(0, roleIdx[0]!) ?? organisation(t, words.length);

    out.proposals.push(person);
    return true;
  }
  if (nameStart < words.length && nameStart > lastRole && nameStart > 0 && !afterConnector) {
    // "Secretary of State Mike Pompeo": start the name at a given name inside the suffix.
    for (let i = nameStart + 1; i < words.length - 1; i++) if (GIVEN_NAMES.has(lw[i]!)) nameStart = i;
    if (lex.english && thingShapedName(words.slice(nameStart))) return false; // "the Nora Vale Medal": a thing, no person after the title
    const name = segmentSpan(run, s + nameStart, e, text);
    const nameSurface = text.slice(name.start, name.end);
    const entry = lookupRegistry(nameSurface);
    const person = propose('person', nameSurface, name.start, entry?.type === 'person' ? entry : null, 'title: a role phrase before the name');
    const title = titleText(run, s, s + nameStart - 1, text);
    if (!HONORIFICS.has(lower(title).replace(TITLE_END_PUNCTUATION, ''))) person.titles.push(title);
    person.affiliation = organisation(0, roleIdx[0]!);
    person.country = person.country ?? countryOfWord(words[0]!);
    out.proposals.push(person);
    return true;
  }
  if (lw.length > 2 && lex.orgHeads.has(lw[0]!) && CONNECTORS.has(lw[1]!)) return false; // "Office of the Special Envoy for …": an organisation
  let blockStart = lastRole;
  while (blockStart > 0 && isRole(lw[blockStart - 1]!)) blockStart--;
  const roleOf = lastRole + 1 < words.length && ROLE_OF.has(lw[lastRole + 1]!);
  const roleAtEnd = lastRole === words.length - 1 && blockStart > 0 && !CONNECTORS.has(lw[blockStart - 1]!);
  if (!roleOf && !roleAtEnd && lw.some((w) => lex.orgHeads.has(w))) return false; // "Department of Justice", "Office of the Inspector General"
  const span = segmentSpan(run, s, e, text);
  const role: RoleSpan = { text: text.slice(span.start, span.end), start: span.start, end: span.end, org: null };
  role.org = organisation(0, roleOf ? roleIdx[0]! : blockStart);
  if (roleOf) {
    let t = lastRole + 2;
    while (t < words.length && CONNECTORS.has(lw[t]!)) t++;
    role.org = role.org ?? organisation(t, words.length);
  }
  out.roles.push(role);
  return true;
}
