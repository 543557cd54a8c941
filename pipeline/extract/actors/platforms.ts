/**
 * Platforms (Twitter, Weibo …) are actors only when they act: say, announce,
 * moderate or are quoted ("Twitter said", "Weibo deleted", "Twitter’s pledge"), not when they are only
 * where something was posted ("tirades on Twitter"); also when named as the
 * holder of an account ("its Twitter account").
 */
import type { QuoteDraft } from '../types.ts';
import type { Proposal } from './proposal.ts';
import { normaliseName } from './normalise.ts';
import { ACTION_VERBS, PLATFORM_NAMES, SPEECH_VERBS } from '../lexicon/english.ts';
import { orgCueBefore } from './cues.ts';

const NEXT_WORD = /^(?:[’']s)?\s+(\p{L}+)/u;
const POSSESSIVE = /^[’']s\s/;
/** "its Twitter account", "the Twitter handle of the Senate": the platform is named as the holder of an account (the dev gold lists it). */
const ACCOUNT_NOUNS: ReadonlySet<string> = new Set(['account', 'accounts', 'handle', 'handles', 'page', 'profile', 'channel', 'feed']);
/** What a platform does as a company to its users' posts ("Weibo deleted", "Twitter suspended"). */
const MODERATION_VERBS: ReadonlySet<string> = new Set(['deleted', 'deletes', 'removed', 'removes', 'censored', 'censors', 'suspended', 'suspends', 'blocked', 'blocks', 'labeled', 'labelled', 'flagged', 'restricted', 'restricts']);
/** People of the platform as a company after its name ("Facebook founder …", "Twitter employees"): the company is named. */
const COMPANY_PEOPLE_NOUNS: ReadonlySet<string> = new Set(['founder', 'co-founder', 'cofounder', 'creator', 'ceo', 'chief', 'executive', 'executives', 'employees', 'staff', 'spokesman', 'spokeswoman', 'spokesperson', 'engineers', 'moderators']);
/** Platform names in the passive, as the place something was posted ("on Twitter", "to Weibo"). */
const PLACE_BEFORE = /\b(?:on|to|via|from|in|through)\s+$/;

/** Drops platform proposals of a platform that never acts in the text. */
export function keepPlatformsAsActors(proposals: Proposal[], text: string, quotes: QuoteDraft[]): Proposal[] {
  const speakers = new Set(quotes.map((q) => normaliseName(q.speaker ?? '')));
  const acting = new Set<string>();
  for (const p of proposals) {
    const name = normaliseName(p.surface);
    if (!PLATFORM_NAMES.has(name)) continue;
    const after = text.slice(p.end, p.end + 30);
    const next = NEXT_WORD.exec(after);
    const before = text.slice(Math.max(0, p.start - 10), p.start);
    if (speakers.has(name) || orgCueBefore(text, p.start) || (next && (SPEECH_VERBS.has(next[1]!.toLowerCase()) || ACTION_VERBS.has(next[1]!.toLowerCase()) || MODERATION_VERBS.has(next[1]!) || ACCOUNT_NOUNS.has(next[1]!) || COMPANY_PEOPLE_NOUNS.has(next[1]!.toLowerCase()))) || (POSSESSIVE.test(after) && !PLACE_BEFORE.test(before))) acting.add(name);
  }
  return proposals.filter((p) => {
    const name = normaliseName(p.surface);
    return !PLATFORM_NAMES.has(name) || acting.has(name);
  });
}
