/**
 * Quote speakers that name a person or organisation become proposals, so
 * that every named speaker is an actor even when the recogniser missed it.
 */
import type { QuoteDraft } from '../types.ts';
import type { Proposal } from './proposal.ts';
import { propose } from './proposal.ts';
import { lookupRegistry } from './registry.ts';
import { normaliseName } from './normalise.ts';
import { countryOfWord } from './country-words.ts';
import { CONNECTORS, NON_NAME_WORDS, NON_PERSON_LAST_WORDS, ORG_HEADS } from '../lexicon/english.ts';
import { thingShapedName } from './places.ts';
import { isGazetteerName } from './gazetteer.ts';
import { GIVEN_NAMES } from '../lexicon/given-names.ts';
import { unsupportedSpeakerOrganisation } from './org-precision.ts';

const CAPITALISED = /^[\p{Lu}\d]/u;
const WHITESPACE = /\s+/;
const MID_SENTENCE_BEFORE = /[\p{Ll},]\s$/u;
/** Longest speaker string (in words) taken as a name: the longest names in the seed and dev gold have eight ("UN Special Rapporteur on Freedom of Peaceful Assembly"); longer ones are descriptions. */
const MAX_SPEAKER_WORDS = 8;

/** True when every word of the speaker string is capitalised or a connector ("Campaign for Coastal Villages"). */
export function looksLikeName(speaker: string): boolean {
  const words = speaker.trim().split(WHITESPACE);
  if (words.length === 0 || words.length > MAX_SPEAKER_WORDS || !CAPITALISED.test(words[0]!)) return false;
  if (NON_NAME_WORDS.has(words[0]!.toLowerCase())) return false;
  if (words.length === 1 && countryOfWord(words[0]!)) return false;
  return words.every((w) => CAPITALISED.test(w) || CONNECTORS.has(w.toLowerCase()));
}

/** Proposals for named speakers that no existing proposal covers (existing ones that name a speaker become certain). */
export function speakerProposals(quotes: QuoteDraft[], text: string, existing: Proposal[]): Proposal[] {
  const known = new Set(existing.map((p) => normaliseName(p.surface)));
  // Existing proposals by normal form, built once (issue 14: a rescan of every proposal per quote was quadratic).
  const byName = new Map<string, Proposal[]>();
  for (const p of existing) {
    const key = normaliseName(p.surface);
    if (byName.has(key)) byName.get(key)!.push(p);
    else byName.set(key, [p]);
  }
  const out: Proposal[] = [];
  for (const q of quotes) {
    const speaker = q.speaker?.trim();
    if (!speaker || (q.speaker_type !== 'person' && q.speaker_type !== 'organization')) continue;
    if (known.has(normaliseName(speaker))) {
      // A quoted speaker is a person or organisation for sure: "Mary-Beth Calloway" needs no other evidence.
      const same = byName.get(normaliseName(speaker)) ?? [];
      byName.delete(normaliseName(speaker)); // done once per name: a repeat would change nothing
      for (const p of same) {
        p.evidence = 'strong';
        if (!p.reason.endsWith('; named as a quote speaker')) p.reason += '; named as a quote speaker';
        if (p.type === 'person' && p.registry === null && startsWithOrganisation(p.surface)) p.type = 'organization';
      }
      continue;
    }
    if (!looksLikeName(speaker)) continue;
    // "Chromecast Ultra", "Mac Pro": a product or a place named as speaker is not a person.
    if (q.speaker_type === 'person' && (NON_PERSON_LAST_WORDS.has(speaker.split(WHITESPACE).pop()!.toLowerCase()) || thingShapedName(speaker.split(WHITESPACE)))) continue;
    // One word: a name only if written with a capital inside a sentence too ("Detainees", "Prosecutors" are common nouns).
    if (!speaker.includes(' ') && !lookupRegistry(speaker) && !capitalisedMidSentence(speaker, text)) continue;
    const at = text.indexOf(speaker);
    if (at < 0) continue;
    const entry = lookupRegistry(speaker);
    // "World Vision Beta": a speaker named after a known organisation is that organisation's programme, not a person.
    const type = entry?.type ?? (q.speaker_type === 'person' && startsWithOrganisation(speaker) ? 'organization' : q.speaker_type);
    if (type === 'organization' && !entry && unsupportedSpeakerOrganisation(speaker, (w) => ORG_HEADS.has(w), (n) => isGazetteerName(n) || startsWithOrganisation(n))) continue;
    out.push(propose(type, speaker, at, entry, `speaker: named as the speaker of a quote (${type})`));
    known.add(normaliseName(speaker));
  }
  return out;
}

/** True when `word` appears with its capital after a lower-case word or a comma (not only opening sentences). */
function capitalisedMidSentence(word: string, text: string): boolean {
  let at = text.indexOf(word);
  while (at >= 0) {
    if (MID_SENTENCE_BEFORE.test(text.slice(Math.max(0, at - 3), at))) return true;
    at = text.indexOf(word, at + word.length);
  }
  return false;
}

/** True when the first words of a speaker string name a gazetteer or registry organisation, or end in a head word ("World Vision Beta", "Harbour Trust Fellows"). */
function startsWithOrganisation(speaker: string): boolean {
  const words = speaker.split(WHITESPACE);
  for (let n = words.length; n >= 1; n--) {
    const prefix = words.slice(0, n).join(' ');
    if (isGazetteerName(prefix) || lookupRegistry(prefix)?.type === 'organization') return true;
    if (n >= 2 && ORG_HEADS.has(words[n - 1]!.toLowerCase()) && !GIVEN_NAMES.has(words[0]!.toLowerCase())) return true; // not "Maria Post"
  }
  return false;
}
