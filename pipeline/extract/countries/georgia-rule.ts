/**
 * Georgia the US state versus Georgia the country. A local cue decides first
 * ("Atlanta, Georgia", "Georgia voters", "Georgia's governor", "state of
 * Georgia" → state; "Georgia's president", "Tbilisi, Georgia", "Ukraine,
 * Georgia and Moldova" → country), then the clause around it ("ran for
 * governor in Georgia" → state; "the former Soviet republic of Georgia" →
 * country). Otherwise the whole text decides: distinct
 * US-state cues (other US states, Georgia's cities and counties) against
 * Caucasus cues (Tbilisi, Abkhazia, "Georgian"); with no cue either way, the
 * state when the text also names the United States, else the country.
 */
import {
  GEORGIA_COUNTRY_CUES,
  GEORGIA_COUNTRY_NEAR,
  GEORGIA_STATE_BEFORE,
  GEORGIA_STATE_NEAR,
  GEORGIA_STATE_NEXT,
  GEORGIA_STATE_TEXT_CUES,
  US_STATES,
} from './context-words.ts';
import { nextWord, possessiveLength, previousWord } from './context.ts';
import type { SurfaceMatch } from './surface-matcher.ts';

const WORDS = /[\p{L}][\p{L}'’.-]*/gu;
/**
 * Characters on each side of "Georgia" searched for sentence-level cues
 * ("Stacey Abrams, who ran for governor in Georgia"): 60 ≈ ten words, about
 * the span of one clause.
 */
const CUE_WINDOW = 60;

const TRAILING_PERIOD = /\.+$/;
/** Local cues that make "Georgia's …" the country whatever the text says. */
const GEORGIA_COUNTRY_LOCAL = new Set(['president', 'parliament', 'prime', 'breakaway', 'capital', 'embassy', 'army']);

/** How the text as a whole reads "Georgia". */
export interface GeorgiaReading {
  /** Reading of "Georgia" when no local cue decides. */
  fallback: 'state' | 'country';
  /** The text is about the US state more than the country (also silences "Georgians"). */
  stateText: boolean;
}

/** Distinct US-state cues and Caucasus cues in the text. */
function countCues(text: string): { state: number; country: number } {
  let state = 0;
  let country = 0;
  const seen = new Set<string>();
  for (const [raw] of text.matchAll(WORDS)) {
    // "Ga." keeps its period; "Atlanta." at a sentence end loses it
    const w = GEORGIA_STATE_TEXT_CUES.has(raw) ? raw : raw.replace(TRAILING_PERIOD, '');
    if (seen.has(w)) continue;
    seen.add(w);
    if (US_STATES.has(w) || GEORGIA_STATE_TEXT_CUES.has(w)) state++;
    if (GEORGIA_COUNTRY_CUES.has(w)) country++;
  }
  return { state, country };
}

/**
 * Reads the text's Georgia cues. `georgians` counts "Georgian(s)" mentions,
 * `namesUS` says whether the text names the United States.
 */
export function readGeorgia(text: string, georgians: number, namesUS: boolean): GeorgiaReading {
  const { state, country } = countCues(text);
  const stateFallback = state > country + georgians || (state === 0 && country + georgians === 0 && namesUS);
  return { fallback: stateFallback ? 'state' : 'country', stateText: state > country };
}

/** A state or country cue in the clause around "Georgia" (same paragraph), or null when none or both. */
function nearbyCue(text: string, m: SurfaceMatch): 'state' | 'country' | null {
  // Paragraph breaks are looked for inside the window only (issue 14: scanning to them per match was quadratic in a long paragraph).
  const windowStart = Math.max(0, m.start - CUE_WINDOW);
  const from = windowStart + text.slice(windowStart, m.start).lastIndexOf('\n') + 1;
  const windowEnd = Math.min(text.length, m.end + CUE_WINDOW);
  const paragraphEnd = text.slice(m.end, windowEnd).indexOf('\n');
  const to = paragraphEnd < 0 ? windowEnd : m.end + paragraphEnd;
  let state = false;
  let country = false;
  for (const [raw] of text.slice(from, to).matchAll(WORDS)) {
    const w = raw.replace(TRAILING_PERIOD, '');
    if (GEORGIA_STATE_NEAR.has(w.toLowerCase()) || US_STATES.has(w) || GEORGIA_STATE_TEXT_CUES.has(raw)) state = true;
    if (GEORGIA_COUNTRY_CUES.has(w) || GEORGIA_COUNTRY_NEAR.has(w)) country = true;
  }
  return state === country ? null : state ? 'state' : 'country';
}

/** True when this "Georgia" is the country. `listed` says it is listed with other country names. */
export function georgiaIsCountry(text: string, m: SurfaceMatch, reading: GeorgiaReading, listed: boolean): boolean {
  const possessive = possessiveLength(text, m.end);
  const next = (nextWord(text, m.end + possessive)?.text ?? '').toLowerCase();
  if (possessive > 0 && GEORGIA_COUNTRY_LOCAL.has(next)) return true;
  if (GEORGIA_STATE_NEXT.has(next)) return false;
  const prev = previousWord(text, m.start);
  if (prev && GEORGIA_STATE_BEFORE.has(prev.text)) return false;
  // "Atlanta, Georgia" / "Tbilisi, Georgia": a place name and a comma just before
  const beforeComma = text[m.start - 2] === ',' ? previousWord(text, m.start - 2) : null;
  if (beforeComma && GEORGIA_STATE_BEFORE.has(beforeComma.text)) return false;
  if (beforeComma && GEORGIA_COUNTRY_CUES.has(beforeComma.text)) return true;
  if (listed) return true;
  const near = nearbyCue(text, m);
  return near ? near === 'country' : reading.fallback === 'country';
}
