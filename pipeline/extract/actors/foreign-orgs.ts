/**
 * Organisations outside English: German compounds and hyphenated names
 * whose last part is a head word ("Universitätsklinikum", "Robert-Koch-Institut"),
 * leading articles and prepositions trimmed from names ("Die Techniker
 * Krankenkasse" → "Techniker Krankenkasse"), and which proposals a
 * non-English text keeps (capitals say little there).
 */
import type { Proposal } from './proposal.ts';
import { CLUB_PREFIXES, FOREIGN_LANGUAGES, type ForeignLanguage, GERMAN_COMPOUND_HEADS, LEADING_HEADS_BY_LANGUAGE, ROLE_WORDS_BY_LANGUAGE } from '../lexicon/foreign.ts';
import { englishWordLevel } from '../lexicon/dictionary.ts';
import { CONNECTORS } from '../lexicon/english.ts';
import type { LanguageProfile } from '../lexicon/profile.ts';
import { EAST_ASIAN_SURNAMES, GIVEN_NAMES } from '../lexicon/given-names.ts';
import { nameWords } from './normalise.ts';
import { GAZETTEER_ORGANISATION } from './classify-orgs.ts';

const HYPHEN = '-';
const INITIAL = /^\p{Lu}\.$/u;
const CAPITALISED = /^\p{Lu}/u;
const TITLE_CASE = /^\p{Lu}\p{Ll}{2,}$/u;
/** The cues of one profile, compiled once per profile. */
interface Cues {
  /** A role noun or a reporting word just before the name ("o presidente", "Geschäftsführer", "disse", "laut"). */
  before: RegExp;
  /** A reporting verb, or a comma and a role noun, just after the name ("Ana Souza disse", "Ana Souza, diretora do …"). */
  after: RegExp;
}
const CUES = new WeakMap<LanguageProfile, Cues>();
function cuesOf(lex: LanguageProfile): Cues {
  let cues = CUES.get(lex);
  if (!cues) {
    const own = (FOREIGN_LANGUAGES as readonly string[]).includes(lex.language) ? [lex.language as ForeignLanguage] : FOREIGN_LANGUAGES;
    const roles = own.flatMap((l) => ROLE_WORDS_BY_LANGUAGE[l]).join('|');
    const speech = lex.speechWords.join('|') || '(?!)';
    cues = {
      before: new RegExp(`(?:^|[^\\p{L}])(?:${roles}|${speech})[,:]?\\s+$`, 'iu'),
      after: new RegExp(`^(?:,?\\s+(?:${speech})|,\\s+(?:(?:o|a|el|la|der|die|le|il|l')\\s+)?(?:${roles}))(?![\\p{L}])`, 'iu'),
    };
    CUES.set(lex, cues);
  }
  return cues;
}
/** How far (characters) before the name a cue may start. */
const CUE_WINDOW = 40;

/** True when a reporting word or a role noun of another language sits next to the name. */
function foreignPersonCue(p: Proposal, text: string, lex: LanguageProfile): boolean {
  const cues = cuesOf(lex);
  const before = text.slice(Math.max(0, p.start - CUE_WINDOW), p.start);
  if (cues.before.test(before)) return true;
  // German capitalises every noun: a sentence-opening "Hohe Kosten sagte …" is no name.
  if (SENTENCE_OPENING.test(before) && lex.germanCompounds) return false;
  return cues.after.test(text.slice(p.end, p.end + CUE_WINDOW));
}

