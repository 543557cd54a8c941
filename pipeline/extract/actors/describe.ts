/**
 * Titles and affiliations of people from the words around their names:
 * pre-modifiers ("EU foreign affairs chief Jan Verhoeven", "foreign
 * ministry spokesman Wang Lichen"), appositives ("Zhou Pingyi, a spokesman for
 * the Peruvian mission at the UN,"; "Rahima Tursun, Uyghur American
 * Association President"), "from the <organisation>", and a role said just
 * before the name ("as UN High Commissioner for Human Rights, Michelle
 * Bachelet").
 */
import type { Token } from './tokens.ts';
import { tokenStartingAt } from './tokens.ts';
import type { Proposal, RoleSpan } from './proposal.ts';
import { propose } from './proposal.ts';
import { countryOfWord } from './country-words.ts';
import { HONORIFICS, NON_NAME_WORDS, ORG_HEADS, ROLE_WORDS, TITLE_ABBREVIATIONS } from '../lexicon/english.ts';
import { looksLikePlace } from './places.ts';
import { lookupRegistry, lookupRegistryName } from './registry.ts';

/** Most lower-case words between an organisation and a name in a pre-modifier ("foreign affairs chief", three): beyond four it is a clause, not a title. */
const MAX_PREMODIFIER_WORDS = 4;
/** Most words of an appositive title: the longest in the seed and dev gold articles has ten ("U.S. attorney for the Southern District of New York"). */
const MAX_APPOSITIVE_WORDS = 12;
const APPOSITIVE = /^,\s+(?:(?:a|an|the)\s+)?([^,;:“”"()\[\]]+?)(?=\s*(?:[,;:“”"()]|(?<!\b\p{Lu})\.(?:\s|$)|\s(?:who|whose|which|said|says|told)\b|$))/u;
const FROM_ORG = /^\s+(?:from|of|at|with)\s+(?:the\s+)?/;
const ORG_IN_PHRASE = /\b(?:at|for|of|from|with)\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{N}.&’'\-]*)(?:\s+(?:of|for|and|the|&)?\s*\p{Lu}[\p{L}\p{N}.&’'\-]*)*)/u;
const ROLE_BEFORE_GAP = /^,\s*$/;
/** Most characters between a title and the name it comes before ("CEO of X, Name", "CEO of X Name"). */
const TITLE_GAP_MAX = 2;
const TRAILING_DOT = /\.$/;
const WORD_SPLIT = /\s+/;
const LOWER_WORD = /^[\p{Ll}\-]+$/u;
const PAST_PARTICIPLE = /ed$/;
const SPACES = /^ +$/;
const DOT_SPACE = /^\. $/;
const CAPITALISED = /^\p{Lu}/u;
const POSSESSIVE_END = /[’']s$/;

/** Fills `titles`, `affiliation` and `country` of the person proposals; may add organisation proposals. */
export function describePeople(proposals: Proposal[], roles: RoleSpan[], tokens: Token[], text: string): Proposal[] {
  const added: Proposal[] = [];
  const orgs = proposals.filter((p) => p.type === 'organization');
  const orgStarts = new Map(orgs.map((o) => [o.start, o] as const));
  const orgWithin = (start: number, end: number): Proposal | null => orgs.find((o) => o.start >= start && o.end <= end) ?? null;
  for (const p of proposals) {
    if (p.type !== 'person') continue;
    if (p.titles.length === 0) premodifier(p, proposals, orgs, tokens, text, orgWithin);
    appositive(p, text, orgWithin, orgs, added);
    const from = FROM_ORG.exec(text.slice(p.end, p.end + 20));
    if (from && !p.affiliation) {
      const at = p.end + from[0].length;
      p.affiliation = orgs.find((o) => o.start === at) ?? null;
    }
    const role = roles.find((r) => r.end < p.start && ROLE_BEFORE_GAP.test(text.slice(r.end, p.start)));
    if (role) {
      p.titles.push(role.text);
      p.affiliation = p.affiliation ?? role.org;
    }
    if (!p.affiliation) p.affiliation = organisationInTitle(p, text, orgStarts, orgs, added);
    if (!p.country) p.country = countryFromTitles(p.titles);
  }
  return added;
}

/** A name without the honorifics and title abbreviations that close it ("Rt. Hon.", "Dr."); empty when nothing else is left. */
function withoutTrailingTitles(name: string): string {
  const words = name.split(WORD_SPLIT);
  const isTitle = (w: string): boolean => {
    const bare = w.toLowerCase().replace(TRAILING_DOT, '');
    return TITLE_ABBREVIATIONS.has(bare) || HONORIFICS.has(bare) || ROLE_WORDS.has(bare);
  };
  while (words.length > 0 && isTitle(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/**
 * "CEO of the Harbour Trust Mara Tellen": the organisation named after
 * at/for/of/from/with in a title written just before the person, proposed as
 * an organisation of its own (not a country or a place).
 */
function organisationInTitle(p: Proposal, text: string, orgStarts: Map<number, Proposal>, orgs: Proposal[], added: Proposal[]): Proposal | null {
  for (const title of p.titles) {
    // Only right before the name (a bounded window, not a search back through the text: issue 14).
    const windowStart = Math.max(0, p.start - title.length - TITLE_GAP_MAX);
    const found = text.slice(windowStart, p.start).lastIndexOf(title);
    if (found < 0) continue;
    const at = windowStart + found;
    const inner = ORG_IN_PHRASE.exec(title);
    if (!inner) continue;
    const name = withoutTrailingTitles(inner[1]!); // "… House of Representatives Rt. Hon." is the House
    // Only a name with an organisation head word ("Harbour Trust"), not "Best Actress for …" or a field ("Education").
    if (!name || countryOfWord(name) !== null || looksLikePlace(name) || !name.split(WORD_SPLIT).some((w) => ORG_HEADS.has(w.toLowerCase()))) continue;
    const start = at + inner.index + inner[0].length - inner[1]!.length;
    const known = orgStarts.get(start);
    if (known) return known;
    const named = lookupRegistryName(name);
    // A bare local alias ("House of Representatives") means the registry's body only in an article about its country: left to the rules.
    const entry = named && !named.local ? named.entry : null;
    if (entry && entry.type !== 'organization') continue;
    const org = propose('organization', name, start, entry, "affiliation: the organisation named in a title before a person ('CEO of the <organisation>')");
    added.push(org);
    orgs.push(org);
    orgStarts.set(start, org);
    return org;
  }
  return null;
}

function premodifier(p: Proposal, proposals: Proposal[], orgs: Proposal[], tokens: Token[], text: string, orgWithin: (s: number, e: number) => Proposal | null): void {
  const idx = tokenStartingAt(tokens, p.start);
  if (idx === undefined || idx === 0) return;
  const spaced = (i: number): boolean => SPACES.test(tokens[i]!.gapBefore);
  let j = idx - 1;
  const adjacent = tokens[j]!;
  if (!spaced(idx) || !LOWER_WORD.test(adjacent.text) || !ROLE_WORDS.has(adjacent.text)) return;
  let first = j;
  let count = 1;
  while (first > 0 && spaced(first) && count < MAX_PREMODIFIER_WORDS) {
    const prev = tokens[first - 1]!;
    // A past participle is usually the verb of the clause ("have detained citizen journalist X").
    if (!LOWER_WORD.test(prev.text) || NON_NAME_WORDS.has(prev.text) || PAST_PARTICIPLE.test(prev.text)) break;
    first--;
    count++;
  }
  // An organisation or demonym written just before ("EU foreign affairs chief", "Walt Disney Co. executive").
  while (first > 0 && (spaced(first) || DOT_SPACE.test(tokens[first]!.gapBefore)) && tokens[first - 1]!.capitalised && !tokens[first - 1]!.sentenceStart) first--;
  if (first > 0 && tokens[first - 1]!.capitalised && tokens[first - 1]!.sentenceStart && spaced(first) && !NON_NAME_WORDS.has(tokens[first - 1]!.text.toLowerCase())) first--;
  const start = tokens[first]!.start;
  const title = text.slice(start, tokens[j]!.end);
  p.titles.push(title);
  // "Goldman Sachs economist Jan Hatzius": a name with no evidence of its own before a role is the employer.
  for (const q of proposals) {
    if (q.type === 'person' && q.evidence === 'weak' && q.start >= start && q.end <= tokens[j]!.start) {
      q.type = 'organization';
      q.evidence = 'strong';
      orgs.push(q);
    }
  }
  p.affiliation = p.affiliation ?? orgWithin(start, tokens[j]!.end);
}

function appositive(p: Proposal, text: string, orgWithin: (s: number, e: number) => Proposal | null, orgs: Proposal[], added: Proposal[]): void {
  const m = APPOSITIVE.exec(text.slice(p.end, p.end + 200));
  if (!m) return;
  const phrase = m[1]!.trim();
  const words = phrase.split(WORD_SPLIT);
  // "Ted Hollis, Hawaii Rep. Tulsi Gabbard": the abbreviated title belongs to the next name.
  if (TITLE_ABBREVIATIONS.has(words[words.length - 1]!.toLowerCase()) && text[p.end + m[0].length] === '.') return;
  if (words.length > MAX_APPOSITIVE_WORDS || !words.some((w) => ROLE_WORDS.has(w.toLowerCase().replace(POSSESSIVE_END, '')))) return;
  const phraseStart = p.end + m[0].indexOf(phrase, 1);
  p.titles.push(phrase);
  let org = orgWithin(phraseStart, phraseStart + phrase.length);
  if (!org) {
    // "a senior military analyst at Corvane Analytics": the capitalised words after at/for/of name an organisation.
    const inner = ORG_IN_PHRASE.exec(phrase);
    if (inner && countryOfWord(inner[1]!) === null && !looksLikePlace(inner[1]!)) {
      const at = phraseStart + inner.index + inner[0].length - inner[1]!.length;
      const entry = lookupRegistry(inner[1]!);
      org = propose(entry?.type ?? 'organization', inner[1]!, at, entry, "affiliation: 'from the <organisation>' after a person");
      if (org.type === 'organization') {
        added.push(org);
        orgs.push(org);
      } else org = null;
    }
  }
  p.affiliation = p.affiliation ?? org;
}

/** A demonym or country name in a title ("Chinese foreign ministry spokesman"), not inside a longer name ("New Jersey Sen."). */

function countryFromTitles(titles: string[]): string | null {
  for (const title of titles) {
    const words = title.split(WORD_SPLIT);
    for (let i = 0; i < words.length; i++) {
      const prev = words[i - 1];
      const next = words[i + 1];
      if ((prev && CAPITALISED.test(prev)) || (next && CAPITALISED.test(next) && !ROLE_WORDS.has(next.toLowerCase().replace(/\.$/, '')))) continue;
      const c = countryOfWord(words[i]!.replace(POSSESSIVE_END, ''));
      if (c) return c;
    }
  }
  return null;
}
