/**
 * Within-article coreference: proposals that name the same actor become one
 * cluster (registry id; same normalised name; surname → full name; acronym
 * ↔ expansion; shorter organisation name inside a longer one), then lone
 * surnames and title mentions ("the High Commissioner") are added.
 */
import type { Proposal } from './proposal.ts';
import type { Token } from './tokens.ts';
import { acronymOf, nameWords, normaliseName, withoutDots } from './normalise.ts';
import { stripPossessive } from './runs.ts';
import { countryOfWord } from './country-words.ts';
import { EAST_ASIAN_SURNAMES } from '../lexicon/given-names.ts';
import { LONE_GIVEN_NAME } from './name-context.ts';
import { HONORIFICS, NON_NAME_WORDS, ORG_HEADS, ROLE_PHRASES } from '../lexicon/english.ts';

/** One actor of the article while merging. */
export interface Cluster {
  type: 'person' | 'organization';
  members: Proposal[];
}

const HONORIFIC_WORDS = (w: string): boolean => HONORIFICS.has(w);
const personWords = (p: Proposal): string[] => nameWords(p.surface).filter((w) => !HONORIFIC_WORDS(w));
const ALL_CAPS = /^[\p{Lu}&.]+$/u;
const ARABIC_ARTICLE = /^(?:al|el|ad|as|ash|ar|at|az|an) /;
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;
const QUALIFIER = /^\s+(?:for|of|on|to)\s+(?:the\s+)?(\p{Lu}\p{L}*)/u;

/** Corporate suffixes that do not change which organisation a name means. */
const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set(['inc', 'co', 'corp', 'corporation', 'company', 'ltd', 'llc', 'plc', 'group', 'limited', 'gmbh', 'ag', 'sa']);
const withoutSuffix = (words: string[]): string[] => (words.length > 1 && CORPORATE_SUFFIXES.has(words[words.length - 1]!) ? words.slice(0, -1) : words);

/** Words that are not initials ("b u nzeribe" → "nzeribe"). */
const significant = (words: string[]): string[] => words.filter((w) => w.length > 1);

/** A short all-capital prefix of club and company names ("FC Varna", "AC Milan"): "Varna" names the same club. */
const CLUB_PREFIX = /^\p{Lu}{2,3}\s+/u;
const withoutClubPrefix = (name: string): string => (CLUB_PREFIX.test(name) ? normaliseName(name.replace(CLUB_PREFIX, '')) : '');

/** Groups proposals into clusters. */
export function clusterProposals(proposals: Proposal[]): Cluster[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const keyOf = (p: Proposal): string => (p.registry ? `r:${p.registry.id}` : `${p.type}:${normaliseName(p.surface)}`);
  // Longest names first, so shorter forms join the full name.
  const weight = (p: Proposal): number => significant(nameWords(p.surface)).length;
  const ordered = [...proposals].sort((x, y) => weight(y) - weight(x) || y.surface.length - x.surface.length || x.start - y.start);
  const people: PersonIndex = { byWord: new Map(), order: new Map() };
  for (const p of ordered) {
    const key = keyOf(p);
    let cluster = byKey.get(key) ?? (p.group ? byKey.get(p.group) : undefined) ?? (p.type === 'person' ? findPersonCluster(p, clusters, people) : findOrgCluster(p, clusters));
    if (!cluster) {
      cluster = { type: p.type, members: [] };
      clusters.push(cluster);
      people.order.set(cluster, clusters.length);
    }
    cluster.members.push(p);
    if (cluster.type === 'person') indexPerson(people, p, cluster);
    byKey.set(key, cluster);
    if (p.group && !byKey.has(p.group)) byKey.set(p.group, cluster);
  }
  return clusters;
}

