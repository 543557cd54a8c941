/**
 * The organisation side of classifying a capitalised run (classify.ts):
 * where a run splits into several names ("Rolls-Royce and BAE Systems"),
 * registry names inside a longer run, names of a public list or with a
 * legal form, names with an organisation head word, and names the words
 * around them call an organisation ("the journal …", "publishers such as …").
 */
import type { Run } from './runs.ts';
import type { Token } from './tokens.ts';
import { WEAK_CONNECTORS } from './runs.ts';
import type { Proposal } from './proposal.ts';
import { propose } from './proposal.ts';
import { lookupRegistry, lookupRegistryName, REGISTRY_SPAN_WORDS } from './registry.ts';
import { countryOfWord, isCapital } from './country-words.ts';
import { CONNECTORS, NAME_PARTICLES, NON_NAME_WORDS, PLATFORM_NAMES } from '../lexicon/english.ts';
import { EAST_ASIAN_SURNAMES, GIVEN_NAMES } from '../lexicon/given-names.ts';
import { MAX_NAME_WORDS, segmentSpan } from './roles.ts';
import type { RunResult } from './roles.ts';
import { organisationAppositive } from './person-evidence.ts';
import { normaliseName } from './normalise.ts';
import { DONATION_CUE, ORG_INTRODUCED } from './cues.ts';
import { gazetteerOrganisation, isGazetteerName } from './gazetteer.ts';
import type { LanguageProfile } from '../lexicon/profile.ts';
import { isCompoundHead, leadsOrganisation } from './foreign-orgs.ts';
import { kindCue } from './kind-cues.ts';
import { notAnOrganisation } from './not-orgs.ts';
import { isWorldRegion } from './places.ts';
import { countryAfterAnd, placePredicate } from './org-precision.ts';

