/**
 * A one-word organisation name that is also the surname of a person named
 * in full in the same article is that person ("Michael Bloomberg …
 * Bloomberg’s shadow", "Harrison Ford … Ford said"): the person wins.
 */
import type { Proposal } from './proposal.ts';
import { nameWords } from './normalise.ts';

/** Turns one-word organisation proposals that repeat a full-named person's surname into person mentions (in place). */
export function surnamesOverOrganisations(proposals: Proposal[]): void {
  const surnames = new Set<string>();
  for (const p of proposals) {
    if (p.type !== 'person') continue;
    const words = nameWords(p.surface);
    if (words.length >= 2) surnames.add(words[words.length - 1]!);
  }
  if (surnames.size === 0) return;
  for (const p of proposals) {
    if (p.type !== 'organization' || p.surface.includes(' ')) continue;
    const words = nameWords(p.surface);
    if (words.length !== 1 || !surnames.has(words[0]!)) continue;
    p.type = 'person';
    p.reason += '; retyped person: the surname of a full-named person of the article';
    p.registry = null;
    p.country = null;
    p.evidence = 'strong';
  }
}