/** Adds proposals to the cluster of the same normalised name and type, or to new clusters. */
export function addToClusters(clusters: Cluster[], proposals: Proposal[]): void {
  for (const p of proposals) {
    const name = normaliseName(p.surface);
    let cluster = clusters.find((c) => c.type === p.type && c.members.some((m) => normaliseName(m.surface) === name))
      ?? (p.type === 'organization' ? findOrgCluster(p, clusters) : undefined);
    if (!cluster) {
      cluster = { type: p.type, members: [] };
      clusters.push(cluster);
    }
    cluster.members.push(p);
  }
}

/**
 * Person clusters by the last word of each member's name and by the first
 * word of two-word names: the only members {@link findPersonCluster} can
 * match, so it need not rescan every cluster per proposal (issue 14: that
 * was quadratic in the number of people). `order` is each cluster's place.
 */
interface PersonIndex {
  byWord: Map<string, Set<Cluster>>;
  order: Map<Cluster, number>;
}

function indexPerson(index: PersonIndex, p: Proposal, cluster: Cluster): void {
  const mw = personWords(p);
  for (const w of mw.length === 2 ? [mw[1]!, mw[0]!] : mw.slice(-1)) {
    if (index.byWord.has(w)) index.byWord.get(w)!.add(cluster);
    else index.byWord.set(w, new Set([cluster]));
  }
}

/** The person cluster whose surname (or East Asian family name written first) this shorter name is. */
function findPersonCluster(p: Proposal, clusters: Cluster[], index: PersonIndex): Cluster | undefined {
  const words = personWords(p);
  if (words.length === 0) return undefined;
  const last = words[words.length - 1]!;
  const pool = [...(index.byWord.get(last) ?? [])].sort((a, b) => index.order.get(a)! - index.order.get(b)!);
  const candidates = pool.filter((c) => c.type === 'person' && c.members.some((m) => {
    const mw = personWords(m);
    if (significant(mw).length <= significant(words).length) return false;
    // "Benjamin Nzeribe" and "B. U. Nzeribe": other words are in the longer name, or initials of its words.
    const fits = (w: string): boolean => mw.includes(w) || w.length === 1;
    if (mw[mw.length - 1] === last && (words.length === 1 || words.every(fits))) return true;
    if (words.length === 1 && p.reason === LONE_GIVEN_NAME && mw.length >= 2 && mw[0] === last) return true; // "Marcie" → "Marcie Dunn"
    return words.length === 1 && mw.length === 2 && mw[0] === last && EAST_ASIAN_SURNAMES.has(last);
  }));
  return nearestBefore(p, candidates);
}

/** The organisation cluster this one abbreviates or shortens. */
function findOrgCluster(p: Proposal, clusters: Cluster[]): Cluster | undefined {
  const compact = withoutDots(p.surface);
  const words = nameWords(p.surface);
  const candidates = clusters.filter((c) => c.type === 'organization' && c.members.some((m) => {
    if (m.registry && p.registry) return false;
    if (ALL_CAPS.test(compact) && compact.length >= 2 && acronymOf(m.surface) === compact) return true;
    const mw = nameWords(m.surface);
    // "Ministry of Foreign Affairs" inside "Chinese Ministry of Foreign Affairs".
    const suffix = mw.length > words.length && mw.slice(mw.length - words.length).join(' ') === words.join(' ');
    if (suffix && (words.length >= 2 || mw.slice(0, mw.length - words.length).every((w) => countryOfWord(w) !== null))) return true; // "Senate" in "Nigerian Senate"
    // "Aerolux" and "Aerolux Airlines": one word that opens a name whose other words are all head words.
    if (words.length === 1 && mw.length >= 2 && mw[0] === words[0] && mw.slice(1).every((w) => ORG_HEADS.has(w))) return true;
    // "the Society" after "Linguistic Society of Harbourton": a head word alone refers back to the body it heads.
    if (words.length === 1 && ORG_HEADS.has(words[0]!) && mw.length >= 2 && mw.includes(words[0]!)) return true;
    // "Ceres Robotics" and "Ceres Robotics Inc."; "Varna" and "FC Varna".
    return withoutSuffix(mw).join(' ') === withoutSuffix(words).join(' ') || withoutClubPrefix(m.surface) === normaliseName(p.surface);
  }));
  return nearestBefore(p, candidates);
}

