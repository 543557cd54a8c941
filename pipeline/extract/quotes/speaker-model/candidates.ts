/**
 * The candidate speakers of one quote and the weak cues about each, for the
 * learned chooser (chooser.ts) to weigh: the rule cascade's answer, the
 * people named near the quote (its sentence, the sentences and paragraphs
 * before), the speakers of earlier quotes, and organisations named nearby.
 * Every cue is a binary feature with a name; README.md in this folder
 * lists them. The same function feeds training and choosing, so both see
 * the same features.
 */
import type { SpeakerType } from '../../types.ts';
import type { SpeakerPhrase } from '../speaker-phrase.ts';
import type { SpeakerResolver } from '../speaker-resolution.ts';
import { PRONOUN_LOOKBACK_PARAGRAPHS } from '../thresholds.ts';
import { REPORTING_VERBS } from '../../lexicon/english.ts';
import { LOOKAHEAD_CHARS, LOOKBACK_CHARS, MAX_CANDIDATES } from './thresholds.ts';
import { bodiesIn, bodyType } from '../speaker-bodies.ts';
import { notAnActor } from '../junk-speakers.ts';
import { HEAD_CUT, descriptionHead, describedNearCached, lastWord } from './described-near.ts';

/** One speaker the quote may have, with the names of the cues that hold for it. */
export interface SpeakerCandidate {
  speaker: string;
  type: SpeakerType;
  /** The cues that hold, unprefixed; `candidateFeatures` spreads them into the model's features. */
  base: string[];
  /** The kind of clue the rules had (`situationKind`). */
  kind: string;
  /** The rule cascade gave this speaker. */
  fromRule: boolean;
}

/** Every feature of a candidate: each cue alone and prefixed by the kind of clue, and each pair of core cues. */
export function candidateFeatures(c: Pick<SpeakerCandidate, 'base' | 'kind'>): string[] {
  return [...c.base.flatMap((x) => [x, `${c.kind}|${x}`]), ...pairsOf(c.base)];
}

/** The core cues of a candidate, in order: the ones whose pairs are features. */
export function coreCues(base: readonly string[]): string[] {
  return base.filter((f) => CORE_FEATURE.test(f));
}

/** What the chooser knows of a quote. */
export interface QuoteSituation {
  /** Offset of the opening mark, of the sentence's start and end, and the quote's first paragraph. */
  openAt: number;
  closeAt: number;
  sentenceStart: number;
  sentenceEnd: number;
  paragraph: number;
  /** The speaker phrase the attribution read ("she", "Ann Ross", "the campaign"), or null. */
  phrase: SpeakerPhrase | null;
  /** The rule cascade's speaker after clean-up, and the step that gave it. */
  rule: { speaker: string | null; type: SpeakerType; via: string };
  /** The previous quote's speaker, when in this or the previous paragraph. */
  lastSpeaker: string | null;
  /** The speaker of the block quotation the quote is inside, if any. */
  blockSpeaker?: string | null;
  /** Relayed speech ("Ann Ross said the mayor told her"): the span of the relaying clause, whose subject is not the speaker. */
  relayedBy?: { from: number; to: number };
}

