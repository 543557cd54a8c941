/**
 * Teams named by a match result: in "Harbourton defeated Ostvale 3 – 1" or a
 * results line "Harbourton d. Ostvale 70-44", the two names are teams (the
 * organisations that play), even when they are places or countries. A team
 * record at the start of a line ("Ostvale (3-1): …") says the same of its
 * name. A side already read as a person ("Ann Ross beat Mia Vell 6-4") is
 * left alone, and two sides that are neither places, organisations nor
 * teams with a record are taken for players, not teams.
 */
import type { Cluster } from './merge.ts';
import type { Proposal } from './proposal.ts';
import { propose } from './proposal.ts';
import { looksLikePlace } from './places.ts';
import { normaliseName } from './normalise.ts';
import { NON_NAME_WORDS } from '../lexicon/english.ts';

/** A capitalised name of one to four words ("Palm Bay", "South Korea"). */
const NAME = String.raw`\p{Lu}[\p{L}'’\-]*(?:[ \t]+\p{Lu}[\p{L}'’\-]*){0,3}`;
/** A score: "3 – 1", "70-44". */
const SCORE = String.raw`\d{1,3}[ \t]?[–—-][ \t]?\d{1,3}`;
/** Result verbs between the winner and the loser ("d." is the results-line abbreviation of "defeated"). */
const WIN_VERBS = String.raw`d\.|def\.|defeated|defeats|beat|beats|edged|edges|downed|downs|routed|routs|topped|tops|blanked|thrashed|drew with|tied|lost to`;
/** "<A> defeated [one or two lower-case words] <B> <score>", a line "<A> d. <B>", or "<A> lost <score> to <B>". */
const RESULT = new RegExp(String.raw`(${NAME})[ \t]+(?:(?:${WIN_VERBS})[ \t]+(?:\p{Ll}+[ \t]+){0,2}(${NAME})(?=[ \t]*(?:,[ \t]*)?(?:${SCORE})|[ \t]*\n|[ \t]*$)|lost[ \t]+${SCORE}[ \t]+to[ \t]+(${NAME}))`, 'gmu');
/**
 * A result verb between spaces, which every {@link RESULT} match holds: a
 * text without one is spared the scan of RESULT, tried at each of its
 * capitals (about 0.5% of extracting a page).
 */
const RESULT_VERB = new RegExp(String.raw`[ \t](?:${WIN_VERBS}|lost)[ \t]`);
/** A team's record opening a line: "Ostvale (3-1):" or "(1-0-2):". */
const RECORD_LINE = new RegExp(String.raw`^(${NAME})[ \t]+\(\d{1,2}-\d{1,2}(?:-\d{1,2})?\):`, 'gmu');
/** The reason the rule gives. */
export const SPORTS_RESULT = 'sports result: a side of a match result or a team record names a team';

/**
 * Organisation proposals for the teams of the article's match results, one
 * per mention in a result or a record line that no actor covers yet.
 */
export function teamsFromResults(text: string, clusters: Cluster[], taken: (start: number, end: number) => boolean): Proposal[] {
  const people = new Set<string>();
  const orgs = new Set<string>();
  for (const c of clusters) for (const m of c.members) (c.type === 'person' ? people : orgs).add(normaliseName(m.surface));
  const recorded = new Set<string>();
  for (const m of text.matchAll(RECORD_LINE)) recorded.add(normaliseName(m[1]!));
  const sides: Array<{ surface: string; start: number }> = [];
  for (const m of RESULT_VERB.test(text) ? text.matchAll(RESULT) : []) {
    const a = side(m[1]!, m.index);
    const loser = m[2] ?? m[3]!;
    const b = side(loser, m.index + m[0].lastIndexOf(loser));
    if (!a || !b) continue;
    const team = (s: { surface: string }): boolean => looksLikePlace(s.surface) || orgs.has(normaliseName(s.surface)) || recorded.has(normaliseName(s.surface));
    if (people.has(normaliseName(a.surface)) || people.has(normaliseName(b.surface))) continue; // players, not teams
    if (!team(a) && !team(b)) continue; // "Rossi beat Marsh 6-4": two players
    sides.push(a, b);
  }
  for (const m of text.matchAll(RECORD_LINE)) {
    const s = side(m[1]!, m.index);
    if (s && !people.has(normaliseName(s.surface))) sides.push(s);
  }
  const out: Proposal[] = [];
  const seen = new Set<number>();
  for (const s of sides) {
    if (seen.has(s.start) || taken(s.start, s.start + s.surface.length)) continue;
    seen.add(s.start);
    out.push(propose('organization', s.surface, s.start, null, SPORTS_RESULT));
  }
  return out;
}

/** The name of one side, without a leading function word ("Yesterday" stays out: the name is the words right before the verb). */
function side(surface: string, start: number): { surface: string; start: number } | null {
  const words = surface.split(/[ \t]+/);
  let skip = 0;
  while (skip < words.length && NON_NAME_WORDS.has(words[skip]!.toLowerCase())) skip++;
  if (skip === words.length) return null;
  const kept = words.slice(skip).join(' ');
  return { surface: kept, start: start + surface.length - kept.length };
}
