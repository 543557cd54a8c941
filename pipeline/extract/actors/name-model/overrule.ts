/**
 * Where the name model overrules a rule: a person proposed on weak evidence
 * (capitals alone, a given name first, a title before a single word, a lone
 * given name, a cited-author shape on several words) whose every mention the
 * model reads as far from a person's name is dropped ("Bramble Farm", "Amber
 * Kettle" in made-up terms). Stronger rules (registry, a cited author, a
 * reporting verb next to the name, an appositive, an occupation noun, an East
 * Asian surname first, a quote speaker) are never overruled: the model reads
 * a name said once in a short text as no name, and these rules know better.
 */
import type { Proposal } from '../proposal.ts';
import type { Token } from '../tokens.ts';
import { nameWords } from '../normalise.ts';

/**
 * How far below zero (person score minus the best other score) every
 * capitalised word written like the name's last word must read before the
 * model overrules a weak rule. Tried -2 to -20 on the GUM train genres the
 * model was not trained on and on PolNeAR train news pages read by hand:
 * from -10 the real people it would drop are a handful; -12 keeps a margin.
 */
export const OVERRULE_MARGIN = -12;

/** The rules the model may overrule, by the start of their reason (proposal.ts `reason`). */
const WEAK_RULES: readonly string[] = [
  'person shape: capitalised name words, no other evidence',
  "person shape + given name '",
  'person shape + cited author',
  'lone given name:',
];
/** A title before a single word ("the Research", "President Baseball") is weak; before a full name it is not ("Chairman Dana Whitfield"). */
const TITLE_RULE = 'title: a role phrase before the name';

/** What speaker-proposals.ts adds to the reason of a proposal that a quote names as its speaker: never weak. */
const SPEAKER = 'named as a quote speaker';

const weak = (p: Proposal): boolean =>
  !p.reason.includes(SPEAKER) && (WEAK_RULES.some((r) => p.reason.startsWith(r)) || (p.reason.startsWith(TITLE_RULE) && !p.surface.includes(' ')));

/**
 * Drops the people the model overrules: every proposal sharing the last
 * name word is weak, and no capitalised word of the text written like that
 * last word reads above {@link OVERRULE_MARGIN} ("Tellen" read as a person
 * anywhere keeps "Mara Tellen").
 */
export function overruleWeakPeople(proposals: Proposal[], tokens: readonly Token[]): Proposal[] {
  const best = new Map<string, number>();
  for (const t of tokens) {
    if (!t.nameModel) continue;
    const word = nameWords(t.text).pop() ?? '';
    best.set(word, Math.max(best.get(word) ?? -Infinity, t.nameModel.personMargin));
  }
  const byLast = new Map<string, Proposal[]>();
  for (const p of proposals) {
    if (p.type !== 'person') continue;
    const last = nameWords(p.surface).pop() ?? '';
    const group = byLast.get(last) ?? [];
    group.push(p);
    byLast.set(last, group);
  }
  const dropped = new Set<Proposal>();
  for (const group of byLast.values()) {
    const last = nameWords(group[0]!.surface).pop() ?? '';
    if (group.every(weak) && (best.get(last) ?? Infinity) <= OVERRULE_MARGIN) for (const p of group) dropped.add(p);
  }
  return proposals.filter((p) => !dropped.has(p));
}
