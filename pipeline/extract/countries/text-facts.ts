/**
 * Facts about the whole text that the per-mention rules need, collected in
 * one pass over the surface matches (plus a word scan of the text only when
 * "Georgia" or "Indian" occurs).
 */
import { BARE_SHARED_NAMES } from './context-words.ts';
import { DEMONYM_REGIONS, NATIVE_AMERICAN_CUES } from './demonym-words.ts';
import { readGeorgia, type GeorgiaReading } from './georgia-rule.ts';
import { isNameLike, isNamePartCapital, isPersonShaped, isSurnameDemonym } from './person-names.ts';
import type { SurfaceMatch } from './surface-matcher.ts';

/** Facts about the whole text. */
export interface TextFacts {
  /** Name-like countries, capitals and demonyms ("Jordan", "Washington", "French") that the text uses at least once as (part of) a name. */
  personNames: Set<string>;
  /** How the text reads "Georgia" (state or country). */
  georgia: GeorgiaReading;
  /** The text writes "turkey" in lower case (the bird) somewhere. */
  lowercaseTurkey: boolean;
  /** The text has "Chadian" or "N'Djamena". */
  chadCues: boolean;
  /** "Indian" means Native American here: Native American cues and no "India" in the text. */
  indianIsNative: boolean;
  /** Countries whose demonym means a region's people here ("Mongolian" in a text about Inner Mongolia only). */
  regionalDemonyms: Set<string>;
  /** Country of each bare shared name in this text ("Korea" → "KP" in a text about North Korea only). */
  sharedNames: Map<string, string>;
}

const WORDS = /[\p{L}][\p{L}'’-]*/gu;
const LOWERCASE_TURKEY = /\bturkeys?\b/;
const CHAD_CUES = /\b(?:Chadian|N['’]Djamena)/;

function hasNativeAmericanCue(text: string): boolean {
  if (text.includes('Native American')) return true;
  for (const [w] of text.matchAll(WORDS)) if (NATIVE_AMERICAN_CUES.has(w)) return true;
  return false;
}

function regionalDemonyms(text: string, named: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const [country, regions] of Object.entries(DEMONYM_REGIONS)) {
    if (!named.has(country) && regions.some((r) => text.includes(r))) out.add(country);
  }
  return out;
}

function sharedNameReadings(namedExplicitly: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [surface, { usual, other }] of Object.entries(BARE_SHARED_NAMES)) {
    out.set(surface, namedExplicitly.has(other) && !namedExplicitly.has(usual) ? other : usual);
  }
  return out;
}

/** Collects {@link TextFacts} from the text and its surface matches. */
export function collectTextFacts(text: string, matches: readonly SurfaceMatch[]): TextFacts {
  const personNames = new Set<string>();
  let hasGeorgia = false;
  let namesUS = false;
  let georgians = 0;
  let namesIndia = false;
  let hasIndian = false;
  const named = new Set<string>();
  const namedExplicitly = new Set<string>();
  for (const m of matches) {
    if (m.entry.kind !== 'not_country' && m.entry.country && !(m.entry.surface in BARE_SHARED_NAMES)) {
      namedExplicitly.add(m.entry.country);
    }
    if (m.entry.kind === 'country' && m.entry.via !== 'demonym' && m.entry.country) named.add(m.entry.country);
    const s = m.entry.surface;
    const person =
      (isNameLike(s) && isPersonShaped(text, m)) ||
      (m.entry.kind === 'capital' && isNamePartCapital(text, m)) ||
      isSurnameDemonym(text, m);
    if (person) personNames.add(s);
    if (s.startsWith('Indian')) hasIndian = true;
    if (m.entry.country === 'IN' && m.entry.via !== 'demonym') namesIndia = true;
    if (s === 'Georgia') hasGeorgia = true;
    if (m.entry.country === 'US' && m.entry.kind === 'country') namesUS = true;
    if (m.entry.country === 'GE' && m.entry.via === 'demonym') georgians++;
  }
  return {
    personNames,
    georgia: hasGeorgia || georgians > 0 ? readGeorgia(text, georgians, namesUS) : { fallback: 'country', stateText: false },
    lowercaseTurkey: LOWERCASE_TURKEY.test(text),
    chadCues: CHAD_CUES.test(text),
    indianIsNative: hasIndian && !namesIndia && hasNativeAmericanCue(text),
    regionalDemonyms: regionalDemonyms(text, named),
    sharedNames: sharedNameReadings(namedExplicitly),
  };
}
