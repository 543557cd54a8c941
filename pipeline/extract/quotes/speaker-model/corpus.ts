/**
 * Reads a folder of annotated pages in the format of `../shared/eval`
 * (`<name>.html` beside `<name>.gold.json`, as PolNeAR's): extracts each
 * page's quotes, matches them to the gold quotes by score.py's rules, and
 * returns, for every matched quote with a gold speaker, its candidates and
 * which of them the gold speaker is. Training reads this; so does the
 * figure the model's README gives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPage } from '../../html/read-page.ts';
import { extractQuotes } from '../extract-quotes.ts';
import type { QuoteDraft } from '../../types.ts';
import { withSpeakerChoices, type SpeakerWeights } from './chooser.ts';
import { candidateFeatures, type SpeakerCandidate } from './candidates.ts';
import { matchQuotes, sameSpeaker } from './gold-match.ts';

/** One matched quote with a gold speaker. */
export interface ChoiceExample {
  /** The article's file name, without extension. */
  article: string;
  /** Each candidate's features, and whether the candidate is the gold speaker. */
  candidates: Array<{ features: string[]; correct: boolean }>;
  /** The rule cascade gave a speaker (the first candidate is its answer). */
  ruleAnswered: boolean;
  /** Whether the speaker the extractor gave (with the weights it ran with) is the gold one. */
  extractedCorrect: boolean;
  /** Why the extractor gave that speaker (`speaker_reason`). */
  reason: string;
  goldSpeaker: string;
  extractedSpeaker: string | null;
}

interface GoldQuote {
  text: string;
  speaker: string | null;
  speaker_type: string | null;
}

/** The annotated pages of a folder, sorted by name (the order training sees them in). */
export function annotatedPages(folder: string, limit?: number): string[] {
  const names = readdirSync(folder).filter((n) => n.endsWith('.gold.json')).map((n) => n.slice(0, -'.gold.json'.length)).sort();
  return limit === undefined ? names : names.slice(0, limit);
}

/** The choice examples of one page, extracted with the given weights. */
export function pageExamples(folder: string, name: string, weights: SpeakerWeights): ChoiceExample[] {
  const html = readFileSync(join(folder, `${name}.html`), 'utf8');
  const gold = (JSON.parse(readFileSync(join(folder, `${name}.gold.json`), 'utf8')) as { quotes: GoldQuote[] | null }).quotes ?? [];
  const seen: SpeakerCandidate[][] = [];
  const drafts: QuoteDraft[] = withSpeakerChoices(weights, (_s, c) => { seen.push([...c]); }, () => extractQuotes(readPage(html, null).body));
  // The chooser sees every quote but blocks, in draft order.
  const choiceOf = new Map<number, SpeakerCandidate[]>();
  let k = 0;
  drafts.forEach((d, i) => { if (d.kind !== 'block') choiceOf.set(i, seen[k++] ?? []); });
  const out: ChoiceExample[] = [];
  for (const [gi, di] of matchQuotes(gold.map((g) => g.text), drafts.map((d) => d.text))) {
    const g = gold[gi]!;
    const d = drafts[di]!;
    if (!g.speaker) continue;
    const seenHere = choiceOf.get(di) ?? [];
    const candidates = seenHere.map((c) => ({ features: candidateFeatures(c), correct: sameSpeaker(g.speaker!, c.speaker, g.speaker_type) }));
    out.push({
      article: name, candidates, ruleAnswered: seenHere[0]?.fromRule ?? false, extractedCorrect: sameSpeaker(g.speaker, d.speaker, g.speaker_type), reason: d.speaker_reason ?? 'block',
      goldSpeaker: g.speaker, extractedSpeaker: d.speaker,
    });
  }
  return out;
}

/** The choice examples of every annotated page of a folder. */
export function corpusExamples(folder: string, weights: SpeakerWeights, limit?: number): ChoiceExample[] {
  return annotatedPages(folder, limit).flatMap((name) => pageExamples(folder, name, weights));
}
