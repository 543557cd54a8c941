/**
 * Classifies one capitalised run: registry actor, organisation (head word,
 * abbreviation, "<demonym> government"), person (title, given name,
 * reporting verb, appositive), a role with no name, or nothing.
 */
import type { Run } from './runs.ts';
import { WEAK_CONNECTORS } from './runs.ts';
import type { Proposal, RoleSpan } from './proposal.ts';
import { propose } from './proposal.ts';
import { lookupRegistry } from './registry.ts';
import { countryOfWord, isCapital } from './country-words.ts';
import { CONNECTORS, HONORIFICS, NAME_PARTICLES, NON_NAME_WORDS, NON_ORG_ACRONYMS, ORG_HEADS, PLATFORM_NAMES, RELATION_NOUNS, ROLE_WORDS, SPEECH_VERBS } from './lexicon.ts';
import { EAST_ASIAN_SURNAMES, GIVEN_NAMES } from './given-names.ts';
import { stateBodyAfter } from './state-bodies.ts';

/** What a run yields. */
export interface RunResult {
  proposals: Proposal[];
  roles: RoleSpan[];
}

/** Longest person name in words ("Kathleen Hawk Sawyer", "Farhan Aziz Haq", "Maria de la Cruz Lopez"). */
const MAX_NAME_WORDS = 4;
/** Longest all-capital word taken as an abbreviation (UNESCO, OHCHR); longer ones are shouted words or datelines. */
const MAX_ACRONYM_LENGTH = 6;
const ACRONYM = /^(?:[A-Z]{2,}|(?:[A-Z]\.){2,}|[A-Z][A-Z&]*&[A-Z]+|[A-Z]{1,3}\d{1,2})$/;
const INITIAL = /^\p{Lu}\.$/u;
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’\-]*(?:[\-’']\p{Lu}[\p{Ll}\p{M}]+)*$|^(?:Mc|Mac|O’|O')\p{Lu}\p{Ll}+$/u;
const GERUND_OR_ADVERB = /(?:ing|ly|ed)$/;
const QUOTE_OPEN = /[“"‘«]\s*$/;
const QUOTE_CLOSE = /^[,.!?]?[”"’»]/;
const DOT_ABBREVIATIONS: ReadonlySet<string> = new Set(['co', 'inc', 'corp', 'ltd', 'jr', 'sr', 'bros']);
const AFTER_SPEECH = /^\s*,?\s*(?:who\s+)?(\p{L}+)/u;
const APPOSITIVE_AFTER = /^,\s+(?:a|an|the|who|whose|\p{Lu}[\p{L}.]*[’']s)\s/u;
const RELATION_BEFORE = new RegExp(`\\b(?:${[...RELATION_NOUNS].join('|')})\\s*[,(]\\s*$`);
const BEFORE_SPEECH = /(?:said|says|told|according to|wrote|added|asked)\s+$/;

/** Words after a role that introduce its organisation ("Chair of the European Parliament"). */
const ROLE_OF: ReadonlySet<string> = new Set(['of', 'for', 'at', 'to']);
const TITLE_END_PUNCTUATION = /[.,]$/;

const lower = (w: string): string => w.toLowerCase();
const isNameWord = (w: string): boolean =>
  (NAME_WORD.test(w) || INITIAL.test(w)) && !NON_NAME_WORDS.has(lower(w)) && !ORG_HEADS.has(lower(w)) && countryOfWord(w) === null;

/** Classifies a run; `text` is the body text the run's offsets point into. */
export function classifyRun(run: Run, text: string): RunResult {
  const out: RunResult = { proposals: [], roles: [] };
  if (run.tokens.length > 1 && QUOTE_OPEN.test(run.tokens[0]!.gapBefore) && QUOTE_CLOSE.test(text.slice(run.end))) {
    return out; // a title of a work in quotation marks ("Mary Poppins")
  }
  let a = 0;
  const whole = lookupRegistry(run.words.join(' '));
  if (whole) {
    out.proposals.push(propose(whole.type, text.slice(run.start, run.end), run.start, whole));
    return out;
  }
  // Leading function words and sentence-initial verbs/adverbs are not names ("The", "Describing", "Likewise").
  while (a < run.words.length) {
    const w = run.words[a]!;
    const lw = lower(w);
    const initial = run.tokens[a]!.sentenceStart;
    if (NON_NAME_WORDS.has(lw) && !(lw === 'the' && a + 1 < run.words.length && lookupRegistry(run.words.slice(a).join(' ')))) a++;
    else if (initial && a + 1 < run.words.length && GERUND_OR_ADVERB.test(lw) && !GIVEN_NAMES.has(lw) && !ROLE_WORDS.has(lw)) a++;
    else if (CONNECTORS.has(lw) || WEAK_CONNECTORS.has(lw)) a++;
    else break;
  }
  for (const [s, e] of splitSegments(run, a)) classifySegment(run, s, e, text, out);
  return out;
}

/** Splits at "and" (unless an organisation name holds it) and at weak connectors before a separate entity. */
function splitSegments(run: Run, from: number): Array<[number, number]> {
  const words = run.words;
  const hasHead = words.slice(from).some((w) => ORG_HEADS.has(lower(w)));
  const cuts: number[] = [];
  for (let i = from; i < words.length; i++) {
    const lw = lower(words[i]!);
    if ((lw === 'and' || lw === '&') && !hasHead) cuts.push(i);
    else if (WEAK_CONNECTORS.has(lw)) {
      const left = words.slice(from, i);
      const right = words.slice(i + 1).filter((w) => !CONNECTORS.has(lower(w)));
      const rightHead = right.length > 0 && ORG_HEADS.has(lower(right[right.length - 1]!));
      const leftEntity = left.every((w) => NON_NAME_WORDS.has(lower(w))) || left.some((w) => ORG_HEADS.has(lower(w))) || lookupRegistry(left.join(' ')) !== null;
      if (!rightHead || leftEntity) cuts.push(i);
    }
  }
  const segments: Array<[number, number]> = [];
  let s = from;
  for (const c of cuts) {
    if (c > s) segments.push([s, c]);
    s = c + 1;
    while (s < words.length && CONNECTORS.has(lower(words[s]!))) s++;
  }
  if (s < words.length) segments.push([s, words.length]);
  return segments;
}

function segmentSpan(run: Run, s: number, e: number, text: string): { start: number; end: number } {
  const start = run.tokens[s]!.start;
  let end = e === run.tokens.length ? run.end : run.tokens[e - 1]!.end;
  const lastWord = lower(run.words[e - 1]!);
  if (DOT_ABBREVIATIONS.has(lastWord) && text[end] === '.') end++;
  return { start, end };
}

function classifySegment(run: Run, s: number, e: number, text: string, out: RunResult): void {
  // Trailing connectors never end a name.
  while (e > s && CONNECTORS.has(lower(run.words[e - 1]!))) e--;
  if (e <= s) return;
  const words = run.words.slice(s, e);
  const { start, end } = segmentSpan(run, s, e, text);
  const surface = text.slice(start, end);
  const registry = lookupRegistry(surface);
  const state = stateBodyAfter(surface, start, end, text);
  if (state) {
    out.proposals.push(state);
    if (registry) out.proposals.push(propose(registry.type, surface, start, registry));
    return;
  }
  if (registry) {
    out.proposals.push(propose(registry.type, surface, start, registry));
    return;
  }
  if (words.length === 1 && (countryOfWord(surface) || isCapital(surface))) return;
  if (trySplitRole(run, s, e, text, out)) return;
  const headIndex = words.findIndex((w) => ORG_HEADS.has(lower(w)));
  if (words.length >= 2 && headIndex >= 0 && (headIndex > 0 || CONNECTORS.has(lower(words[1] ?? '')))) {
    const p = propose('organization', surface, start);
    p.country = countryOfWord(words[0]!);
    out.proposals.push(p);
    return;
  }
  if (words.length === 1) {
    const w = words[0]!;
    if (ACRONYM.test(w) && w.replace(/\./g, '').length <= MAX_ACRONYM_LENGTH && !NON_ORG_ACRONYMS.has(lower(w.replace(/\./g, ''))) && !inShoutedText(run, text)) {
      out.proposals.push(propose('organization', surface, start));
    } else if (RELATION_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && /^\s*[,)]/.test(text.slice(end, end + 3)) && isNameWord(w)) {
      out.proposals.push(propose('person', surface, start)); // "her brother, Ekpar, was"
    }
    return; // other single words only count through coreference (surnames) or the registry
  }
  if (words.every(isNameWord) && words.length <= MAX_NAME_WORDS && !PLATFORM_NAMES.has(lower(words[0]!))) {
    const p = propose('person', surface, start);
    p.evidence = personEvidence(words, start, end, text, run.tokens[s]!.sentenceStart) ? 'strong' : 'weak';
    out.proposals.push(p);
  }
}

/** The organisation named before a role ("UN" in "UN Secretary General"), pushed to `out`; null when none. */
function prefixOrganisation(run: Run, s: number, roleStart: number, text: string, out: RunResult): Proposal | null {
  if (roleStart <= 0) return null;
  const sub: RunResult = { proposals: [], roles: [] };
  classifySegment(run, s, s + roleStart, text, sub);
  const org = sub.proposals.find((p) => p.type === 'organization') ?? null;
  if (org) out.proposals.push(org);
  return org;
}

/** True when the run sits in an all-capital line (a heading or dateline), where capitals say nothing. */
function inShoutedText(run: Run, text: string): boolean {
  const lineStart = text.lastIndexOf('\n', run.start) + 1;
  const before = text.slice(lineStart, run.start);
  return /^[A-Z][A-Z ,.'’\-]{3,}\s*\(?$/.test(before);
}

/** Evidence beyond capitals that a 2–4 word name is a person's. */
function personEvidence(words: string[], start: number, end: number, text: string, sentenceStart: boolean): boolean {
  const first = lower(words[0]!);
  if (GIVEN_NAMES.has(first) || EAST_ASIAN_SURNAMES.has(first)) return true;
  const next = AFTER_SPEECH.exec(text.slice(end, end + 40));
  if (next && SPEECH_VERBS.has(lower(next[1]!))) return true;
  if (APPOSITIVE_AFTER.test(text.slice(end, end + 40))) return true;
  const before = text.slice(Math.max(0, start - 30), start);
  if (BEFORE_SPEECH.test(before)) return true;
  const prevWord = /(\p{L}+)\s+$/u.exec(before);
  if (!sentenceStart && prevWord && ROLE_WORDS.has(lower(prevWord[1]!)) && prevWord[1] === lower(prevWord[1]!)) return true;
  return false;
}

/**
 * "UN Secretary General Antonio Guterres", "President Trump", "Mr. Wang":
 * a role (with the organisation it names) followed by a name. A role with
 * no name ("UN High Commissioner for Human Rights") is kept as a role span.
 */
function trySplitRole(run: Run, s: number, e: number, text: string, out: RunResult): boolean {
  const words = run.words.slice(s, e);
  const lw = words.map(lower);
  const roleIdx = lw.map((w, i) => (ROLE_WORDS.has(w) || HONORIFICS.has(w) ? i : -1)).filter((i) => i >= 0);
  if (roleIdx.length === 0) return false;
  // Name: the longest suffix of name words after the last role word.
  let nameStart = words.length;
  while (nameStart > 0 && isNameWord(words[nameStart - 1]!) && !ROLE_WORDS.has(lw[nameStart - 1]!) && !HONORIFICS.has(lw[nameStart - 1]!) && words.length - nameStart < MAX_NAME_WORDS) nameStart--;
  while (nameStart < words.length && NAME_PARTICLES.has(lw[nameStart]!)) nameStart++;
  const lastRole = roleIdx[roleIdx.length - 1]!;
  const afterConnector = nameStart > 0 && CONNECTORS.has(lw[nameStart - 1]!);
  if (nameStart < words.length && nameStart > lastRole && nameStart > 0 && !afterConnector) {
    // "Secretary of State Mike Pompeo": start the name at a given name inside the suffix.
    for (let i = nameStart + 1; i < words.length - 1; i++) if (GIVEN_NAMES.has(lw[i]!)) nameStart = i;
    const name = segmentSpan(run, s + nameStart, e, text);
    const nameSurface = text.slice(name.start, name.end);
    const entry = lookupRegistry(nameSurface);
    const person = propose('person', nameSurface, name.start, entry?.type === 'person' ? entry : null);
    const titleEnd = run.tokens[s + nameStart - 1]!.end;
    const title = text.slice(run.tokens[s]!.start, titleEnd).replace(TITLE_END_PUNCTUATION, '');
    if (!HONORIFICS.has(lower(title))) person.titles.push(title);
    const org = prefixOrganisation(run, s, roleIdx[0]!, text, out);
    person.affiliation = org;
    person.country = person.country ?? org?.country ?? countryOfWord(words[0]!);
    out.proposals.push(person);
    return true;
  }
  // The role block ends the segment or is followed by "of"/"for": a role with no name.
  let blockStart = lastRole;
  while (blockStart > 0 && (ROLE_WORDS.has(lw[blockStart - 1]!) || HONORIFICS.has(lw[blockStart - 1]!))) blockStart--;
  const roleOf = lastRole + 1 < words.length && ROLE_OF.has(lw[lastRole + 1]!);
  const roleAtEnd = lastRole === words.length - 1 && blockStart > 0 && !CONNECTORS.has(lw[blockStart - 1]!);
  if (!roleOf && !roleAtEnd && lw.some((w) => ORG_HEADS.has(w))) return false; // "Department of Justice", "Office of the Inspector General"
  const span = segmentSpan(run, s, e, text);
  const role: RoleSpan = { text: text.slice(span.start, span.end), start: span.start, end: span.end, org: null };
  role.org = prefixOrganisation(run, s, roleOf ? roleIdx[0]! : blockStart, text, out);
  if (roleOf) {
    let t = lastRole + 2;
    while (t < words.length && CONNECTORS.has(lw[t]!)) t++;
    if (t < words.length) {
      const sub: RunResult = { proposals: [], roles: [] };
      classifySegment(run, s + t, e, text, sub);
      const org = sub.proposals.find((p) => p.type === 'organization') ?? null;
      if (org) {
        role.org = role.org ?? org;
        out.proposals.push(org);
      }
    }
  }
  out.roles.push(role);
  return true;
}