const REPORTING_NEXT = new RegExp(`^\\s*(?:\\([^)]{0,30}\\)\\s*)?(?:also\\s+|later\\s+|then\\s+|has\\s+|had\\s+)?(?:${[...REPORTING_VERBS].join('|')})\\b`, 'u');
const SAID_BEFORE = new RegExp(`\\b(?:${[...REPORTING_VERBS].join('|')})\\s*$`, 'u');
/** Lower-case words that may sit inside a name ("Ann de Ross", "Bank of Lowland"). */
const NAME_JOINERS = new Set(['of', 'the', 'and', 'for', 'de', 'da', 'van', 'von', 'bin', 'al', 'la', 'le', 'del', 'du']);
const POSSESSIVE_END = /['’]s?$/u;
const FEMININE = new Set(['she']);
const MASCULINE = new Set(['he']);

/** The kind of clue the rule cascade had: features are learned per kind. */
export function situationKind(s: QuoteSituation): string {
  const p = s.phrase;
  if (p) {
    const lower = p.text.toLowerCase();
    if (p.pronoun) return FEMININE.has(lower) || MASCULINE.has(lower) ? 'he-she' : 'they-it';
    if (p.type === 'document') return 'document';
    // The head before a preposition decides: "Ann Ross" and "Lowland Party" are names, "the ambassador to Lowland" is a description.
    return /^\p{Lu}/u.test(lastWord(p.text.split(HEAD_CUT)[0]!)) ? 'name' : 'description';
  }
  return s.rule.via;
}

/** Last word of a name, lower case: the key that merges "Ann Ross" and "Ross". */
function keyOf(name: string): string {
  const at = name.lastIndexOf(' ');
  return (at < 0 ? name : name.slice(at + 1)).toLowerCase().replace(POSSESSIVE_END, '');
}

function bucket(n: number, edges: readonly number[]): string {
  for (const e of edges) if (n <= e) return String(e);
  return `${edges[edges.length - 1]!}+`;
}

interface Gathered {
  speaker: string;
  type: SpeakerType;
  fromRule: boolean;
  /** Nearest mention before the quote: offset, end, whether a subject, whether a reporting verb follows or precedes. */
  before: number;
  beforeEnd: number;
  /** Mentions in the look-back before the quote. */
  local: number;
  subject: boolean;
  reports: boolean;
  after: boolean;
  event: number;
  /** For a body or bare name: its shape features (bodies.ts). */
  body: string[] | null;
}

/** The candidates of one quote: the rule's answer first, then the nearest named before the quote, then those named after it. */
export function speakerCandidates(resolver: SpeakerResolver, s: QuoteSituation): SpeakerCandidate[] {
  const text = resolver.articleText;
  const from = Math.max(resolver.paragraphStart(s.paragraph - PRONOUN_LOOKBACK_PARAGRAPHS), s.openAt - LOOKBACK_CHARS);
  const to = Math.min(s.sentenceEnd, s.closeAt + LOOKAHEAD_CHARS);
  const byKey = new Map<string, Gathered>();
  const order: Gathered[] = [];
  const add = (speaker: string, type: SpeakerType, fromRule: boolean): Gathered => {
    const key = type === 'person' ? keyOf(speaker) : speaker.toLowerCase();
    let g = byKey.get(key) ?? (type !== 'person' ? byKey.get(keyOf(speaker)) : undefined);
    if (!g) {
      g = { speaker, type, fromRule, before: -1, beforeEnd: -1, local: 0, subject: false, reports: false, after: false, event: -1, body: null };
      byKey.set(key, g);
      order.push(g);
    }
    return g;
  };
  // A mention before the quote counts and may be the nearest; one after it in its sentence is noted.
  const mentioned = (g: Gathered, m: { start: number; end: number; subject: boolean }): void => {
    if (m.start < s.openAt) {
      g.local++;
      if (m.start > g.before) {
        g.before = m.start;
        g.beforeEnd = m.end;
        g.subject = m.subject;
      }
    } else if (m.start >= s.sentenceStart) g.after = true;
  };
  if (s.rule.speaker) add(s.rule.speaker, s.rule.type, true);
  for (const m of resolver.mentionsIn(from, to)) {
    if (m.start >= s.openAt && m.start < s.closeAt) continue;
    mentioned(add(resolver.fullestName(m.name), 'person', false), m);
  }
  for (const o of resolver.organizationsIn(from, to)) {
    if (o.start >= s.openAt && o.start < s.closeAt) continue;
    const g = add(o.name, 'organization', false);
    if (o.start < s.openAt && o.start > g.before) g.before = o.start;
    else if (o.start >= s.closeAt && o.start >= s.sentenceStart) g.after = true;
  }
  // A place inside a description the rules gave modifies it ("the French ambassador", "Lowland officials"): not another speaker.
  const described = s.rule.speaker && /(?:^|\s)\p{Ll}/u.test(s.rule.speaker) ? ` ${s.rule.speaker.toLowerCase()} ` : null;
  for (const b of bodiesIn(resolver, from, to)) {
    if ((b.start >= s.openAt && b.start < s.closeAt) || (b.shape === 'place' && described?.includes(` ${b.name.toLowerCase()} `))) continue;
    const g = add(b.name, bodyType(b), false);
    g.body ??= [`body:${b.shape}`, ...(b.the ? ['body-the'] : []), ...(b.sentenceStart ? ['body-sentence-start'] : [])];
    mentioned(g, b);
  }
  const events = resolver.rememberedEvents();
  for (let e = events.length - 1; e >= 0 && events[e]!.offset >= from; e--) {
    const ev = events[e]!;
    if (ev.offset >= s.openAt || ev.type === 'document') continue;
    const g = add(ev.speaker, ev.type, false);
    g.event = Math.max(g.event, ev.offset);
  }
  // The rule's answer first, then the nearest before the quote, then those named only after it.
  const nearness = (g: Gathered): number => Math.max(g.before, g.event);
  const rest = order.filter((g) => !g.fromRule).sort((a, b) => nearness(b) - nearness(a));
  const kept = [...order.filter((g) => g.fromRule), ...rest].slice(0, MAX_CANDIDATES);
  for (const g of kept) {
    if (g.beforeEnd >= 0) g.reports = REPORTING_NEXT.test(text.slice(g.beforeEnd, g.beforeEnd + 40)) || SAID_BEFORE.test(text.slice(Math.max(0, g.before - 12), g.before));
  }
  // "they said", "it said": a group or a body, never one person.
  const group = situationKind(s) === 'they-it';
  const fits = (g: Gathered): boolean => g.fromRule || (notAnActor(g.speaker) === null && !relaysTheQuote(s, g) && !writesTheBlock(s, g) && !otherGender(resolver, s, g) && !(group && g.type === 'person') && (describedCue(resolver, s, g) !== 'not-described-as' || personJustBefore(resolver, s, g)));
  return featurise(resolver, s, kept.filter(fits));
}

/** A person named in the quote's sentence or the one before: after a description, a candidate even when not named beside its head noun ("Ann Ross worked for the governor. “…,” said the former aide"). */
function personJustBefore(resolver: SpeakerResolver, s: QuoteSituation, g: Gathered): boolean {
  return g.type === 'person' && g.before >= 0 && resolver.sentenceIndex(s.openAt) - resolver.sentenceIndex(g.before) <= 1;
}

/** After a description ("the ambassador said"): whether the article names the candidate beside its head noun ("Ross, the ambassador"). README.md gives the figures. */
function describedCue(resolver: SpeakerResolver, s: QuoteSituation, g: Gathered): string | null {
  if (g.fromRule || situationKind(s) !== 'description' || !s.phrase) return null;
  const head = descriptionHead(s.phrase.text);
  if (head === null) return null;
  return describedNearCached(resolver, head, g.speaker) ? 'described-as' : 'not-described-as';
}

/** Where and how a candidate is named: the features whose pairs are features too ("subject" and "sentences-back:1" together). */
const CORE_FEATURE = /^(?:rule$|body:|sentences-back|paragraphs-back|subject$|reporting-verb-next|quoted-before|previous-speaker|rank|in-sentence-before|in-sentence-after|mentions|gender|type)/u;

/** Every pair of core features of a candidate, in the order they were found ("a&b"). */
function pairsOf(features: readonly string[]): string[] {
  const core = coreCues(features);
  const out: string[] = [];
  for (let i = 0; i < core.length; i++) for (let j = i + 1; j < core.length; j++) out.push(`${core[i]!}&${core[j]!}`);
  return out;
}

/** The one who relays the speech ("Ann Ross said the mayor told her"), named last in the relaying clause: not its speaker. */
function relaysTheQuote(s: QuoteSituation, g: Gathered): boolean {
  return s.relayedBy !== undefined && g.before >= s.relayedBy.from && g.before < s.relayedBy.to;
}

/** Inside a block quotation, "he"/"she" is never the block's own writer, who would write "I" ("Ann Ross wrote: … when he said “…”"). */
function writesTheBlock(s: QuoteSituation, g: Gathered): boolean {
  return Boolean(s.blockSpeaker) && situationKind(s) === 'he-she' && keyOf(g.speaker) === keyOf(s.blockSpeaker!);
}

/** "he said" and a woman, "she said" and a man, as far as the article's pronouns tell: never the one meant (the rules' constraint too). */
function otherGender(resolver: SpeakerResolver, s: QuoteSituation, g: Gathered): boolean {
  const lower = s.phrase?.pronoun ? s.phrase.text.toLowerCase() : '';
  const want = FEMININE.has(lower) ? 'f' : MASCULINE.has(lower) ? 'm' : null;
  if (!want || g.type !== 'person') return false;
  const have = resolver.genderOf(g.speaker);
  return have !== undefined && have !== want;
}

function featurise(resolver: SpeakerResolver, s: QuoteSituation, gathered: Gathered[]): SpeakerCandidate[] {
  const kind = situationKind(s);
  const quoteSentence = resolver.sentenceIndex(s.openAt);
  const gender = s.phrase?.pronoun ? (FEMININE.has(s.phrase.text.toLowerCase()) ? 'f' : MASCULINE.has(s.phrase.text.toLowerCase()) ? 'm' : null) : null;
  // Rank by the nearest mention (or earlier quote) before the quote.
  const nearest = (g: Gathered): number => Math.max(g.before, g.event);
  const ranked = gathered.filter((g) => nearest(g) >= 0).sort((a, b) => nearest(b) - nearest(a));
  let topCount = 0;
  for (const g of gathered) if (g.type === 'person') topCount = Math.max(topCount, resolver.mentionCount(g.speaker));
  const lastKey = s.lastSpeaker ? keyOf(s.lastSpeaker) : null;
  const ruleWords = s.rule.speaker ? s.rule.speaker.split(/\s+/u) : [];
  const ruleKeys = new Set(ruleWords.map((w) => w.toLowerCase().replace(POSSESSIVE_END, '')));
  const compatible = gender ? ranked.filter((g) => g.type === 'person' && resolver.genderOf(g.speaker) !== (gender === 'f' ? 'm' : 'f')) : [];
  return gathered.map((g) => {
    const f: string[] = [];
    if (g.fromRule) {
      const shape = `${g.type}:${bucket(ruleWords.length, [1, 2, 3])}`;
      f.push('rule', `rule-words:${bucket(ruleWords.length, [1, 2, 3])}`, `rule-shape:${shape}`);
      if (g.before < 0 && !g.after && g.event < 0) f.push(`rule-only-shape:${shape}`);
      if (ruleWords.some((w) => /^\p{Ll}/u.test(w) && !NAME_JOINERS.has(w))) f.push('rule-lower-word');
    } else if (ruleKeys.has(keyOf(g.speaker))) f.push('inside-rule-speaker');
    if (g.fromRule && g.before < 0 && !g.after && g.event < 0) f.push('rule-only');
    f.push(`type:${g.type}`);
    if (g.body) f.push(...g.body);
    const described = describedCue(resolver, s, g);
    if (described) f.push(described);
    if (g.before >= 0) {
      f.push(`sentences-back:${bucket(quoteSentence - resolver.sentenceIndex(g.before), [0, 1, 2, 3])}`);
      f.push(`paragraphs-back:${bucket(s.paragraph - resolver.paragraphOf(g.before), [0, 1, 2])}`);
      if (g.before >= s.sentenceStart) f.push('in-sentence-before');
      if (g.subject) f.push('subject', `subject@sentences-back:${bucket(quoteSentence - resolver.sentenceIndex(g.before), [0, 1, 2])}`);
      f.push(`local-mentions:${bucket(g.local, [1, 2])}`);
      if (g.reports) f.push('reporting-verb-next');
    } else if (!g.fromRule) f.push('not-before');
    if (g.after) f.push('in-sentence-after');
    const rank = ranked.indexOf(g);
    if (rank >= 0) f.push(`rank:${bucket(rank + 1, [1, 2, 3])}`);
    if (rank === 0 && g.subject) f.push('nearest-subject');
    if (g.event >= 0) f.push('quoted-before');
    if (lastKey && keyOf(g.speaker) === lastKey) f.push('previous-speaker');
    if (g.type === 'person') {
      const count = resolver.mentionCount(g.speaker);
      f.push(`mentions:${bucket(count, [1, 3, 6])}`);
      if (count > 0 && count === topCount) f.push('most-mentioned');
      if (!g.speaker.includes(' ')) f.push('one-word');
      const compatibleRank = compatible.indexOf(g);
      if (compatibleRank >= 0) f.push(`compatible-rank:${bucket(compatibleRank + 1, [1, 2])}`);
      if (gender) {
        const have = resolver.genderOf(g.speaker);
        f.push(have === undefined ? 'gender:unknown' : have === gender ? 'gender:same' : 'gender:other');
      }
    }
    return { speaker: g.speaker, type: g.type, base: f, kind, fromRule: g.fromRule };
  });
}
