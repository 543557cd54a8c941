/**
 * Turns clusters into {@link ActorDraft}s: name (registry canonical or the
 * fullest surface), stable key, aliases, titles, affiliation, country,
 * Wikidata QID and mentions.
 */
import type { ActorDraft, MentionDraft } from '../types.ts';
import type { Cluster } from './merge.ts';
import type { Proposal } from './proposal.ts';
import { localKey, nameWords, normaliseName } from './normalise.ts';
import { registryKey } from './registry.ts';
import { HONORIFICS } from '../lexicon/english.ts';
import { demonymOf } from './country-words.ts';

const ALL_CAPS = /^[\p{Lu}&.\d]+$/u;
const GOVERNMENT_GROUP = 'government:';
const TITLE_MENTION = /^the\s/;
const TRAILING_PUNCTUATION = /[\s,;:]+$/;

function fullestName(c: Cluster): string {
  const named = c.members.filter((m) => !TITLE_MENTION.test(m.surface));
  const pool = named.length > 0 ? named : c.members;
  const score = (m: Proposal): number => {
    // Initials count half: "Benjamin Nzeribe" is as full as "B. U. Nzeribe".
    const words = nameWords(m.surface).filter((w) => !HONORIFICS.has(w)).reduce((n, w) => n + (w.length > 1 ? 1 : 0.5), 0);
    const acronym = c.type === 'organization' && ALL_CAPS.test(m.surface.replace(/\s/g, '')) ? -100 : 0;
    return words + acronym;
  };
  let best = pool[0]!;
  for (const m of pool) if (score(m) > score(best)) best = m;
  return best.surface.replace(TRAILING_PUNCTUATION, '');
}

/**
 * A country's government is named "<demonym> government" whatever form the
 * article uses ("Government of Syria", "the Syrian regime"), so that its key
 * is the same in every article.
 */
function governmentName(c: Cluster): string | null {
  const group = c.members.find((m) => m.group?.startsWith(GOVERNMENT_GROUP))?.group;
  const demonym = group ? demonymOf(group.slice(GOVERNMENT_GROUP.length)) : null;
  return demonym ? `${demonym} government` : null;
}

/** Builds the drafts of all clusters of one article. */
export function buildDrafts(clusters: Cluster[]): ActorDraft[] {
  const keyOf = new Map<Cluster, string>();
  const nameOf = new Map<Cluster, string>();
  const clusterOf = new Map<Proposal, Cluster>();
  for (const c of clusters) {
    const registry = c.members.find((m) => m.registry)?.registry ?? null;
    const name = registry?.name ?? governmentName(c) ?? fullestName(c);
    nameOf.set(c, name);
    keyOf.set(c, registry ? registryKey(registry) : localKey(c.type, name));
    for (const m of c.members) clusterOf.set(m, c);
  }
  const byRegistryId = new Map<string, Cluster>();
  for (const c of clusters) {
    const id = c.members.find((m) => m.registry)?.registry?.id;
    if (id) byRegistryId.set(id, c);
  }
  const drafts: ActorDraft[] = [];
  for (const c of clusters) {
    const registry = c.members.find((m) => m.registry)?.registry ?? null;
    const name = nameOf.get(c)!;
    const seen = new Set<string>([normaliseName(name)]);
    const aliases: string[] = [];
    const addAlias = (a: string): void => {
      const n = normaliseName(a);
      if (n === '' || seen.has(n) || TITLE_MENTION.test(a)) return;
      seen.add(n);
      aliases.push(a);
    };
    const members = [...c.members].sort((x, y) => x.start - y.start);
    members.forEach((m) => addAlias(m.surface));
    registry?.aliases.forEach(addAlias);
    const titles: string[] = [];
    for (const t of members.flatMap((m) => m.titles)) {
      const clean = t.replace(TRAILING_PUNCTUATION, '');
      if (clean !== '' && !titles.some((x) => x.toLowerCase() === clean.toLowerCase())) titles.push(clean);
    }
    let affiliation: Cluster | null = null;
    for (const m of members) {
      const a = m.affiliation ? clusterOf.get(m.affiliation) : undefined;
      if (a && a !== c) {
        affiliation = a;
        break;
      }
    }
    if (!affiliation && registry?.affiliation) affiliation = byRegistryId.get(registry.affiliation) ?? null;
    const country = registry?.country ?? members.find((m) => m.country)?.country
      ?? (affiliation ? (affiliation.members.find((m) => m.registry)?.registry?.country ?? affiliation.members.find((m) => m.country)?.country) : null) ?? null;
    const mentions: MentionDraft[] = [];
    const starts = new Set<number>(); // a set, not a scan of the mentions so far (issue 14: quadratic in one actor's mentions)
    for (const m of members) {
      if (starts.has(m.start)) continue;
      starts.add(m.start);
      mentions.push({ surface: m.surface, start: m.start, end: m.end });
    }
    drafts.push({
      name,
      type: c.type,
      key: keyOf.get(c)!,
      aliases,
      titles,
      affiliation: affiliation ? keyOf.get(affiliation)! : null,
      country: country ?? null,
      wikidata: registry?.wikidata ?? null,
      mentions,
    });
  }
  return mergeSameKey(drafts);
}

/** Two clusters may end with the same key (e.g. same name seen as two forms); merge their drafts. */
function mergeSameKey(drafts: ActorDraft[]): ActorDraft[] {
  const byKey = new Map<string, ActorDraft>();
  for (const d of drafts) {
    const prev = byKey.get(d.key);
    if (!prev) {
      byKey.set(d.key, d);
      continue;
    }
    const starts = new Set(prev.mentions.map((x) => x.start));
    for (const m of d.mentions) if (!starts.has(m.start) && starts.add(m.start)) prev.mentions.push(m);
    prev.mentions.sort((x, y) => x.start - y.start);
    for (const a of d.aliases) if (!prev.aliases.includes(a) && a !== prev.name) prev.aliases.push(a);
    for (const t of d.titles) if (!prev.titles.includes(t)) prev.titles.push(t);
    prev.affiliation = prev.affiliation ?? d.affiliation;
    prev.country = prev.country ?? d.country;
  }
  const out = [...byKey.values()];
  out.sort((x, y) => (x.mentions[0]?.start ?? 0) - (y.mentions[0]?.start ?? 0));
  return out;
}
