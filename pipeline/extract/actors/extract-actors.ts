/**
 * Actor extraction: every person and organisation named in an article body,
 * once per article, with mentions, aliases, titles, affiliation, country,
 * Wikidata QID and a key that is stable across articles.
 *
 * Pipeline: tokens → capitalised runs → proposals (registry, organisation
 * head words, abbreviations, state bodies, people with evidence) → quote
 * speakers → titles/affiliations from the words around names → clusters
 * (surname, acronym, shorter names) → lone surnames and title mentions →
 * drafts.
 */
import type { ActorDraft, ArticleBody, QuoteDraft } from '../types.ts';
import { tokenize } from './tokens.ts';
import type { Token } from './tokens.ts';
import { findRuns } from './runs.ts';
import { classifyRun } from './classify.ts';
import type { Proposal, RoleSpan } from './proposal.ts';
import { describePeople } from './describe.ts';
import { addSurnameMentions, addTitleMentions, addToClusters, clusterProposals } from './merge.ts';
import type { Cluster } from './merge.ts';
import { buildDrafts } from './build-drafts.ts';
import { speakerProposals } from './speaker-proposals.ts';
import { keepPlatformsAsActors } from './platforms.ts';
import { nameWords } from './normalise.ts';
import { profileFor } from '../lexicon/profile.ts';
import { maskBoilerplate } from './boilerplate.ts';
import { lookupRegistryName } from './registry.ts';
import { countriesNamed } from './country-words.ts';
import { strongOutsideEnglish, trimLeadingWords } from './foreign-orgs.ts';
import { listedWithSurePerson, strengthenNameLists } from './name-lists.ts';
import type { UnknownSpan } from './roles.ts';
import { organisationsFromContext } from './context-orgs.ts';
import { teamsFromResults } from './sports-results.ts';
import { airlinesInRows } from './airline-rows.ts';
import { surnamesOverOrganisations } from './surname-orgs.ts';
import { tokenStartingAt, writtenInLowerCase } from './tokens.ts';
import { readNames } from './name-model/tagger.ts';
import { overruleWeakPeople } from './name-model/overrule.ts';
import { censusPairEvidence } from './person-evidence.ts';
import { NON_NAME_WORDS } from '../lexicon/english.ts';

/**
 * Finds the people and organisations of one article.
 *
 * @param body the article body (offsets of mentions point into `body.text`)
 * @param quotes the article's quote drafts: a speaker that names a person or
 *   an organisation becomes an actor even when the recogniser missed it
 * @param language the article's language (`articles.language`, decided once
 *   per page by html/language-guess.ts); null reads the text as English
 */
export function extractActors(body: ArticleBody, quotes: QuoteDraft[], language: string | null = 'en'): ActorDraft[] {
  return buildDrafts(recogniseActors(body, quotes, language));
}

/**
 * The clusters behind {@link extractActors}: every mention of every actor,
 * each with the reason the recogniser gave for it (read by `cli.ts explain`).
 */
export function recogniseActors(body: ArticleBody, quotes: QuoteDraft[], language: string | null = 'en'): Cluster[] {
  const lex = profileFor(language);
  const text = maskBoilerplate(body);
  const tokens = tokenize(text);
  if (lex.english) readNames(tokens);
  const proposals: Proposal[] = [];
  const roles: RoleSpan[] = [];
  const unknown: UnknownSpan[] = [];
  for (const run of findRuns(tokens)) {
    const result = classifyRun(run, text, lex);
    proposals.push(...result.proposals);
    roles.push(...result.roles);
    unknown.push(...result.unknown);
  }
  proposals.push(...speakerProposals(quotes, text, proposals));
  localiseBareNames(proposals, tokens);
  proposals.push(...describePeople(proposals, roles, tokens, text));
  strengthenNameLists(proposals, text);
  const english = lex.english;
  const candidates = english ? dedupe(proposals) : dedupe(proposals).map((p) => trimLeadingWords(p, lex)).filter((p) => strongOutsideEnglish(p, text, lex));
  const accepted = keepPlatformsAsActors(acceptPeople(english ? overruleWeakPeople(candidates, tokens) : candidates, tokens, text, english), text, quotes);
  if (english) unknown.push(...droppedPeopleAsUnknown(candidates, accepted, tokens));
  surnamesOverOrganisations(accepted);
  const clusters = clusterProposals(accepted);
  // Characters already inside a mention (one byte per character: no scan over all mentions per lookup).
  const covered = new Uint8Array(text.length + 1);
  const cover = (): void => {
    for (const c of clusters) for (const m of c.members) covered.fill(1, m.start, m.end);
  };
  const taken = (start: number, end: number): boolean => covered.subarray(start, end).includes(1);
  cover();
  addSurnameMentions(clusters, tokens, taken);
  cover();
  addTitleMentions(clusters, text, taken);
  cover();
  const contextual = keepPlatformsAsActors(organisationsFromContext(unknown, clusters, text, taken, english), text, quotes);
  addToClusters(clusters, contextual);
  if (english) {
    cover();
    addToClusters(clusters, teamsFromResults(text, clusters, taken));
    cover();
    addToClusters(clusters, airlinesInRows(tokens, text, taken));
  }
  return clusters;
}

