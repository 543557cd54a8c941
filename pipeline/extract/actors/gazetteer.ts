/**
 * Gazetteer organisations (gazetteer.json, data only): complete categories
 * of recurring actors that carry no cue word — sports teams of the big
 * leagues, news outlets, large companies, well-known charities and foundations. A name that is also a common
 * word, a place or a surname needs context (see `_rules` in the JSON).
 */
import data from './gazetteer.json' with { type: 'json' };
import { ACTION_VERBS, SPEECH_VERBS } from '../lexicon/english.ts';
import { orgCueBefore } from './cues.ts';

/** Two-word nicknames ("Red Sox", "Maple Leafs"): these first words belong to the nickname. */
const NICKNAME_FIRST_WORDS: ReadonlySet<string> = new Set(['Red', 'White', 'Blue', 'Maple', 'Golden', 'Trail']);
const LEADING_THE = /^the\s+/i;
const TRAILING_DOT = /\.$/;
const bare = (name: string): string => name.replace(LEADING_THE, '').replace(TRAILING_DOT, '');

function nickname(team: string): string {
  const words = team.split(' ');
  const two = words.length >= 3 && NICKNAME_FIRST_WORDS.has(words[words.length - 2]!);
  return words.slice(two ? -2 : -1).join(' ');
}

const FULL_TEAMS = new Set<string>();
/** Nicknames and club names that are also places ("Chiefs", "Liverpool"): teams only in a sports text. */
const SPORTS_ONLY = new Set<string>();
for (const [league, teams] of Object.entries(data.teams)) {
  for (const team of teams) {
    if (league === 'premier-league') SPORTS_ONLY.add(team);
    else {
      FULL_TEAMS.add(team);
      SPORTS_ONLY.add(nickname(team));
    }
  }
}
const NAMES = new Set([...data.media, ...data.companies, ...data.charities, ...data.wikimedia].map(bare));
const AMBIGUOUS = new Set(data.ambiguous.map(bare));
const CUE_ONLY = new Set(data.cue_only.map(bare));
/** Names this short ("GM", "EA", "BP") are also abbreviations of other things. */
const MAX_SHORT = 2;

/** Words whose presence (two distinct ones) makes a text a sports text. */
const SPORTS_WORDS = /\b(?:coach|coaches|quarterback|touchdowns?|playoffs?|postseason|league|NFL|NBA|MLB|NHL|AFC|NFC|innings|pitcher|striker|midfielder|goalkeeper|fixtures?|stadium|roster|halftime|overtime|standings|kickoff|referee|squad|Premier League)\b/g;
/** Minimum distinct sports words: one can be incidental ("the stadium"), two rarely are. */
const MIN_SPORTS_WORDS = 2;
let lastText = '';
let lastSports = false;
function sportsText(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastSports = new Set(Array.from(text.matchAll(SPORTS_WORDS), (m) => m[0].toLowerCase())).size >= MIN_SPORTS_WORDS;
  }
  return lastSports;
}

/** A name alone as the last sentence of a paragraph is a credit line. */
const CLOSING_CREDIT = /^[\s.]*(?:\n|$)/;
const PLACE_BEFORE = /\b(?:in|at|near|from|of|outside|around)\s+$/i;
const NEXT_WORD = /^([’']s\b)?\s*(\p{L}+)?/u;
/** Auxiliaries after a company's name ("Ford is rolling out", "Apple will"), with the action verbs of lexicon.ts. */
const AUXILIARIES: ReadonlySet<string> = new Set(['is', 'was', 'will', 'would', 'has', 'had', 'makes', 'made', 'owns', 'builds', 'built', 'posted']);

/** True when `surface` is a gazetteer name (team, outlet or company), whatever its context. */
export function isGazetteerName(surface: string): boolean {
  const name = bare(surface);
  return FULL_TEAMS.has(name) || NAMES.has(name);
}

/**
 * True when `surface` (a capitalised segment at `start`..`end` of `text`)
 * names a gazetteer organisation in this context.
 */
export function gazetteerOrganisation(surface: string, start: number, end: number, text: string, sentenceStart: boolean): boolean {
  const name = bare(surface);
  if (FULL_TEAMS.has(name)) return true;
  if (SPORTS_ONLY.has(name)) return sportsText(text) && !PLACE_BEFORE.test(text.slice(Math.max(0, start - 12), start));
  if (!NAMES.has(name)) return false;
  if (sentenceStart && CLOSING_CREDIT.test(text.slice(end, end + 3))) return false; // "… into the US. PTI": an agency credit
  const next = NEXT_WORD.exec(text.slice(end, end + 30))!;
  const possessive = next[1] !== undefined;
  const verb = next[2] !== undefined && (SPEECH_VERBS.has(next[2]) || ACTION_VERBS.has(next[2]) || AUXILIARIES.has(next[2]));
  const cue = orgCueBefore(text, start);
  if (CUE_ONLY.has(name)) return cue || (!sentenceStart && verb && !possessive);
  if (AMBIGUOUS.has(name) || name.length <= MAX_SHORT) return cue || verb || (possessive && !sentenceStart);
  return true;
}