/** Text before a word that opens a sentence or a paragraph. */
const SENTENCE_OPENING = /(?:^|[.!?:;]["“”»]?\s+|\n\s*)$/u;

/** German genitive endings of a head word ("des Robert Koch-Instituts", "des Klinikums", "des Krankenhauses"). */
const GENITIVE = /e?s$/;

/** True for one capitalised word that is an organisation by its own ending ("Bundesgesundheitsministerium", "Bertelsmann-Stiftung"), also in the German genitive (German profile only). */
export function isCompoundHead(word: string, lex: LanguageProfile): boolean {
  if (!CAPITALISED.test(word)) return false;
  if (compoundHead(word, lex)) return true;
  if (!lex.germanCompounds) return false;
  const stem = word.replace(GENITIVE, '');
  return stem !== word && compoundHead(stem, lex);
}

function compoundHead(word: string, lex: LanguageProfile): boolean {
  if (lex.germanCompounds && GERMAN_COMPOUND_HEADS.test(word)) return true;
  const parts = word.split(HYPHEN);
  const last = parts[parts.length - 1]!;
  // "Robert-Koch-Institut", not "USB-PD" (an all-capital last part is an abbreviation of something else).
  return parts.length >= 2 && parts.every((p) => CAPITALISED.test(p)) && TITLE_CASE.test(last) && (lex.orgHeads.has(last.toLowerCase()) || (lex.germanCompounds && lex.orgHeads.has(last.replace(GENITIVE, '').toLowerCase())));
}

/** Drops leading articles and prepositions of another language from a name ("Laut Wiebke Hansmann"; offsets kept right). */
export function trimLeadingWords(p: Proposal, lex: LanguageProfile): Proposal {
  if (p.registry !== null) return p;
  let surface = p.surface;
  let start = p.start;
  for (;;) {
    const space = surface.indexOf(' ');
    if (space < 0 || !lex.leadingWords.has(surface.slice(0, space).toLowerCase())) break;
    surface = surface.slice(space + 1);
    start += space + 1;
  }
  if (start === p.start) return p;
  return { ...p, surface, start };
}

/**
 * Outside English, capitals say little: keep registry actors, people with
 * strong evidence or a role noun or reporting word of the text's language
 * next to them (marked strong), and organisations named with a head word, last
 * ("Techniker Krankenkasse", "Kumo Animation") or first ("Ministerio de
 * Salud"), or as one compound word.
 */
export function strongOutsideEnglish(p: Proposal, text: string, lex: LanguageProfile): boolean {
  if (p.registry !== null || p.reason === GAZETTEER_ORGANISATION) return true; // a company or outlet of a public list is one in any language
  if (p.type === 'person') {
    if (foreignPersonCue(p, text, lex)) {
      p.evidence = 'strong'; // the recogniser's evidence is English: the cue of this language is the evidence
      p.reason += '; a role noun or reporting word of the page language next to it';
      return true;
    }
    // English reporting verbs and appositives say nothing here: a title, a known given name or an initial must.
    const words = nameWords(p.surface);
    const first = words[0] ?? '';
    const initialFirst = words.length === 2 && INITIAL.test(p.surface.split(' ')[0] ?? '');
    return p.evidence === 'strong' && (p.titles.length > 0 || p.listed === true || GIVEN_NAMES.has(first) || EAST_ASIAN_SURNAMES.has(first) || initialFirst);
  }
  const words = p.surface.split(' ');
  if (p.type !== 'organization' || words.includes('and')) return false;
  if (words.length === 1) return isCompoundHead(words[0]!, lex);
  if (p.surface.endsWith(' e.V.') || p.surface.endsWith(' e. V.')) return true; // a registered association
  const last = words[words.length - 1]!;
  return lex.orgHeads.has(last.toLowerCase()) || isCompoundHead(last, lex) || leadsOrganisation(words, lex);
}

const CLUBS: ReadonlySet<string> = new Set(CLUB_PREFIXES);

/**
 * True when the first of `words` (two or more) opens an organisation's name:
 * a leading head ("Groupe", "Secretaria", "Stiftung"), a compound head
 * ("Universitätsklinikum Hamburg-Eppendorf"), or a club prefix before a
 * title-case word ("SV Werder Bremen", not "LG TV").
 */
export function leadsOrganisation(words: string[], lex: LanguageProfile): boolean {
  const first = words[0]!.toLowerCase();
  if (CLUBS.has(first)) return TITLE_CASE.test(words[1] ?? '');
  return lex.leadingHeads.has(first) || isCompoundHead(words[0]!, lex);
}

/** The reason {@link foreignInstitution} gives. */
export const FOREIGN_INSTITUTION = 'foreign institution: a head word of another language, no English word, opens the name';
/** Leading heads of every other language that are no English word (built on first use: it reads the English dictionary). */
let headsAbroad: ReadonlySet<string> | null = null;

/**
 * True when `words` (two or more, on an English page) name a body abroad by
 * its own language's leading head ("Universidade da Orvela", "Conservatoire
 * de Brumont", "Istituto Tessano"). The one place a foreign word counts on an
 * English page: only as the first word of a name of two or more words, and
 * only when English has no such word ("Camera", "Tribunal", "Junta" are
 * English words and stay out, so "Sarah Camera" is still a person).
 */
export function foreignInstitution(words: readonly string[]): boolean {
  if (words.length < 2 || !TITLE_CASE.test(words[0]!)) return false;
  headsAbroad ??= new Set(FOREIGN_LANGUAGES.flatMap((l) => LEADING_HEADS_BY_LANGUAGE[l]).filter((w) => !CLUBS.has(w) && englishWordLevel(w) === null));
  const second = words[1]!;
  return headsAbroad.has(words[0]!.toLowerCase()) && (CONNECTORS.has(second) || CAPITALISED.test(second));
}
