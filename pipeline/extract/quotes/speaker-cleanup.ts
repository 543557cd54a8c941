/**
 * The last step of speaker attribution: a resolved speaker is a person's or
 * an organisation's name, a document, or null. Each rule is a named function
 * that returns the cleaned speaker and why: masked quote text and clauses
 * carried into the speaker are cut, tails that are not part of the name
 * ("of Ohio", "(D-Ore.)", "himself", "strongly") are dropped, and a
 * description ("a campaign aide") becomes the name the article gives it
 * elsewhere, or a null speaker that keeps the description in its own field.
 */
import type { SpeakerType } from '../types.ts';
import { MASK } from './sentences.ts';
import { NOT_DESCRIPTION_STARTS, SPEAKER_TAIL_WORDS, UNNAMED_GROUP_NOUNS } from './lexicon-speakers.ts';
import { ORGANIZATION_WORDS, SPEAKS_FOR_NOUNS } from '../lexicon/speakers.ts';
import { MAX_DESCRIPTION_WORDS } from './thresholds.ts';
import { notAnActor } from './junk-speakers.ts';

/** A speaker after clean-up. */
export interface CleanSpeaker {
  speaker: string | null;
  type: SpeakerType;
  /** Role or title the article gives the speaker ("the campaign manager"). */
  title: string | null;
  /** For an unnamed source: how the article describes it ("one interviewee"). */
  description: string | null;
  /** Which rule changed the speaker (for debugging and tests), or null. */
  reason: string | null;
}

/** What a rule may ask of the article: the person named by a description, and whether a name is a known person. */
export interface ArticleNames {
  /** The person the article names with this description as an appositive ("Ann Ross, a campaign aide"), or null. */
  nameDescribedAs(description: string): string | null;
  /** The fullest name the article gives for a name or surname. */
  fullest(name: string): string;
  /** The fullest name when the article names this person in full (two words or more), else null. */
  knownPerson(name: string): string | null;
}

