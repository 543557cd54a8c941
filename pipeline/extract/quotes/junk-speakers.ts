/**
 * A speaker is a person or an organisation. These named rules recognise
 * answers that are neither, by their shape or by the lexicon's categories of
 * words about the world: a date or a sentence-opening function word, a US
 * state or world region, a party or nationality word standing alone, a lone
 * letter or number. Each returns why the phrase is no speaker, or null.
 */
import { NOT_NAME_WORDS } from '../lexicon/speakers.ts';
import { US_STATE_ABBREVIATIONS, US_STATE_NAMES, WORLD_REGIONS } from '../lexicon/places.ts';
import { demonymCountry } from '../countries/gazetteer.ts';
import { isPartyWord } from './names.ts';

const NOT_NAME_SET = new Set(NOT_NAME_WORDS);
const STATE_SET = new Set(US_STATE_NAMES.map((s) => s.toLowerCase()));
/** A lone letter or a number ("R", "49"): a fragment of a party tag or a figure, never a name. */
const FRAGMENT = /^(?:\p{L}\.?|[\d.,%]+)$/u;

/** "Tuesday", "March", "However": one word that is a date or a sentence-opening function word. */
export function dateOrFunctionWord(speaker: string): string | null {
  return !speaker.includes(' ') && NOT_NAME_SET.has(speaker.toLowerCase()) ? 'date-or-function-word' : null;
}

/** "Ohio", "Calif.", "N.H.", "Western Europe": a US state (or its abbreviation) or a world region, a place that does not speak. */
export function placeName(speaker: string): string | null {
  const bare = speaker.replace(/\.$/u, '');
  const lower = bare.toLowerCase();
  return STATE_SET.has(lower) || US_STATE_ABBREVIATIONS.has(bare) || WORLD_REGIONS.has(lower) ? 'place-not-speaker' : null;
}

/** Whether one word is a party or nationality word ("Republican", "Democrats", "Irish", "Irish-American"). */
function partyOrNationalityWord(word: string): boolean {
  if (isPartyWord(word.toLowerCase())) return true;
  return word.split('-').every((part) => demonymCountry(part) !== null);
}

/**
 * "Republican", "Irish-American Democrat": party and nationality words alone
 * describe a speaker the article names elsewhere; they are no name. (With a
 * place before them, "a Lowland Democrat" is an unnamed source, left as written.)
 */
export function partyOrNationality(speaker: string): string | null {
  const words = speaker.split(/\s+/u);
  return words.length <= 3 && words.every(partyOrNationalityWord) ? 'party-or-nationality' : null;
}

/** "R", "49": a lone letter or a number. */
export function fragment(speaker: string): string | null {
  return FRAGMENT.test(speaker) ? 'fragment-not-name' : null;
}

const RULES = [dateOrFunctionWord, placeName, partyOrNationality, fragment] as const;

/** Why a speaker phrase is not a person's or an organisation's name, or null when it may be one. */
export function notAnActor(speaker: string): string | null {
  const s = speaker.trim();
  for (const rule of RULES) {
    const reason = rule(s);
    if (reason) return reason;
  }
  return null;
}
