/**
 * How an actor of a page was found and typed: every mention of the actors
 * whose names contain the asked name, with the rule that proposed it and why
 * (`npx tsx pipeline/cli.ts explain PAGE "Name"`). Traces a wrong type
 * without a debugger.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { readPage } from '../html/read-page.ts';
import { extractQuotes } from '../quotes/extract-quotes.ts';
import { recogniseActors } from './extract-actors.ts';
import { normaliseName } from './normalise.ts';

/** One actor's explanation. */
export interface ActorExplanation {
  type: string;
  names: string[];
  mentions: Array<{ surface: string; start: number; reason: string }>;
}

/** Explains the actors of one HTML page (a file, optionally .gz) whose names contain `name`. */
export function explainActor(page: string, name: string): { language: string | null; actors: ActorExplanation[] } {
  const bytes = readFileSync(page);
  const html = (page.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  const { meta, body } = readPage(html, null);
  const wanted = normaliseName(name);
  const clusters = recogniseActors(body, extractQuotes(body), meta.language);
  const actors = clusters
    .filter((c) => c.members.some((m) => normaliseName(m.surface).includes(wanted) || wanted.includes(normaliseName(m.surface))))
    .map((c) => ({
      type: c.type,
      names: [...new Set(c.members.map((m) => m.surface))],
      mentions: c.members.map((m) => ({ surface: m.surface, start: m.start, reason: m.reason })).sort((a, b) => a.start - b.start),
    }));
  return { language: meta.language, actors };
}

/** The explanation as lines of text. */
export function formatExplanation(name: string, result: { language: string | null; actors: ActorExplanation[] }): string {
  const lines = [`language: ${result.language ?? 'unknown (read as English)'}`];
  if (result.actors.length === 0) lines.push(`no actor of this page is named like "${name}" (the recogniser did not propose it)`);
  for (const a of result.actors) {
    lines.push(`${a.type}: ${a.names.join(' | ')}`);
    for (const m of a.mentions) lines.push(`  @${m.start} "${m.surface}": ${m.reason}`);
  }
  return lines.join('\n');
}