const MASK_RUN = new RegExp(`${MASK}{3,}|["“”]`, 'u');
const PAREN_TAIL = /\s*\([^)]*\)?\s*$/u;
const OF_TAIL = /^((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}\s.'’-]*$/u;
/** A capitalised run of two to four words inside a longer phrase: a candidate person's name. */
const NAME_RUNS = /\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}/gu;
const TRAILING_NAME = /\s(?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;
const LEADING_NAME = /^(?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}/u;
const DETERMINER = /^(?:the|a|an|one|another|two|three|several|some|many|other|its|his|her|their)\s+/iu;
const INDEFINITE = /^(?:a|an|one|another|two|three|four|several|some|many|other|few)\s+/iu;
const SPEAKS_FOR = /^((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+)\s+(?:for|at|of|with|from)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}'’.&-]*){0,5})$/u;
const ORG_SET = new Set(ORGANIZATION_WORDS);
const TAIL_SET = new Set(SPEAKER_TAIL_WORDS);
const GROUP_SET = new Set(UNNAMED_GROUP_NOUNS);
/** Capitalised words that open an adverbial or a clause, never a speaker's name. */
const CLAUSE_OPENERS = new Set(['during', 'more', 'most', 'less', 'since', 'until', 'unlike', 'like', 'despite', 'although', 'because', 'asked', 'speaking', 'according']);
const POSSESSIVE_AFFILIATION = /^\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*['’]s?\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*)$/u;
/** A transcript's speaker label: a word in capitals of four letters or more, or several ("ROSS", "ANN ROSS"). */
const LABEL = /^(?:\p{Lu}[\p{Lu}'’.-]{3,}|\p{Lu}[\p{Lu}'’.-]*(?:\s+\p{Lu}[\p{Lu}'’.-]*)+)$/u;
const NOT_START_SET = new Set(NOT_DESCRIPTION_STARTS);

const PREPOSITION = /\s(?:of|for|at|to|from|in|on|with|by)\s/u;

function result(speaker: string | null, type: SpeakerType, reason: string | null, title: string | null = null, description: string | null = null): CleanSpeaker {
  return { speaker, type: speaker === null && description === null ? 'unknown' : type, title, description, reason };
}

/** Masked quote text or quotation marks inside a speaker: the words before them, when they start with a name; else nothing. */
export function cutMaskedText(speaker: string): { speaker: string | null; reason: string } | null {
  const m = MASK_RUN.exec(speaker);
  if (!m) return null;
  const before = speaker.slice(0, m.index).trim();
  const name = LEADING_NAME.exec(before);
  return { speaker: name ? name[0] : null, reason: 'masked-quote-text' };
}

/** "Ann Ross (D-Ore.)", "Ann Ross (D": a party tag or aside after a name is not part of it. */
export function dropParenthesisTail(speaker: string): string | null {
  const stripped = speaker.replace(PAREN_TAIL, '');
  return stripped !== speaker && stripped.length > 0 ? stripped : null;
}

/** "Ann Ross of Cork": a person's place or affiliation tail is not part of the name. */
export function dropOfTail(speaker: string, names: ArticleNames): string | null {
  const m = OF_TAIL.exec(speaker);
  if (!m) return null;
  const head = m[1]!;
  // "Ross of Cork": one word is a surname only when the article names that person in full.
  if (!head.includes(' ')) {
    const full = names.fullest(head);
    return full.includes(' ') ? full : null;
  }
  if (head.split(/\s+/u).some((w) => ORG_SET.has(w.toLowerCase()))) return null;
  return head;
}

/** "Cruz himself", "Officials strongly", "Carter however": lower-case adverbs and reflexives after a name. */
export function dropTailWords(speaker: string): string | null {
  const ws = speaker.split(/\s+/u);
  let end = ws.length;
  while (end > 1) {
    const w = ws[end - 1]!;
    if (!/^\p{Ll}/u.test(w)) break;
    const lower = w.toLowerCase().replace(/[.,;:]+$/u, '');
    if (!TAIL_SET.has(lower) && !/(?:ly|self|selves)$/u.test(lower)) break;
    end--;
  }
  return end < ws.length ? ws.slice(0, end).join(' ') : null;
}

/** "Weaver didn't seem impressed with …": a name followed by a clause; the name. */
export function nameBeforeClause(speaker: string, names: ArticleNames): string | null {
  const name = LEADING_NAME.exec(speaker)?.[0];
  if (!name || name.length === speaker.length) return null;
  const rest = speaker.slice(name.length).trim();
  if (!/^\p{Ll}/u.test(rest) || rest.split(/\s+/u).length < 2) return null;
  // "The French ambassador …", "Lowland Party leader Ann Ross": a description or a role before a name, not a name and a clause.
  if (DETERMINER.test(name) || /\s\p{Lu}/u.test(rest) || name.split(/\s+/u).some((w) => ORG_SET.has(w.toLowerCase()))) return null;
  // "Ann Ross and …", "Ann Ross of …" are names going on, not clauses.
  if (/^(?:and|of|for|de|von|van|bin)\b/u.test(rest)) return null;
  const full = names.fullest(name);
  return full.includes(' ') ? full : null;
}

/** "former secretary of state Ann Ross": a lower-case role before a name; the name and the role. */
export function nameAfterRole(speaker: string, names: ArticleNames): { name: string; title: string } | null {
  if (!/^\p{Ll}/u.test(speaker)) return null;
  const m = TRAILING_NAME.exec(speaker);
  if (!m) return null;
  const name = names.fullest(m[0].trim());
  if (!name.includes(' ')) return null;
  return { name, title: speaker.slice(0, m.index).trim() };
}

/**
 * "a spokesman for Ann Ross", "a reporter for the Lowland Times": an unnamed
 * speaker who speaks for a named person or body; that name, and the role.
 */
export function speaksFor(description: string, names: ArticleNames): { name: string; type: SpeakerType; title: string } | null {
  const m = SPEAKS_FOR.exec(description);
  if (!m) return null;
  const name = names.fullest(m[2]!);
  const body = name.split(/\s+/u).some((w) => ORG_SET.has(w.toLowerCase())) || /^[\p{Lu}\p{N}&.-]{2,}$/u.test(name);
  return { name, type: body ? 'organization' : 'person', title: m[1]! };
}

/** "an Aerolux spokeswoman", "a Lowland Party official": the name before a noun for someone who speaks for it, and the role after. */
const NAMED_BEFORE_ROLE = new RegExp(`^(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(\\p{Lu}[\\p{L}'’.&-]*(?:\\s+(?:of\\s+|and\\s+)?\\p{Lu}[\\p{L}'’.&-]*){0,4})\\s+((?:[\\p{Ll}-]+\\s+){0,2}(?:${SPEAKS_FOR_NOUNS.join('|')}))$`, 'u');

/**
 * "an Aerolux spokeswoman", "a senior Lowland Party official", "one Ross
 * campaign aide": an unnamed speaker for the person or body named before
 * the role noun; that name (the fullest the article gives), and the role.
 */
export function speaksForNamedBefore(description: string, names: ArticleNames): { name: string; type: SpeakerType; title: string } | null {
  const m = NAMED_BEFORE_ROLE.exec(description);
  if (!m) return null;
  const person = names.knownPerson(m[1]!);
  if (person) return { name: person, type: 'person', title: m[2]! };
  return { name: names.fullest(m[1]!), type: 'organization', title: m[2]! };
}

/** "analysts", "two sources", "some local residents": people speaking as an unnamed group (a plural head noun for people, no body named). */
export function isUnnamedGroup(speaker: string): boolean {
  const ws = speaker.split(/\s+/u);
  const head = ws[ws.length - 1]!;
  if (ws.length > 5 || !GROUP_SET.has(head.toLowerCase()) || !/^\p{Ll}/u.test(head)) return false;
  // "Government officials", "White House aides": they speak for a body the phrase names; kept as written.
  return ws.slice(0, -1).every((w) => /^\p{Ll}|^\d/u.test(w) && !ORG_SET.has(w.toLowerCase())) || DETERMINER.test(speaker) && !ws.slice(1).some((w) => /^\p{Lu}/u.test(w));
}

/** "ROSS: “…”": a transcript's speaker label in capitals; the fullest name the article gives it. */
export function transcriptLabel(speaker: string, names: ArticleNames): string | null {
  if (!LABEL.test(speaker)) return null;
  const titled = speaker.toLowerCase().replace(/(^|[\s'’-])\p{Ll}/gu, (c) => c.toUpperCase());
  return names.fullest(titled);
}

/**
 * "After his rally in Lowtown", "More": a capitalised function word opening
 * the phrase means a clause or adverbial was read, not a speaker; the name
 * at its end when there is one ("After the vote Ann Ross" → "Ann Ross"), else nothing.
 */
export function afterFunctionWord(speaker: string, names: ArticleNames): { speaker: string | null } | null {
  const first = speaker.split(/\s+/u)[0]!;
  if (!/^\p{Lu}/u.test(first) || !NOT_START_SET.has(first.toLowerCase()) && !CLAUSE_OPENERS.has(first.toLowerCase())) return null;
  const m = TRAILING_NAME.exec(speaker);
  const name = m ? names.fullest(m[0].trim()) : null;
  return { speaker: name && name.includes(' ') ? name : null };
}

/** "Lowtown Times' Ann Ross": a person after a possessive affiliation; the person. */
export function nameAfterPossessive(speaker: string): string | null {
  const m = POSSESSIVE_AFFILIATION.exec(speaker);
  return m ? m[1]! : null;
}

/**
 * "Lowland candidate Ann Ross is releasing a new ad": a phrase of five words
 * or more that goes on in lower case after a person the article names in
 * full; that person.
 */
export function knownNameInClause(speaker: string, names: ArticleNames): string | null {
  if (speaker.split(/\s+/u).length < 5 || !/\s\p{Ll}+\s/u.test(speaker)) return null;
  for (const m of speaker.matchAll(NAME_RUNS)) {
    const after = speaker.slice(m.index + m[0].length);
    if (!/^\s+\p{Ll}/u.test(after)) continue;
    const full = names.knownPerson(m[0]);
    if (full) return full;
  }
  return null;
}

/** Whether a description is indefinite ("a senior aide", "one interviewee", "several analysts", "analysts"): an unnamed source. */
export function isIndefinite(description: string): boolean {
  if (INDEFINITE.test(description)) return true;
  const ws = description.split(/\s+/u);
  return !DETERMINER.test(description) && ws.length <= 3 && /\p{Ll}s$/u.test(ws[ws.length - 1]!);
}

/** Whether a speaker is a description (its head noun lower case: "a senior aide to the mayor", "the campaign manager"). */
export function isDescription(speaker: string): boolean {
  const ws = speaker.split(/\s+/u);
  if (ws.length > MAX_DESCRIPTION_WORDS || NOT_START_SET.has(ws[0]!.toLowerCase())) return false;
  const cut = PREPOSITION.exec(` ${speaker} `);
  const head = (cut ? ` ${speaker} `.slice(0, cut.index) : speaker).trim().split(/\s+/u).pop() ?? '';
  return /^\p{Ll}/u.test(head) && (DETERMINER.test(speaker) || /^\p{Ll}/u.test(speaker));
}

/**
 * Cleans one resolved speaker. Documents and organisations keep their
 * phrase ("the report", "the Chinese government"); people and unknowns are
 * reduced to a name, or to a null speaker with a description.
 */
export function cleanSpeaker(speaker: string | null, type: SpeakerType, names: ArticleNames): CleanSpeaker {
  if (speaker === null) return result(null, type, null);
  let s = speaker.trim();
  let reason: string | null = null;
  const masked = cutMaskedText(s);
  if (masked) {
    if (!masked.speaker) return result(null, type, masked.reason);
    s = masked.speaker;
    reason = masked.reason;
  }
  if (type === 'document') return result(s, type, reason);
  // "Tuesday", "Calif.", "Republican": no person or body; unless the article names someone in full with that word ("Read said" after "Tom Read").
  const junk = notAnActor(s);
  if (junk && names.fullest(s).split(/\s+/u).length <= s.split(/\s+/u).length) return result(null, type, junk);
  const opener = afterFunctionWord(s, names);
  if (opener) {
    if (!opener.speaker) return result(null, type, 'clause-not-speaker');
    return result(opener.speaker, 'person', 'clause-before-name');
  }
  const possessed = type === 'person' ? nameAfterPossessive(s) : null;
  if (possessed) return result(possessed, 'person', 'possessive-affiliation');
  for (const [rule, name] of [[dropParenthesisTail, 'parenthesis-tail'], [dropTailWords, 'adverb-tail']] as const) {
    const out = rule(s);
    if (out) {
      s = out;
      reason = name;
    }
  }
  if (isUnnamedGroup(s)) return result(null, 'person', 'unnamed-group', null, s);
  const label = transcriptLabel(s, names);
  if (label) return result(label, 'person', 'transcript-label');
  // "Ann Ross of the Lowland Institute": a person's name before an affiliation, even when the phrase reads as a body.
  const ofTail = dropOfTail(s, names);
  if (ofTail) return result(ofTail, 'person', 'place-tail');
  if (type === 'organization') return result(s, type, reason);
  const inClause = knownNameInClause(s, names);
  if (inClause) return result(inClause, 'person', 'name-inside-clause');
  const named = nameBeforeClause(s, names);
  if (named) return result(named, 'person', 'clause-after-name');
  const role = nameAfterRole(s, names);
  if (role) return result(role.name, 'person', 'role-before-name', role.title);
  if (isDescription(s)) {
    const represented = speaksFor(s, names) ?? speaksForNamedBefore(s, names);
    if (represented) return result(represented.name, represented.type, 'speaks-for', represented.title);
    // "a campaign aide", "analysts": an unnamed source.
    if (isIndefinite(s)) return result(null, type === 'unknown' ? 'person' : type, 'unnamed-source', null, s);
    // "the campaign's communications director": the person the article names so elsewhere; else the role as written.
    const described = s.split(/\s+/u).length >= 3 ? names.nameDescribedAs(s) : null;
    if (described) return result(described, 'person', 'description-named-elsewhere', s);
    return result(s, type, reason);
  }
  // Lower-case words that are no name and no description ("for example", "even she"): not a speaker.
  if (/^\p{Ll}/u.test(s)) return result(null, type, 'not-a-name');
  return result(s, type, reason);
}