/** A legal form written in lower case after a name, outside the capitalised run (German registered association). */
const LOWER_LEGAL_FORM = /^ e\. ?V\./;
const GOVERNMENT_OF = /^(?:the\s+)?government\s+of\s+(?:the\s+)?(.+)$/i;
const POSSESSOR_BEFORE = /(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)[’']s\s$/u;
/** "of" and the German genitive articles (German capitalises the noun before them: "Studie des …"). */
const OF_WORDS: ReadonlySet<string> = new Set(['of', 'des', 'der']);
/** Articles that open a new name after "and" ("the", "la", "le", "il", "el", "o", "a", "die", "der", "das"). */
const ARTICLES_BEFORE_NAMES: ReadonlySet<string> = new Set(['the', 'la', 'le', 'les', 'il', 'lo', 'el', 'los', 'las', 'o', 'a', 'os', 'as', 'die', 'der', 'das']);

const lower = (w: string): string => w.toLowerCase();
const isCountryOrCapital = (s: string): boolean => countryOfWord(s) !== null || isCapital(s);

const hasHead = (words: string[], lex: LanguageProfile): boolean => words.some((w) => lex.orgHeads.has(lower(w)));
const entityLike = (words: string[], lex: LanguageProfile): boolean => {
  const ws = words.filter((w, i) => !(i === 0 && lower(w) === 'the'));
  return ws.length > 0 && (lookupRegistry(ws.join(' ')) !== null || hasHead(ws, lex) || (ws.length >= 2 && GIVEN_NAMES.has(lower(ws[0]!))));
};

/**
 * Splits at "and" unless it joins the words of one organisation name
 * ("Department of Health and Human Services"), and at weak connectors
 * ("in", "at") unless the words after them end an organisation name
 * ("Migrants in Cities Project").
 */
export function splitSegments(run: Run, from: number, inList: boolean, lex: LanguageProfile): Array<[number, number]> {
  const words = run.words;
  const cuts: number[] = [];
  let segStart = from;
  for (let i = from; i < words.length; i++) {
    const w = words[i]!;
    const lw = lower(w);
    const left = words.slice(segStart, i);
    const right = words.slice(i + 1);
    if (lw === 'and' || lw === '&' || (lex.and.has(w) && hasHead(words.slice(segStart), lex))) { // not "Ramón y Cajal"
      const rightPerson = right.length >= 2 && GIVEN_NAMES.has(lower(right[0]!));
      // "Rolls-Royce and BAE Systems": a known name on either side starts a new organisation; so does an article or a leading head ("… y la Universidad de Granada").
      const r0 = lower(right[0] ?? '');
      const rightNew = ARTICLES_BEFORE_NAMES.has(r0) || lex.leadingHeads.has(r0) || lookupRegistry(right.join(' ')) !== null || isGazetteerName(left.join(' ')) || countryAfterAnd(right, countryOfWord) !== null;
      const leftEndsHead = left.length > 0 && lex.orgHeads.has(lower(left[left.length - 1]!));
      // "…, Quillspark and Tidebrook Holdings": after a list comma, one word then "and" ends a list item.
      const listItem = inList && left.length === 1;
      if (!hasHead(words.slice(segStart), lex) || rightPerson || rightNew || listItem || (leftEndsHead && entityLike(right, lex))) cuts.push(i);
    } else if (WEAK_CONNECTORS.has(lw) && !(w !== lw && left.length === 2 && EAST_ASIAN_SURNAMES.has(lower(left[0]!)))) { // not "Moon Jae In"
      const content = right.filter((w) => !CONNECTORS.has(lower(w)));
      const rightHead = content.length > 0 && lex.orgHeads.has(lower(content[content.length - 1]!));
      const leftEntity = left.every((w) => NON_NAME_WORDS.has(lower(w))) || hasHead(left, lex) || lookupRegistry(left.join(' ')) !== null;
      // "Institute on Coastal Research", "Council on Foreign Relations": "on" after a head word opens the body's subject (not "the Ministry on Monday").
      const subjectOn = lw === 'on' && left.length > 0 && lex.orgHeads.has(lower(left[left.length - 1]!)) && right.length > 0 && !NON_NAME_WORDS.has(lower(right[0]!));
      if (!subjectOn && (!rightHead || leftEntity)) cuts.push(i);
    }
    if (cuts[cuts.length - 1] === i) segStart = i + 1;
  }
  const segments: Array<[number, number]> = [];
  let s = from;
  for (const c of cuts) {
    if (c > s) segments.push([s, c]);
    s = c + 1;
    // A capitalised particle opens a name ("in Van Gogh’s"): keep it.
    while (s < words.length && CONNECTORS.has(lower(words[s]!)) && !(NAME_PARTICLES.has(lower(words[s]!)) && words[s] !== lower(words[s]!))) s++;
  }
  if (s < words.length) segments.push([s, words.length]);
  return segments;
}

/** Pushes registry actors named by sub-spans of words s..e (longest first, left to right); true when any. */
export function registrySubSpans(run: Run, s: number, e: number, text: string, out: RunResult): boolean {
  let found = false;
  let i = s;
  while (i < e) {
    let matched = 0;
    for (let j = Math.min(e, i + REGISTRY_SPAN_WORDS); j > i; j--) {
      if (CONNECTORS.has(lower(run.words[i]!)) || CONNECTORS.has(lower(run.words[j - 1]!))) continue;
      const span = segmentSpan(run, i, j, text);
      const named = lookupRegistryName(text.slice(span.start, span.end));
      const entry = named?.entry ?? null;
      // A person inside a longer run is someone else of that family ("Nell Trump" is not Donald Trump);
      // a bare local alias inside a longer run is part of another name ("Harwick House" is no parliament).
      if (entry && (entry.type === 'person' || named?.local) && (i > s || j < e)) continue;
      if (entry) {
        out.proposals.push(propose(entry.type, text.slice(span.start, span.end), span.start, entry, `registry: part of a longer run is entry '${entry.id}'`));
        matched = j - i;
        found = true;
        break;
      }
    }
    i += Math.max(1, matched);
  }
  return found;
}

/** The reason {@link namedOrganisation} gives to a name of the gazetteer's public lists. */
export const GAZETTEER_ORGANISATION = 'gazetteer: a team, outlet, company or charity of a public list';

/**
 * An organisation named by what it is rather than by its words: a platform,
 * a name followed by a lower-case legal form ("e.V."), or a name of a public
 * list of teams, outlets, companies and charities; null otherwise.
 */
export function namedOrganisation(surface: string, start: number, end: number, text: string, sentenceStart: boolean): Proposal | null {
  if (PLATFORM_NAMES.has(normaliseName(surface))) {
    return propose('organization', surface, start, null, 'platform: a platform name (kept only when it acts or holds an account)');
  }
  const legalForm = LOWER_LEGAL_FORM.exec(text.slice(end, end + 8));
  if (legalForm) {
    return propose('organization', text.slice(start, end + legalForm[0].length), start, null, 'legal form: followed by e.V.');
  }
  if (gazetteerOrganisation(surface, start, end, text, sentenceStart)) {
    return propose('organization', surface, start, null, GAZETTEER_ORGANISATION); // "the Chiefs", "MSNBC"
  }
  return null;
}

/**
 * The head-word rule: a name of two or more words with an organisation head
 * word ("Harbour Institute", "Ministry of Health") is an organisation, unless
 * it names a place, an event or a dataset (not-orgs.ts). Pushes into `out`,
 * or hands sub-spans back to `classify`; true when the words were decided.
 */
export function headWordOrganisation(run: Run, s: number, e: number, text: string, out: RunResult, lex: LanguageProfile,
  classify: (a: number, b: number) => void, isName: (w: string) => boolean): boolean {
  const words = run.words.slice(s, e);
  const { start, end } = segmentSpan(run, s, e, text);
  const surface = text.slice(start, end);
  const lw = words.map(lower);
  let headIndex = -1;
  words.forEach((w, i) => {
    if (lex.orgHeads.has(lower(w)) || isCompoundHead(w, lex)) headIndex = i;
  });
  if (words.length >= 2 && headIndex >= 0 && (headIndex > 0 || CONNECTORS.has(lower(words[1] ?? '')) || leadsOrganisation(words, lex))) {
    // "Shares of Tesla Inc", "Studie des Robert-Koch-Instituts": when no head comes before "of", the organisation starts after it.
    const of = lw.findIndex((w) => OF_WORDS.has(w));
    if (of > 0 && of < headIndex && !lw.slice(0, of).some((w) => lex.orgHeads.has(w))) {
      // "Mara Tellen of the Harbour Party": a name of two to four name words before "of" is read on its own (a person needs evidence there too).
      if (of >= 2 && of <= MAX_NAME_WORDS && words.slice(0, of).every((w) => isName(w))) classify(s, s + of);
      let t = of + 1;
      while (t < words.length && CONNECTORS.has(lw[t]!)) t++;
      classify(s + t, e);
      return true;
    }
    // "the Harbour Institute Mara Tellen": a given name right after the head word opens a person's name.
    const tail = words.slice(headIndex + 1);
    if (tail.length >= 2 && tail.length <= MAX_NAME_WORDS && GIVEN_NAMES.has(lower(tail[0]!)) && tail.every((w) => isName(w))) {
      classify(s, s + headIndex + 1);
      classify(s + headIndex + 1, e);
      return true;
    }
    if (notAnOrganisation(words, headIndex, text, start, end)) return true; // "Tarrow Assembly Facility", "Academy Award for …", "the Harbour Media conference"
    const p = propose('organization', surface, start, null, `head word: '${words[headIndex]}' names an organisation`);
    // "Chinese Ministry of Education", or "China’s Ministry of Education".
    const owner = POSSESSOR_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    p.country = countryOfWord(words[0]!) ?? (owner ? countryOfWord(owner[1]!) : null);
    const governed = GOVERNMENT_OF.exec(surface);
    const governedCountry = governed ? countryOfWord(governed[1]!) : null;
    if (governedCountry) {
      p.country = governedCountry; // "Government of Syria" is the Syrian government
      p.group = `government:${governedCountry}`;
    }
    out.proposals.push(p);
    return true;
  }
  return false;
}

/**
 * A name the words around it call an organisation: a noun or donation cue
 * before it ("the journal …", "donate to …"), a kind of body ("publishers
 * such as …"), or an appositive ("…, a charity"); null otherwise.
 */
export function cuedOrganisation(words: readonly string[], surface: string, start: number, end: number, text: string): Proposal | null {
  const lw = words.map(lower);
  if (lw.length === 1 && NON_NAME_WORDS.has(lw[0]!)) return null; // "the charity I founded": a pronoun, never a name
  // "donate to Bright Wells", "the foundation Kestrel Hope"; not "donate to Maria Vell", "a foundation Maria Vell set up".
  const introduced = !(words.length >= 2 && GIVEN_NAMES.has(lw[0]!)) && (ORG_INTRODUCED.test(text.slice(Math.max(0, start - 40), start)) || DONATION_CUE.test(text.slice(Math.max(0, start - 40), start)));
  const kind = kindCue(surface, start, end, text); // "publishers such as Quillmark", "such bands as the Velvet Harbour"
  if ((introduced || kind || (organisationAppositive(text, end) && !placePredicate(text, end))) && !isCountryOrCapital(surface)) {
    return propose('organization', surface, start, null, introduced ? 'introduced: a noun or donation cue before it names an organisation' : kind ?? 'appositive: described as an organisation'); // "the journal Coastal Psychiatry"
  }
  return null;
}

/** Connectors after which a title word opens a body's subject ("Institute of General Botany", "Society for General …"). */
const SUBJECT_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for']);

/**
 * True when every title word of the name comes right after "of" or "for"
 * that follows an organisation head word ("Institute of General Botany",
 * "Society for General Quellby Studies"): the title is part of the body's
 * name, not a role before a person's, so the role split (roles.ts) is skipped.
 */
export function titleInsideOrganisationName(words: readonly string[], lex: LanguageProfile): boolean {
  const lw = words.map(lower);
  const roles = lw.map((w, i) => (lex.roleWords.has(w) ? i : -1)).filter((i) => i >= 0);
  return roles.length > 0 && roles.every((i) => i >= 2 && SUBJECT_CONNECTORS.has(lw[i - 1]!) && lw.slice(0, i - 1).some((w) => lex.orgHeads.has(w)));
}

/** A word in capitals only: several in a row are shouted, not a name's usual form. */
const SHOUTED_WORD = /^[\p{Lu}\d.&'’\-]+$/u;
/** The reason {@link modelOrganisation} gives. */
export const MODEL_ORGANISATION = "name-model: every word read as part of an organisation's name";

/**
 * A name the name model reads as an organisation's, every word of it
 * (name-model/: learned on GUM train); null otherwise. A lone word opening a
 * sentence says too little and is left to context.
 */
export function modelOrganisation(tokens: readonly Token[], surface: string, start: number, sentenceStart: boolean): Proposal | null {
  if (tokens.length === 0 || (sentenceStart && tokens.length === 1)) return null;
  if (tokens.length > 1 && tokens.every((t) => SHOUTED_WORD.test(t.text))) return null; // "KESTREL VOLT MAX": a shouted heading or product line
  if (isWorldRegion(surface)) return null; // "North America": a region, whatever the model reads
  if (!tokens.every((t) => t.nameModel?.label === 'ORG')) return null;
  return propose('organization', surface, start, null, MODEL_ORGANISATION);
}
