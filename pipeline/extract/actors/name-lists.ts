/**
 * People in lists: a row of full names separated by commas ("Maria Vell,
 * Jonas Arnt, Lena Fisk and Ada Roe"), as in team sheets, results tables
 * and credits. When at least three capitalised 2–4 word names follow each
 * other with only list separators between them, and one of them is
 * certainly a person, the others are people too.
 */
import type { Proposal } from './proposal.ts';

/** Items a list needs: two names with a comma between them are often a name and a place ("Ada Roe, Green Falls"). */
const MIN_LIST_ITEMS = 3;
/** Separators between list items: ", ", " and ", "; ", " & ", each may follow a short parenthesis ("Ada Roe (Harbour Lights), Ivo Lind"). */
const LIST_GAP = /^(?:\s*\([^()\n]{1,60}\))?(?:\s*[,;]\s*|,?\s+(?:and|und|e|y|et|&)\s+)$/;
const SPACE = ' ';

/** Marks weak person proposals listed with a strong one as strong and `listed`. */
export function strengthenNameLists(proposals: Proposal[], text: string): void {
  const people = proposals.filter((p) => p.type === 'person' && p.registry === null && p.surface.includes(SPACE)).sort((a, b) => a.start - b.start);
  let chain: Proposal[] = [];
  const close = (): void => {
    if (chain.length >= MIN_LIST_ITEMS && chain.some((p) => p.evidence === 'strong')) {
      for (const p of chain) {
        p.evidence = 'strong';
        p.reason += '; in a list of names with a sure person';
        p.listed = true;
      }
    }
    chain = [];
  };
  for (const p of people) {
    const prev = chain[chain.length - 1];
    if (prev && !(p.start >= prev.end && LIST_GAP.test(text.slice(prev.end, p.start)))) close();
    if (prev && prev.start === p.start) continue;
    chain.push(p);
  }
  close();
}

/**
 * Names listed with a sure person: in a row of at least three 2–4 word
 * person-shaped names ("Rena Olt, Dace Morrow, and Ivo Lind"), every name
 * is a person when one of them is sure (its own evidence, or its surname
 * used alone elsewhere). Two names with a comma between them are not a list
 * ("Ada Roe, Green Falls" is a name and a place).
 */
export function listedWithSurePerson(proposals: Proposal[], text: string, isSure: (p: Proposal) => boolean): Set<Proposal> {
  const people = proposals.filter((p) => p.type === 'person' && p.registry === null && p.surface.includes(SPACE)).sort((a, b) => a.start - b.start);
  const out = new Set<Proposal>();
  let chain: Proposal[] = [];
  const close = (): void => {
    if (chain.length >= MIN_LIST_ITEMS && chain.some(isSure)) for (const p of chain) out.add(p);
    chain = [];
  };
  for (const p of people) {
    const prev = chain[chain.length - 1];
    if (prev && prev.start === p.start) continue;
    if (prev && !(p.start >= prev.end && LIST_GAP.test(text.slice(prev.end, p.start)))) close();
    chain.push(p);
  }
  close();
  return out;
}