function nearestBefore(p: Proposal, candidates: Cluster[]): Cluster | undefined {
  if (candidates.length <= 1) return candidates[0];
  let best: Cluster | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    for (const m of c.members) {
      const d = m.start <= p.start ? p.start - m.start : (m.start - p.start) * 2;
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
  }
  return best;
}

/**
 * Adds lone capitalised words that are the surname of a person of the
 * article ("Mayer said", "Liu said") as mentions, when not already inside
 * another mention.
 */
export function addSurnameMentions(clusters: Cluster[], tokens: Token[], taken: (start: number, end: number) => boolean): void {
  const bySurname = new Map<string, Cluster[]>();
  for (const c of clusters) {
    if (c.type !== 'person') continue;
    for (const m of c.members) {
      const w = personWords(m);
      const surname = w[w.length - 1];
      if (surname === undefined) continue;
      const keys = [surname];
      if (w.length === 2 && EAST_ASIAN_SURNAMES.has(w[0]!)) keys.push(w[0]!);
      for (const k of keys) {
        const list = bySurname.get(k) ?? [];
        if (!list.includes(c)) list.push(c);
        bySurname.set(k, list);
      }
    }
  }
  for (const t of tokens) {
    if (!t.capitalised) continue;
    const word = stripPossessive(t.text);
    const key = normaliseName(word).replace(ARABIC_ARTICLE, ''); // "al-Haddad" is Haddad's surname mention
    if (NON_NAME_WORDS.has(key)) continue;
    const owners = bySurname.get(key);
    if (!owners) continue;
    const end = t.start + word.length;
    if (taken(t.start, end)) continue;
    const p: Proposal = { type: 'person', surface: word, start: t.start, end, registry: null, titles: [], affiliation: null, country: null, evidence: 'strong', reason: 'surname: the surname of a full name of the article, used alone' };
    const owner = nearestBefore(p, owners)!;
    owner.members.push(p);
  }
}

/** The role core of a title, for "the High Commissioner" mentions: a multi-word role phrase in it, or null. */
export function roleCore(title: string): string | null {
  const lower = title.toLowerCase();
  for (const phrase of ROLE_PHRASES) {
    const i = lower.indexOf(phrase);
    if (i >= 0) return title.slice(i, i + phrase.length);
  }
  return null;
}

/** Adds "the <role>" mentions of the only person holding that role in the article. */
export function addTitleMentions(clusters: Cluster[], text: string, taken: (start: number, end: number) => boolean): void {
  const byCore = new Map<string, Cluster[]>();
  const titlesOf = new Map<Cluster, string>();
  for (const c of clusters) {
    if (c.type !== 'person') continue;
    for (const t of c.members.flatMap((m) => m.titles)) {
      const core = roleCore(t);
      if (!core) continue;
      const list = byCore.get(core.toLowerCase()) ?? [];
      if (!list.includes(c)) list.push(c);
      byCore.set(core.toLowerCase(), list);
      titlesOf.set(c, `${titlesOf.get(c) ?? ''} ${t.toLowerCase()}`);
    }
  }
  for (const [core, owners] of byCore) {
    if (owners.length !== 1) continue;
    const re = new RegExp(`\\bthe ${core.replace(REGEX_SPECIAL, '\\$&')}\\b`, 'gi');
    const owner = owners[0]!;
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      // "the High Commissioner for Refugees" is someone else unless the owner's title says so.
      const qualifier = QUALIFIER.exec(text.slice(end, end + 40));
      if (qualifier && !(titlesOf.get(owner) ?? '').includes(qualifier[1]!.toLowerCase())) continue;
      owner.members.push({ type: 'person', surface: m[0], start, end, registry: null, titles: [], affiliation: null, country: null, evidence: 'strong', reason: 'title: the title of a named person of the article, used alone' });
    }
  }
}
