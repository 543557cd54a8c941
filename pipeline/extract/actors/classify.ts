/**
 * Classifies one capitalised run: registry actor, organisation (head word,
 * "<demonym> government"), person (title, given name, reporting verb,
 * appositive), a role with no name, or an unknown span that context may
 * later make an organisation.
 */
import type { Run } from './runs.ts';
import { MAX_RUN_WORDS, WEAK_CONNECTORS } from './runs.ts';
import { propose } from './proposal.ts';
import { lookupRegistry } from './registry.ts';
import { countryOfWord, isCapital } from './country-words.ts';
import { CONNECTORS, NAME_PARTICLES, NON_NAME_WORDS, NON_ORG_ACRONYMS, NON_PERSON_FIRST_WORDS, NON_PERSON_LAST_WORDS, PLATFORM_NAMES, RELATION_NOUNS } from '../lexicon/english.ts';
import { NON_ACTOR_NAMES, FIELD_WORDS } from '../lexicon/things.ts';
import { EAST_ASIAN_SURNAMES, GIVEN_NAMES } from '../lexicon/given-names.ts';
import { stateBodyAfter } from './state-bodies.ts';
import { MAX_NAME_WORDS, segmentSpan, trySplitRole } from './roles.ts';
import type { RunResult } from './roles.ts';
import { MODEL_NAME_MARGIN, citedAuthor, descriptorBeforeName, nameModelEvidence, personEvidence } from './person-evidence.ts';
import { normaliseName, withoutDots } from './normalise.ts';
import { writtenInLowerCase } from './tokens.ts';
import { looksLikePlace, placeShapedName, thingShapedName } from './places.ts';
import { STREET_LAST_WORDS } from '../lexicon/places.ts';
import { isGazetteerName } from './gazetteer.ts';
import { ENGLISH, type LanguageProfile } from '../lexicon/profile.ts';
import { LONE_GIVEN_NAME, NOUN_BEFORE_NAME, PLAIN_WORD, SIGN_OFF_NAME, SPEAKING_NAME, loneGivenName, namesAWork, nounBeforeName, salutation, signOffName, speakingName } from './name-context.ts';
import type { Token } from './tokens.ts';
import { FOREIGN_INSTITUTION, foreignInstitution, isCompoundHead } from './foreign-orgs.ts';
import { groupName, kindNounAfter } from './kind-cues.ts';
import { POSSESSIVE_END, unlistedSingleName } from './lone-names.ts';
import { ANTECEDENT_MODEL_MARGIN, pronounAntecedent } from './antecedents.ts';
import { CALENDAR_NAMES } from '../lexicon/person-cues.ts';
import { coordinatedWithWriter, givenNameOfPlace, openingCommonWord } from './name-cues.ts';
import { cuedOrganisation, headWordOrganisation, modelOrganisation, namedOrganisation, registrySubSpans, splitSegments, titleInsideOrganisationName } from './classify-orgs.ts';

export type { RunResult } from './roles.ts';