/**
 * A bare name that means a registry actor only in an article about its
 * country ("Senate", "Labour") is a local actor elsewhere (a Nigerian
 * article's Senate is not the US Senate).
 */
function localiseBareNames(proposals: Proposal[], tokens: Token[]): void {
  let countries: Set<string> | null = null;
  for (const p of proposals) {
    if (!p.registry) continue;
    const match = lookupRegistryName(p.surface);
    if (!match?.local || match.entry !== p.registry) continue;
    countries ??= countriesNamed(tokens.filter((t) => t.capitalised).map((t) => t.text));
    if (p.registry.country && countries.has(p.registry.country)) continue;
    p.registry = null;
    p.country = null;
  }
}

/**
 * People proposed on capitals alone that were not accepted ("Brightwell
 * Tours", "Harbour Transit") go back to the unknown spans, so that the
 * words around them (org-context rules) may still make them organisations.
 */
function droppedPeopleAsUnknown(candidates: Proposal[], accepted: Proposal[], tokens: Token[]): UnknownSpan[] {
  const kept = new Set(accepted);
  return candidates
    .filter((p) => p.type === 'person' && !kept.has(p) && p.surface.includes(' ') && p.reason.startsWith(CAPITALS_ONLY))
    .map((p) => ({ surface: p.surface, start: p.start, end: p.end, acronym: false, sentenceStart: tokens[tokenStartingAt(tokens, p.start) ?? -1]?.sentenceStart ?? false }));
}
const CAPITALS_ONLY = 'person shape: capitalised name words, no other evidence';

/** Keeps one proposal per span (the first, which carries the most description). */
function dedupe(proposals: Proposal[]): Proposal[] {
  const seen = new Set<string>();
  return proposals.filter((p) => {
    const k = `${p.start}:${p.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * A capitalised pair with no other evidence ("Aurelio Santangelo") is a
 * person only when its last word also appears alone elsewhere in the text, not
 * opening a sentence ("lauded Pochettino"), or when it is joined by "and" to a person ("Sens.
 * Ted Hollis and Maria Delgado").
 */
function acceptPeople(proposals: Proposal[], tokens: Token[], text: string, english: boolean): Proposal[] {
  const alone = new Set<string>();
  // Words inside a multi-word proposal are not alone ("Sahil" in "Liwa al Sahil").
  const inside = new Set<number>();
  for (const p of proposals) {
    if (!p.surface.includes(' ')) continue;
    for (let i = tokenStartingAt(tokens, p.start) ?? tokens.length; i < tokens.length && tokens[i]!.start < p.end; i++) inside.add(i);
  }
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const joinedBefore = prev !== undefined && prev.capitalised && SPACE_ONLY.test(t.gapBefore);
    const joinedAfter = next !== undefined && next.capitalised && SPACE_ONLY.test(next.gapBefore);
    if (!t.capitalised || joinedBefore || joinedAfter || inside.has(i)) return;
    const word = nameWords(t.text)[0] ?? '';
    // At a sentence start only a subject the text never writes in lower case, before a verb ("Vanttinen was named", not "Buddhist monks").
    const subject = next !== undefined && !next.capitalised && SUBJECT_VERB.test(next.text);
    // Inside a sentence, a word the text also writes in lower case is a common noun there ("Basil is easy to grow … fresh basil"), not a surname.
    if (writtenInLowerCase(word, text)) return;
    if (!t.sentenceStart || (subject && !NON_NAME_WORDS.has(word))) alone.add(word);
  });
  const isAlone = (p: Proposal): boolean => alone.has(nameWords(p.surface).pop() ?? '');
  // People by their own evidence, or because their surname is used alone; then those coordinated with one.
  const sure = proposals.filter((p) => p.type === 'person' && (p.evidence === 'strong' || isAlone(p) || (english && censusPair(p))));
  const joined = (p: Proposal, q: Proposal): boolean => (q.end <= p.start && AND_GAP.test(text.slice(q.end, p.start))) || (p.end <= q.start && AND_GAP.test(text.slice(p.end, q.start)));
  const isSure = new Set(sure); // a set, not a scan of `sure` per proposal (issue 14)
  const listed = listedWithSurePerson(proposals, text, (p) => isSure.has(p));
  return proposals.filter((p) => p.type !== 'person' || isSure.has(p) || listed.has(p) || (p.surface.includes(' ') && sure.some((q) => q.surface.includes(' ') && joined(p, q))));
}

/**
 * A weak pair whose words are in no English dictionary and whose last word is
 * a frequent census surname is a person (`censusPairEvidence`); it stays weak
 * evidence, so a stronger reading (the employer before a role) still wins.
 */
function censusPair(p: Proposal): boolean {
  const why = p.evidence === 'weak' ? censusPairEvidence(p.surface.split(' ')) : null;
  if (why) p.reason = `person shape + ${why}`;
  return why !== null;
}

const SPACE_ONLY = /^ +$/;
/** A verb after a sentence-opening subject: an auxiliary, a reporting verb, or a past tense ("was", "said", "stopped"). */
const SUBJECT_VERB = /^(?:is|was|has|had|will|would|could|can|said|says|told|added|\p{Ll}+ed)$/u;
/** "A and B", "A (Serbia) and B": the gap between two coordinated names. */
const AND_GAP = /^\s*(?:\([^()\n]{1,40}\)\s*)?\s+and\s+$/;
