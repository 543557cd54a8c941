/**
 * The matching rules of `../shared/eval/score.py`, in TypeScript, so that
 * the speaker model learns and is measured by the same rules it is scored
 * by: a found quote matches a gold one at token F1 ≥ 0.6 (greedy, best
 * first); a person speaker is right when the last name word agrees; an
 * organisation when the names overlap (exact, acronym, or half their words).
 */
import type { SpeakerType } from '../../types.ts';

/** Token F1 a found quote needs with a gold quote to match it (score.py's threshold). */
export const MATCH_F1 = 0.6;
const TOKEN = /[\p{L}\p{N}_]+/gu;
const STOP = new Set(['the', 'of', 'a', 'an', 'and', 'for', 'in', 'on', 'mr', 'mrs', 'ms', 'dr', 'sir', 's', 'jr', 'sr', 'ii', 'iii', 'iv']);

/** Lower-case word tokens (NFKC, case-folded), as score.py's norm_tokens. */
export function normTokens(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(TOKEN) ?? [];
}

/** Token F1 of two texts. */
export function tokenF1(a: string, b: string): number {
  const ta = new Map<string, number>();
  for (const t of normTokens(a)) ta.set(t, (ta.get(t) ?? 0) + 1);
  const tb = normTokens(b);
  let common = 0;
  for (const t of tb) {
    const n = ta.get(t) ?? 0;
    if (n > 0) { common++; ta.set(t, n - 1); }
  }
  if (common === 0) return 0;
  const p = common / tb.length;
  const r = common / normTokens(a).length;
  return (2 * p * r) / (p + r);
}

function nameTokens(name: string): string[] {
  return normTokens(name).filter((t) => !STOP.has(t));
}

function samePerson(a: string, b: string): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  return ta.length > 0 && tb.length > 0 && ta[ta.length - 1] === tb[tb.length - 1];
}

function sameOrg(a: string, b: string): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length === 0 || tb.length === 0) return false;
  const ja = ta.join('');
  const jb = tb.join('');
  if (ja === jb) return true;
  const acronym = (ts: string[]): string => ts.map((t) => t[0]).join('');
  if ((ja.length >= 2 && ja === acronym(tb)) || (jb.length >= 2 && jb === acronym(ta))) return true;
  const sa = new Set(ta);
  const sb = new Set(tb);
  const inter = [...sa].filter((t) => sb.has(t)).length;
  const jac = inter / (sa.size + sb.size - inter);
  const small = Math.min(sa.size, sb.size);
  return jac >= 0.5 || (small >= 2 && inter === small);
}

/** Whether a found speaker counts as the gold one (score.py's same_speaker). */
export function sameSpeaker(gold: string, found: string | null, goldType: SpeakerType | string | null | undefined): boolean {
  if (!found) return false;
  if (goldType === 'person') return samePerson(gold, found);
  return sameOrg(gold, found) || samePerson(gold, found);
}

/** Greedy one-to-one matching of found quotes to gold quotes by token F1; pairs [gold index, found index]. */
export function matchQuotes(gold: readonly string[], found: readonly string[]): Array<[number, number]> {
  const pairs: Array<[number, number, number]> = [];
  gold.forEach((g, gi) => found.forEach((f, fi) => {
    const s = tokenF1(g, f);
    if (s >= MATCH_F1) pairs.push([s, gi, fi]);
  }));
  // Stable sort by score, as Python's sort: ties keep gold-then-found order.
  pairs.sort((x, y) => y[0] - x[0]);
  const usedG = new Set<number>();
  const usedF = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [, gi, fi] of pairs) {
    if (usedG.has(gi) || usedF.has(fi)) continue;
    usedG.add(gi);
    usedF.add(fi);
    out.push([gi, fi]);
  }
  return out;
}