/** Longest all-capital word taken as an abbreviation: the registry's longest are six letters (UNESCO, USCIRF); longer ones are shouted words or datelines. */
const MAX_ACRONYM_LENGTH = 6;
/** A run of at least this many words that fills its paragraph is a title-case heading: the longest names in the dev gold that fill a line have four words. */
const MIN_HEADING_WORDS = 5;
const ACRONYM = /^(?:[A-Z][A-Z\d]*[A-Z]|(?:[A-Z]\.){2,}|[A-Z][A-Z]*&[A-Z]+)$/; // "HRW", "N4OB", "U.N.", "AT&T"
const INITIAL = /^\p{Lu}\.$/u;
/** Several dotted initials in one word before a surname ("J.D. Varga"); a country's or a registry body's ("U.S.", "U.N.") and a postscript ("P.S.") are none. */
const JOINED_INITIALS = /^(?!P\.S\.)(?:\p{Lu}\.){2,3}$/u;
const joinedInitials = (w: string): boolean => JOINED_INITIALS.test(w) && countryOfWord(w) === null && !lookupRegistry(w);
/** A surname in capitals after a given name, results-table style: three letters or more. */
const CAPITALS_SURNAME = /^\p{Lu}{3,}(?:-\p{Lu}{2,})?$/u;
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’\-]*(?:[\-’']\p{Lu}[\p{Ll}\p{M}]+)*$|^(?:Mc|Mac|O’|O'|De|Di|Da|Du|Le|La|Van|Ja)\p{Lu}\p{Ll}+$|^(?:al|el|ad|as|ash|ar|at|az|an)-\p{Lu}[\p{Ll}\p{M}]+$/u;
const WEBSITE = /^\p{Lu}[\p{L}\d\-]*\.(?:com|org|net|info|io|co|news)$/u;
const GERUND_OR_ADVERB = /(?:ing|ly|ed)$/;
/** The names on either side of an ampersand ("Orlen & Pask"). */
const AMPERSAND_PARTS = /[^&\s](?:[^&]*[^&\s])?/gu;
const QUOTE_OPEN = /[“"‘«]\s*$/;
const QUOTE_CLOSE = /^[,.!?]?(?:[”"»]|[’'](?![sS]\b))/; // a closing mark, not a possessive
const DATELINE_BEFORE = /^[^\n]{0,60}\(\s*$/;
const DATELINE_AFTER = /^\s*\)\s*[—–-]/;
/** How far back a run's line start is looked for: DATELINE_BEFORE matches at most 60 characters, "(" and a space; any longer prefix fails it anyway. */
const LINE_LOOKBACK = 80;
const PARAGRAPH_END = /^[\s.:!?]*(?:\n|$)/;
const RELATION_BEFORE = new RegExp(`\\b(?:${[...RELATION_NOUNS].join('|')})\\s*[,(]\\s*$`);
const CLOSES_APPOSITIVE = /^\s*[,)]/;
const LEADING_THE = /^the\s+/i;
const LIST_COMMA_BEFORE = /, $/;
const LEADER_REGIME_AFTER = /^\s+regime\b/;

const lower = (w: string): string => w.toLowerCase();
/** The reason of a person proposed on capitals alone (the name model may overrule it: name-model/overrule.ts). */
const CAPITALS_ONLY_REASON = 'person shape: capitalised name words, no other evidence';
const isCountryOrCapital = (s: string): boolean => countryOfWord(s) !== null || isCapital(s);
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);


/** A word that can be part of a person's name. */
export function isNameWord(w: string, lex: LanguageProfile = ENGLISH): boolean {
  return (NAME_WORD.test(w) || INITIAL.test(w)) && !NON_NAME_WORDS.has(lower(w)) && !lex.orgHeads.has(lower(w));
}

/** Classifies a run; `text` is the body text the run's offsets point into, `lex` the words of the article's language. */
export function classifyRun(run: Run, text: string, lex: LanguageProfile = ENGLISH): RunResult {
  const out: RunResult = { proposals: [], roles: [], unknown: [] };
  const after = text.slice(run.end, run.end + 40);
  if (run.tokens.length > 1 && QUOTE_OPEN.test(run.tokens[0]!.gapBefore) && QUOTE_CLOSE.test(after)) return out; // "Mary Poppins": a title
  // The line start is looked for in a bounded window (issue 14: a scan back per run was quadratic in a long paragraph).
  const windowStart = Math.max(0, run.start - LINE_LOOKBACK);
  const lineStart = windowStart + text.slice(windowStart, run.start).lastIndexOf('\n') + 1;
  if (DATELINE_BEFORE.test(text.slice(lineStart, run.start)) && DATELINE_AFTER.test(after)) return out; // "WASHINGTON (AP) —"
  const fillsParagraph = run.start === lineStart && PARAGRAPH_END.test(after);
  if (fillsParagraph && run.tokens.length === 1 && ACRONYM.test(run.words[0]!)) return out; // a closing agency credit ("PTI")
  if ((fillsParagraph && run.tokens.length >= MIN_HEADING_WORDS) || run.tokens.length > MAX_RUN_WORDS) {
    registrySubSpans(run, 0, run.words.length, text, out);
    return out; // a title-case heading
  }
  const runSurface = text.slice(run.start, run.end);
  const whole = lookupRegistry(runSurface);
  if (whole) {
    const state = stateBodyAfter(runSurface, run.start, run.end, text);
    if (state) out.proposals.push(state);
    // "The UN": the article is not part of the name unless the registry says so ("The Diplomat").
    const the = LEADING_THE.exec(runSurface);
    const keepsThe = LEADING_THE.test(whole.name);
    const start = the && !keepsThe ? run.start + the[0].length : run.start;
    out.proposals.push(propose(whole.type, text.slice(start, run.end), start, whole, `registry: the whole run is entry '${whole.id}'`));
    return out;
  }
  let a = 0;
  while (a < run.words.length) {
    const w = run.words[a]!;
    const lw = lower(w);
    const trimmable = run.tokens[a]!.sentenceStart || ARTICLES.has(lw);
    if (NON_NAME_WORDS.has(lw) && trimmable && !(lw === 'the' && lookupRegistry(run.words.slice(a).join(' ')))) a++;
    else if (a + 1 < run.words.length && CALENDAR_NAMES.has(lw) && !GIVEN_NAMES.has(lw)) a++; // "around November Ysolde left"
    else if (a === 0 && a + 1 < run.words.length && salutation(w, run.tokens[a]!.sentenceStart)) a++; // "Dear Delphine:" names Delphine
    else if (run.tokens[a]!.sentenceStart && a + 1 < run.words.length && GERUND_OR_ADVERB.test(lw) && PLAIN_WORD.test(w) && !GIVEN_NAMES.has(lw) && !lex.roleWords.has(lw)) a++; // not "GiveDirectly"
    else if ((CONNECTORS.has(lw) || WEAK_CONNECTORS.has(lw)) && (w === lw || !NAME_PARTICLES.has(lw))) a++; // keep "Al Jazeera"
    else if (lex.leadingWords.has(lw) && a + 1 < run.words.length && (lex.leadingHeads.has(lower(run.words[a + 1]!)) || isCompoundHead(run.words[a + 1]!, lex))) a++; // "El Ministerio de Sanidad"
    else break;
  }
  const inList = LIST_COMMA_BEFORE.test(text.slice(Math.max(0, run.start - 2), run.start));
  // "Johnson & Johnson": a gazetteer name is one organisation, "and" or not.
  // "Harbour and Hearth magazine": a name right before a kind of organisation is one name, "and" or not.
  if (isGazetteerName(run.words.slice(a).join(' ')) || (a < run.words.length && kindNounAfter(run.end, text) && !run.words.slice(a).some((w) => WEAK_CONNECTORS.has(lower(w))))) classifySegment(run, a, run.words.length, text, out, lex);
  else for (const [s, e] of splitSegments(run, a, inList, lex)) classifySegment(run, s, e, text, out, lex);
  return out;
}

/** Classifies words s..e of a run. */
export function classifySegment(run: Run, s: number, e: number, text: string, out: RunResult, lex: LanguageProfile = ENGLISH): void {
  while (e > s && CONNECTORS.has(lower(run.words[e - 1]!))) e--;
  if (e <= s) return;
  const words = run.words.slice(s, e);
  const { start, end } = segmentSpan(run, s, e, text);
  const surface = text.slice(start, end);
  if (NON_ACTOR_NAMES.has(normaliseName(surface))) {
    registrySubSpans(run, s, e, text, out); // "UEFA Champions League" names UEFA
    return;
  }
  const registry = lookupRegistry(surface);
  if (!registry && namesAWork(text, start, end)) return; // "the film Match Day", "the Star Quest franchise"
  const state = stateBodyAfter(surface, start, end, text);
  if (state) out.proposals.push(state);
  if (registry) {
    out.proposals.push(propose(registry.type, surface, start, registry, `registry: entry '${registry.id}'`));
    return;
  }
  if (state || isCountryOrCapital(surface)) return;
  const named = namedOrganisation(surface, start, end, text, run.tokens[s]!.sentenceStart);
  if (named) {
    out.proposals.push(named);
    return;
  }
  if (lex.english && foreignInstitution(words)) {
    out.proposals.push(propose('organization', surface, start, null, FOREIGN_INSTITUTION)); // "Universidade da Orvela" on an English page
    return;
  }
  if (!titleInsideOrganisationName(words, lex) && trySplitRole(run, s, e, text, out, (r, a, b, t, o) => classifySegment(r, a, b, t, o, lex), (w) => isNameWord(w, lex), lex)) return;
  if (headWordOrganisation(run, s, e, text, out, lex, (a, b) => classifySegment(run, a, b, text, out, lex), (w) => isNameWord(w, lex))) return;
  const lw = words.map(lower);
  const sentenceStart = run.tokens[s]!.sentenceStart;
  const cued = cuedOrganisation(words, surface, start, end, text);
  if (cued) {
    out.proposals.push(cued);
    return;
  }
  if (words.length === 1) {
    classifyWord(words[0]!, run.tokens[s]!, surface, start, end, text, sentenceStart, out, lex);
    return;
  }
  if (surface.includes('&') && words.every((w) => isNameWord(w, lex)) && citedAuthor(text, start, end)) {
    // "(Orlen & Pask, 2010)": authors joined by an ampersand in a citation, one person each.
    for (const m of surface.matchAll(AMPERSAND_PARTS)) out.proposals.push(propose('person', m[0], start + m.index, null, 'cited author (et al., a year in parentheses)'));
    return;
  }
  // "Michael Bloomberg": a given name before an organisation's name makes a person, not the organisation.
  const givenFirst = words.length >= 2 && words.length <= MAX_NAME_WORDS && GIVEN_NAMES.has(lower(words[0]!)) && words.every((w) => isNameWord(w, lex));
  if (!givenFirst && registrySubSpans(run, s, e, text, out)) return;
  // "Pro-reform Dana Whitfield of the …": a descriptor before a given name is not part of the name.
  if (lex.english && GIVEN_NAMES.has(lw[1] ?? '') && descriptorBeforeName(words) !== null) {
    classifySegment(run, s + 1, e, text, out, lex);
    return;
  }
  // A leading demonym is not part of a name: "Russian Vladimir Putin".
  const demonym = countryOfWord(words[0]!);
  if (demonym && !GIVEN_NAMES.has(lower(words[0]!)) && words.length > 2) {
    classifySegment(run, s + 1, e, text, out, lex);
    return;
  }
  const nameShaped = (w: string, i: number): boolean => isNameWord(w, lex) || (i > 0 && i < words.length - 1 && NAME_PARTICLES.has(lw[i]!)) || (i === 0 && !sentenceStart && GIVEN_NAMES.has(lw[0]!) && NAME_WORD.test(w)) // "Will Carden"
    || (i < words.length - 1 && words.length <= 3 && joinedInitials(w)) // "J.D. Varga"
    || (i === 2 && words.length === 3 && EAST_ASIAN_SURNAMES.has(lw[0]!) && NAME_WORD.test(w)) // "Moon Jae In"
    || (i === words.length - 1 && i > 0 && GIVEN_NAMES.has(lw[0]!) && CAPITALS_SURNAME.test(w)); // "Klaus HUPFER" in a results table
  const personShaped = !FIELD_WORDS.has(lw[lw.length - 1]!) && words.every(nameShaped) && !surface.includes('&') && lw.filter((w) => !NAME_PARTICLES.has(w)).length <= MAX_NAME_WORDS && !PLATFORM_NAMES.has(lw[0]!) && (!demonym || GIVEN_NAMES.has(lw[0]!))
    && !NON_PERSON_FIRST_WORDS.has(lw[0]!) && !NON_PERSON_LAST_WORDS.has(lw[lw.length - 1]!) && !STREET_LAST_WORDS.has(lw[lw.length - 1]!)
    && !(lex.english && placeShapedName(words, (w) => GIVEN_NAMES.has(lower(w)) || EAST_ASIAN_SURNAMES.has(lower(w))))
    && !(lex.english && thingShapedName(words)); // "Nora Vale Statue": a thing after a given name
  const group = personShaped ? groupName(words, start, text) : null;
  if (group) {
    out.proposals.push(propose('organization', surface, start, null, group)); // "the Dorset Falcons"
    return;
  }
  if (personShaped && lex.english && descriptorBeforeName(words) !== null) {
    classifySegment(run, s + 1, e, text, out, lex); // "Pro-reform Dana Whitfield"
    return;
  }
  if (personShaped) {
    const why = personEvidence(words, start, end, text, sentenceStart) ?? nameModelEvidence(run.tokens.slice(s, e), MODEL_NAME_MARGIN, text);
    const p = propose('person', surface, start, null, why ? `person shape + ${why}` : CAPITALS_ONLY_REASON);
    p.evidence = why ? 'strong' : 'weak';
    // "Unlike Smith, …": an opening word also written in lower case in the text is a common word, not a given name.
    if (p.evidence === 'weak' && sentenceStart && words.length === 2 && writtenInLowerCase(lw[0]!, text)) {
      classifySegment(run, s + 1, e, text, out, lex);
      return;
    }
    // "Together Ferrow left": the opening common word goes; the name stays a weak person (kept when used alone elsewhere).
    const opening = p.evidence === 'weak' && lex.english && sentenceStart && words.length === 2 ? openingCommonWord(words[0]!) : null;
    if (opening) {
      const [proposed, unknown] = [out.proposals.length, out.unknown.length];
      classifySegment(run, s + 1, e, text, out, lex);
      if (out.proposals.length > proposed) return;
      out.unknown.length = unknown; // nothing typed the name alone: it stays the weak person it was
      const rest = segmentSpan(run, s + 1, e, text);
      const q = propose('person', text.slice(rest.start, rest.end), rest.start, null, `${CAPITALS_ONLY_REASON} (${opening})`);
      q.evidence = 'weak';
      out.proposals.push(q);
      return;
    }
    out.proposals.push(p);
    return;
  }
  const designation = lex.english ? givenNameOfPlace(words, end, text, (w) => lex.roleWords.has(w)) : null;
  if (designation) {
    out.proposals.push(propose('person', surface, start, null, designation)); // "Ysolde of Tarrowmere"
    return;
  }
  // "Tang Wai-lun of Harbour Voice": a person's name with its own evidence, then "of" and the body they belong to.
  const of = lw.indexOf('of');
  if (of >= 2 && of <= 3 && of < words.length - 1 && words.slice(0, of).every((w) => isNameWord(w, lex))) {
    const left = segmentSpan(run, s, s + of, text);
    if (personEvidence(words.slice(0, of), left.start, left.end, text, sentenceStart)) {
      classifySegment(run, s, s + of, text, out, lex);
      classifySegment(run, s + of + 1, e, text, out, lex);
      return;
    }
  }
  const model = modelOrganisation(run.tokens.slice(s, e), surface, start, sentenceStart);
  if (model) out.proposals.push(model);
  else out.unknown.push({ surface, start, end, acronym: false, sentenceStart });
}

function classifyWord(w: string, token: Token, surface: string, start: number, end: number, text: string, sentenceStart: boolean, out: RunResult, lex: LanguageProfile): void {
  const compact = withoutDots(w);
  let why: string | null;
  if (WEBSITE.test(w) || isCompoundHead(w, lex)) {
    out.proposals.push(propose('organization', surface, start, null, WEBSITE.test(w) ? 'website name' : 'compound head word')); // "Polygraph.info", "Universitätsklinikum"
  } else if (ACRONYM.test(w) && compact.length <= MAX_ACRONYM_LENGTH && !NON_ORG_ACRONYMS.has(lower(compact))) {
    out.unknown.push({ surface, start, end, acronym: true, sentenceStart });
  } else if (isNameWord(w, lex) && !looksLikePlace(w) && !isCountryOrCapital(w) && citedAuthor(text, start, end)) {
    out.proposals.push(propose('person', surface, start, null, 'cited author (et al., a year in parentheses)')); // "Ferrow et al. (2013)"
  } else if (loneGivenName(w, start, end, text, sentenceStart, lex, (x) => isNameWord(x, lex))) {
    out.proposals.push(propose('person', surface, start, null, LONE_GIVEN_NAME)); // "Then Marcie laughed."
  } else if (LEADER_REGIME_AFTER.test(text.slice(end, end + 10)) && isNameWord(w, lex) && !looksLikePlace(w)) {
    out.proposals.push(propose('person', surface, start, null, "leader: '<name> regime'")); // a leader's name
  } else if (RELATION_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && CLOSES_APPOSITIVE.test(text.slice(end, end + 3)) && isNameWord(w, lex)) {
    out.proposals.push(propose('person', surface, start, null, 'relation: appositive to a kinship noun')); // "her brother, Tamer, was"
  } else if (lex.english && signOffName(w, start, end, text, (x) => isNameWord(x, lex))) {
    out.proposals.push(propose('person', surface, start, null, SIGN_OFF_NAME)); // "Best wishes, Teodor"
  } else if (lex.english && nounBeforeName(w, start, end, text, (x) => isNameWord(x, lex))) {
    out.proposals.push(propose('person', surface, start, null, NOUN_BEFORE_NAME)); // "his daughter Ysolde"
  } else if (lex.english && isNameWord(w, lex) && !lex.roleWords.has(lower(w)) && (why = coordinatedWithWriter(w, start, end, text)) !== null) {
    out.proposals.push(propose('person', surface, start, null, why)); // "Tarrow and I"
  } else if (lex.english && !NON_NAME_WORDS.has(lower(w)) && isNameWord(w, lex) && !lex.roleWords.has(lower(w)) && speakingName(token, w, end, text, sentenceStart)) {
    out.proposals.push(propose('person', surface, start, null, SPEAKING_NAME)); // "… when Orsolo said"
  } else if (lex.english && !NON_NAME_WORDS.has(lower(w)) && !lex.roleWords.has(lower(w)) && (why = unlistedSingleName(w, start, end, text, sentenceStart)) !== null) {
    out.proposals.push(propose('person', surface, start, null, why)); // "… when Vaskerud left"
  } else if (lex.english && (token.nameModel?.personMargin ?? -Infinity) > ANTECEDENT_MODEL_MARGIN && isNameWord(w, lex) && !lex.roleWords.has(lower(w)) && (why = pronounAntecedent(w.replace(POSSESSIVE_END, ''), text)) !== null) {
    out.proposals.push(propose('person', surface, start, null, why)); // "Vaskerud … he"
  } else if (!NON_NAME_WORDS.has(lower(w))) {
    out.unknown.push({ surface, start, end, acronym: false, sentenceStart });
  }
}
