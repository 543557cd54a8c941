/**
 * Context cues shared by the recognisers: words before a name that make it
 * an organisation ("told Newsweek", "according to Statista", "works for
 * Facebook", "the journal Coastal Psychiatry").
 */
import { DONATION_CUE_PHRASES, ORG_CUE_PHRASES, ORG_INTRODUCING_NOUNS } from '../lexicon/english.ts';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How far back (characters) a cue may start before the name: the longest cue phrase ("in an interview with the") is 25. */
export const CUE_WINDOW = 40;

/** Text ending just before a name: an organisation cue. */
export const ORG_CUE_BEFORE = new RegExp(
  `(?:\\b(?:${ORG_CUE_PHRASES.map(escape).join('|')})|\\bthe[ \\t]+(?:${ORG_INTRODUCING_NOUNS.map(escape).join('|')}))[ \\t]+(?:the[ \\t]+)?$`,
  'i',
);

/** Text ending just before a name: a noun that introduces an organisation's name ("fact-checking website True Check"). */
export const ORG_INTRODUCED = new RegExp(`\\b(?:${ORG_INTRODUCING_NOUNS.map(escape).join('|')})[ \\t]+$`);

/** True when the text before `start` cues an organisation. */
export function orgCueBefore(text: string, start: number): boolean {
  return ORG_CUE_BEFORE.test(text.slice(Math.max(0, start - CUE_WINDOW), start));
}

/** Text ending just before a name: a donation or grant cue ("donate to", "a grant to the"). */
export const DONATION_CUE = new RegExp(`\\b(?:${DONATION_CUE_PHRASES.map(escape).join('|')})[ \\t]+(?:the[ \\t]+)?$`, 'i');
