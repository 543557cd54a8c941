/**
 * Country mentions of an article body: names, short forms, demonyms,
 * capitals used for their governments and flag emoji, each with its ISO
 * 3166-1 alpha-2 code, the surface as written and offsets into body.text.
 */
import type { ArticleBody, CountryMentionDraft } from '../types.ts';
import { isCountryName } from './ambiguous-names.ts';
import { isCapitalActor, type MatchAt } from './capital-rule.ts';
import { isDemonymCountry } from './demonym-rule.ts';
import { findFlags } from './flags.ts';
import { isPersonDemonym } from './person-names.ts';
import { matchSurfaces, type SurfaceMatch } from './surface-matcher.ts';
import { collectTextFacts, type TextFacts } from './text-facts.ts';

/** True when one surface match is a mention of its country in this text. */
function counts(
  text: string,
  matches: readonly SurfaceMatch[],
  index: number,
  matchAt: MatchAt,
  facts: TextFacts,
  acceptedCapitalEnds: ReadonlySet<number>,
): boolean {
  const m = matches[index] as SurfaceMatch;
  switch (m.entry.kind) {
    case 'not_country':
      return false;
    case 'capital':
      return !facts.personNames.has(m.entry.surface) && isCapitalActor(text, m, matchAt, acceptedCapitalEnds);
    case 'country':
      if (m.entry.via === 'demonym') {
        if (facts.indianIsNative && m.entry.country === 'IN') return false;
        if (facts.georgia.stateText && m.entry.country === 'GE') return false;
        if (facts.regionalDemonyms.has(m.entry.country ?? '')) return false;
        if (isPersonDemonym(text, m, facts.personNames)) return false;
        return isDemonymCountry(text, m, matchAt);
      }
      return isCountryName(text, m, facts, { prev: matches[index - 1], next: matches[index + 1] });
  }
}

/**
 * Every country mention in the body, in text order. Matching is one pass
 * over the text (a character trie of all surfaces, longest match first)
 * followed by context rules on each match; see the modules imported above
 * for the rules and the data files (aliases.json, capitals.json,
 * not-countries.json, capital-words.ts, demonym-words.ts, context-words.ts)
 * for the word lists.
 */
export function extractCountries(body: ArticleBody): CountryMentionDraft[] {
  const text = body.text;
  if (!text) return [];
  const matches = matchSurfaces(text);
  const byStart = new Map(matches.map((m) => [m.start, m]));
  const matchAt: MatchAt = (start) => byStart.get(start);
  const facts = collectTextFacts(text, matches);
  const acceptedCapitalEnds = new Set<number>();
  const out: CountryMentionDraft[] = [];
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i] as SurfaceMatch;
    const { country, via } = m.entry;
    if (!country || !via || !counts(text, matches, i, matchAt, facts, acceptedCapitalEnds)) continue;
    if (m.entry.kind === 'capital') acceptedCapitalEnds.add(m.end);
    const surface = text.slice(m.start, m.end);
    const code = facts.sharedNames.get(m.entry.surface) ?? country;
    out.push({ country: code, surface, via, start: m.start, end: m.end });
    if (m.entry.also) out.push({ country: m.entry.also, surface, via, start: m.start, end: m.end });
  }
  const flags = findFlags(text);
  if (flags.length === 0) return out;
  return [...out, ...flags].sort((a, b) => a.start - b.start);
}
