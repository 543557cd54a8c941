/**
 * Evidence, beyond capitals, that a 2–4 word name is a person's: a given
 * name or East Asian surname first, a reporting verb next to it, an
 * appositive after it ("X, a lawyer", "X, chief executive of"), or a
 * lower-case role word just before it ("executive Kevin Ashdown").
 */
import { dictionaryClass } from '../lexicon/dictionary.ts';
import { surnameBand } from '../lexicon/surnames.ts';
import { EAST_ASIAN_SURNAMES, GIVEN_NAMES } from '../lexicon/given-names.ts';
import { NON_PERSON_LAST_WORDS, ORG_HEADS, ORG_INTRODUCING_NOUNS, ROLE_WORDS, SPEECH_VERBS } from '../lexicon/english.ts';
import { OCCUPATIONS, SURNAME_ENDINGS, SURNAME_PARTICLES } from '../lexicon/occupations.ts';
import type { Token } from './tokens.ts';
import { looksLikePlace } from './places.ts';
import { countryOfWord } from './country-words.ts';
import { personContext } from './lone-names.ts';
import { numberedCitation } from './name-cues.ts';

/** A first word of two given names joined by a hyphen ("Anna-Lise", "Jean-Marc"), each of the public list. */
function hyphenatedGivenNames(word: string): boolean {
  const parts = word.toLowerCase().split('-');
  return parts.length === 2 && parts.every((p) => GIVEN_NAMES.has(p));
}

/** "X said", "X, who said" (not "X, say officials": there X is what they speak of). */
const AFTER_SPEECH = /^(?:\s+|,\s+who\s+)(\p{L}+)/u;
const APPOSITIVE_AFTER = /^,\s+(?:who|whose|\p{Lu}[\p{L}.]*[’']s)\s/u;
const APPOSITIVE_ROLE = /^,\s+(?:[\p{Ll}\-]+\s+){0,2}?([\p{Ll}\-]+)\b/u;
/** "…,” said Mark Delaney", "according to X". */
const BEFORE_SPEECH = /(?:said|says|told|according to|wrote|added|asked)\s+$/;
/** "directed by X", "starring X": credits of creative work name people ("published by", "produced by" may be companies). */
const CREDITED_BEFORE = /\b(?:(?:directed|written|composed|painted|sung|narrated|illustrated|choreographed|photographed) by|starring|featuring|co-starring)\s+$/u;
/** "X, another deportee, said": a short appositive followed by a reporting verb. */
const APPOSITIVE_THEN_SPEECH = /^,[^,.;“”"]{1,60},\s*(\p{L}+)/u;
const MIDDLE_INITIAL = /^\p{Lu}\.$/u;
/**
 * Initials before a surname: a capital with a dot, or several in one word ("K.C."); not a postscript ("P.S.").
 * Bare capitals ("N S Ostrow") were tried: on GUM train they made street addresses people ("S Elm", "G W Cab") and found no author.
 */
const LEADING_INITIALS = /^(?!P\.S\.)(?:\p{Lu}\.){1,3}$/u;
/** A Cantonese or Korean given name written with a hyphen and a lower-case second syllable ("Wai-lun", "Ji-hoon"). */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{2,6}$/u;
/** A surname after an initial: title case, three letters or more ("K. Hupfer", not "J. Crew"-like two-letter words). */
const SURNAME_SHAPE = /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u;
/**
 * A lower-case word before a name, or before a list of names it heads ("the founders Merav Eitan and …",
 * "experts Ivana Jelić (Montenegro) and …", "singers such as …", "the chairman, John Smith"): up to three earlier names, each with an optional parenthesis.
 */
const WORD_BEFORE_NAMES = /(\p{Ll}[\p{Ll}\-]*),?\s+(?:(?:such as|like|including),?\s+)?(?:(?:\p{Lu}[\p{L}\p{M}'’.\-]*\s+){1,3}(?:\([^()\n]{1,40}\)\s*)?(?:,\s*|,?\s*and\s+)){0,3}$/u;

const POSSESSIVE_AFTER = /^[’']s\s/;
const NEXT_LOWER = /^(?:[’']s)?\s+(\p{Ll}+)/u;
/** The name is followed by a place noun ("Van Buren counties", "Da Nang province"). */
function placeNounAfter(after: string): boolean {
  const next = NEXT_LOWER.exec(after)?.[1];
  if (!next) return false;
  const singular = next.endsWith('ies') ? `${next.slice(0, -3)}y` : next.replace(/s$/, '');
  return NON_PERSON_LAST_WORDS.has(next) || NON_PERSON_LAST_WORDS.has(singular);
}

/** A lower-case noun naming a person's role or occupation, singular or plural ("philosopher", "founders"). */
export function isPersonNoun(word: string): boolean {
  if (word !== word.toLowerCase()) return false;
  const singular = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') ? word.slice(0, -1) : word;
  return ROLE_WORDS.has(word) || OCCUPATIONS.has(word) || ROLE_WORDS.has(singular) || OCCUPATIONS.has(singular);
}

/** An appositive or predicate that describes an organisation: "Kestrel Hope, a large foundation", "Corvane Analytics, the … intelligence firm", "Clearpath is a nonprofit". */
const APPOSITIVE_PHRASE = /^(?:,\s+(?:a|an|the|another|one)|\s+(?:is|was)\s+(?:a|an))\s+((?:[\p{L}.’'\-]+\s+){0,5}?[\p{L}\-]+)(?=\s+(?:of|in|at|on|that|which|who|with|for|from|based|against|to)\b|[,;:]|\.(?:\s|$)|$)/u;
/** Agent nouns ("deportee", "resident", "lawyer", "activist"): an appositive headed by one describes a person. */
const AGENT_NOUN = /(?:er|or|ist|ian|ee|ant|ent|man|woman|person|wife|mother|father|son|daughter|child|girl|boy)$/;
const ORG_NOUNS: ReadonlySet<string> = new Set([...ORG_HEADS, ...ORG_INTRODUCING_NOUNS]);

/** What an "X, a/the …" appositive right after a name describes, by its head noun; null when it does not say. */
export function appositiveKind(text: string, end: number): 'person' | 'organization' | null {
  const m = APPOSITIVE_PHRASE.exec(text.slice(end, end + 100));
  if (!m) return null;
  const last = m[1]!.split(/\s+/).pop()!.toLowerCase();
  if (ROLE_WORDS.has(last)) return 'person';
  if (ORG_NOUNS.has(last)) return 'organization';
  return AGENT_NOUN.test(last) ? 'person' : null;
}

/** True when an appositive right after a name describes an organisation. */
export function organisationAppositive(text: string, end: number): boolean {
  return appositiveKind(text, end) === 'organization';
}

/** A year as cited in scholarly writing: "2013", "2013a", "1998b". */
const CITED_YEAR = String.raw`(?:1[5-9]|20)\d\d[a-z]?`;
/** After an author's surname: "et al.", " 2013;" or " 2013)", " (2013)", ", 2013)" / ", 2013;" inside a parenthesis, or "and <Surname> (2013)". */
const CITATION_AFTER = new RegExp(String.raw`^(?:,?\s+et\s+al\.|\s+${CITED_YEAR}\s*[;)]|,\s*${CITED_YEAR}\s*[,;:)]|(?:,\s*\p{Lu}[\p{L}'’\-]+)*,?\s+(?:and|&)\s+\p{Lu}[\p{L}'’\-]+(?:\s+et\s+al\.)?,?\s*\(?${CITED_YEAR}\b)`, 'u');
/** Before a surname inside a citation list: "(Smith, 2001; Jones, 2003" or "(see Jones and …". */
const CITATION_BEFORE = new RegExp(String.raw`(?:\(\s*(?:see\s+|e\.g\.,?\s+|cf\.\s+)?|&\s+|${CITED_YEAR}\s*;\s*|\p{Lu}[\p{L}'’\-]+,\s+)$`, 'u');

/** A year in parentheses right after a name: "Ferrow (2013)" in a paper, but also "Harbour Lights (2013)" in a filmography. */
const PARENTHESISED_YEAR_AFTER = new RegExp(String.raw`^\s*\(\s*${CITED_YEAR}\s*[,;:)]`);
/** A citation no filmography has: "et al." or an author and a year inside parentheses ("(Ferrow, 2013)", "(Ferrow and Lind 2013;"). */
const SCHOLARLY_CITATION = new RegExp(String.raw`\bet\s+al\.|\(\s*\p{Lu}[\p{L}'’\-]+(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'’\-]+)?,?\s+${CITED_YEAR}\s*[;),]`, 'u');
let scholarlyCache: { text: string; scholarly: boolean } | null = null;
/** True when the text cites the scholarly way somewhere (computed once per text). */
function scholarlyText(text: string): boolean {
  if (scholarlyCache?.text !== text) scholarlyCache = { text, scholarly: SCHOLARLY_CITATION.test(text) };
  return scholarlyCache.scholarly;
}

/** "Ferrow and ", "Ferrow et al. & " right before a second author's surname. */
const SECOND_AUTHOR_BEFORE = /\p{Lu}[\p{L}'’\-]+(?:\s+et\s+al\.)?,?\s+(?:and|&)\s+$/u;
/** A cited year right after the surname: " 2013", ", 2013", " (2013". */
const YEAR_AFTER = new RegExp(String.raw`^,?\s*\(?${CITED_YEAR}\b`);

/**
 * An author cited the scholarly way: "Ferrow et al.", "Ferrow (2013)",
 * "(Ferrow, 2013; Lind, 2015)", "Ferrow and Lind (2013)". Names no list
 * holds are people by this shape alone.
 */
export function citedAuthor(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 80);
  if (numberedCitation(text, start, end, SECOND_AUTHOR_BEFORE.test(text.slice(Math.max(0, start - 60), start)))) return true; // "Ferrow & Lind [7]"
  // The second of two authors: "Ferrow and Lind 2013", "(Ferrow & Lind, 2013 and …)".
  if (SECOND_AUTHOR_BEFORE.test(text.slice(Math.max(0, start - 60), start)) && YEAR_AFTER.test(after)) return true;
  // "Ferrow (2013)" only in a text that cites elsewhere too: a list of films or books gives each a year ("Harbour Lights (2013), Tern (2015)").
  if (PARENTHESISED_YEAR_AFTER.test(after)) return scholarlyText(text);
  if (CITATION_AFTER.test(after)) {
    // ", 2013)" needs an opening parenthesis before the name: "(Ferrow, 2013)", not "Paris, 2013)".
    if (after.startsWith(',') && !/^,?\s+et\s+al/.test(after) && !/^(?:,\s*\p{Lu}[\p{L}'’\-]+)*,?\s+(?:and|&)\s/u.test(after)) return CITATION_BEFORE.test(text.slice(Math.max(0, start - 40), start));
    return true;
  }
  return false;
}

/** One or two initials, then a surname that is no place ("K. Hupfer", "R.T. Vilner"; not "S. Kansas"). */
export function initialsAndSurname(words: readonly string[]): boolean {
  const last = words[words.length - 1]!;
  if (words.length < 2 || words.length > 3 || !SURNAME_SHAPE.test(last) || looksLikePlace(last) || countryOfWord(last) !== null) return false;
  return words.slice(0, -1).every((w) => LEADING_INITIALS.test(w) && countryOfWord(w) === null);
}

/** The evidence, beyond capitals, that a capitalised name is a person's (a short reason), or null when the words around it say nothing. */
export function personEvidence(words: string[], start: number, end: number, text: string, sentenceStart: boolean): string | null {
  const first = words[0]!.toLowerCase();
  if (citedAuthor(text, start, end)) return 'cited author (et al., a year in parentheses)';
  const ordinary = wordsOfThePhrase(words) !== null;
  if (GIVEN_NAMES.has(first) && !ordinary) return `given name '${words[0]}'`;
  if (words.length >= 2 && hyphenatedGivenNames(words[0]!)) return `given names joined by a hyphen '${words[0]}'`; // "Anna-Lise Varga"
  if (EAST_ASIAN_SURNAMES.has(first) && !ordinary) return `East Asian surname '${words[0]}' first`;
  if (words.length === 2 && HYPHENATED_GIVEN.test(words[1]!)) return `hyphenated given name '${words[1]}'`; // "Tang Wai-lun", "Park Ji-hoon"
  if (words.slice(1, -1).some((w) => MIDDLE_INITIAL.test(w))) return 'middle initial'; // "Renata K. Albuquerque"
  if (initialsAndSurname(words)) return 'initials and surname'; // "K. Hupfer" in a results list, "R.T. Vilner"
  const after = text.slice(end, end + 80);
  const next = AFTER_SPEECH.exec(after);
  if (next && SPEECH_VERBS.has(next[1]!.toLowerCase())) return `reporting verb '${next[1]}' after it`;
  if (APPOSITIVE_AFTER.test(after) || appositiveKind(text, end) === 'person') return 'appositive describing a person';
  const role = APPOSITIVE_ROLE.exec(after);
  if (role && ROLE_WORDS.has(role[1]!)) return `role '${role[1]}' in an appositive`;
  const later = APPOSITIVE_THEN_SPEECH.exec(after);
  if (later && SPEECH_VERBS.has(later[1]!.toLowerCase())) return `appositive then reporting verb '${later[1]}'`;
  const before = text.slice(Math.max(0, start - 30), start);
  if (BEFORE_SPEECH.test(before) || CREDITED_BEFORE.test(before)) return 'reporting verb or credit before it';
  const last = words[words.length - 1]!;
  if (words.length >= 2 && SURNAME_ENDINGS.test(last.toLowerCase())) return 'surname ending'; // "Pavle Petrović"
  // "Van Gogh’s painting": a particle-led surname owning something; not "Van Nuys and Da Nang" (places) nor "Van Buren counties".
  if (words.length === 2 && SURNAME_PARTICLES.has(first) && !sentenceStart && POSSESSIVE_AFTER.test(after) && !placeNounAfter(after)) return 'particle-led surname owning something';
  const context = words.length >= 2 ? personContext(start, end, text) : null;
  if (context !== null) return context; // "Vaskel Ostrom nodded"
  if (sentenceStart) return null;
  const prev = WORD_BEFORE_NAMES.exec(text.slice(Math.max(0, start - 160), start));
  return prev !== null && isPersonNoun(prev[1]!) ? `occupation noun '${prev[1]}' before it` : null;
}


/**
 * Least person margin (person score minus the best other score) the name
 * model must give every word of a capitalised name with no other evidence
 * before that is evidence: 2 was the best of 0, 2 and 8 on the GUM train
 * genres the model was not trained on, and moved no bench-dev page. (Single
 * words are never made people by the model alone: at any margin up to 12 that
 * added more false people than true ones on bench-dev and GUM dev.)
 */
export const MODEL_NAME_MARGIN = 2;

/** A preposition of place right before a name ("on Harbour Hill", "in Port Avery"): the model's reading alone does not make it a person there. */
const PLACE_PREPOSITION_BEFORE = /\b(?:in|on|at|near|across|around|outside|inside)\s+(?:the\s+)?$/i;

/**
 * The name model's evidence that the tokens of a name are a person's: a
 * reason, or null when some word reads weaker than `margin` or a preposition
 * of place comes right before the name.
 */
export function nameModelEvidence(tokens: readonly Token[], margin: number, text: string): string | null {
  const start = tokens[0]?.start ?? 0;
  if (PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return null;
  let least = Infinity;
  for (const t of tokens) {
    if (!t.capitalised) continue;
    if (!t.nameModel) return null;
    least = Math.min(least, t.nameModel.personMargin);
  }
  return least >= margin && least !== Infinity ? `name-model: every word reads as a person's name (least margin ${least.toFixed(1)})` : null;
}


/** Census surname bands that count as a surname here: the 10,000 most frequent (a longer tail holds many words of other languages; on the team's first hold-out it made false people). */
const CENSUS_PAIR_BANDS: ReadonlySet<string> = new Set(['top1k', 'top10k']);

/**
 * A pair whose words are in no English dictionary and whose last word is
 * one of the 10,000 most frequent surnames of the 1990 US Census ("Vaskel
 * Ashworth stopped 31 shots", made up): knowledge from outside the text
 * (`../lexicon/dictionary.ts`, `../lexicon/surnames.ts`) where no given-name
 * list holds the first word. English pages only (the caller checks).
 */
export function censusPairEvidence(words: string[]): string | null {
  if (words.length !== 2) return null;
  const plain = words.map((w) => w.replace(POSSESSIVE_END, ''));
  if (!plain.every((w) => NAME_SHAPE.test(w)) || plain.some((w) => looksLikePlace(w))) return null; // not "N. Ireland"
  const [first, last] = plain.map((w) => w.toLowerCase()) as [string, string];
  if (dictionaryClass(first) !== 'none' || dictionaryClass(last) !== 'none') return null;
  const band = surnameBand(last);
  return CENSUS_PAIR_BANDS.has(band) ? `'${words[0]}' in no English dictionary, '${words[1]}' a frequent census surname (${band})` : null;
}
const POSSESSIVE_END = /['’]s$/u;
/** A name word: a capital, then lower-case letters (no initial, no capitals run). */
const NAME_SHAPE = /^\p{Lu}\p{Ll}+$/u;

/**
 * A two-word name whose first word, a given name or an East Asian surname,
 * is also a common English word and whose last word is an English word but
 * no frequent census surname ("Amber Kettle"-like names aside: "Star Maps",
 * "Salt Steamer", "Long Lantern", all made up) reads as a phrase of ordinary
 * words, a work, a product or a place: the first word's list is then no
 * evidence of a person. A frequent surname keeps it ("Grant Hill", "Rose
 * Wood"). English pages only (the lists are English). The reason, or null.
 */
export function wordsOfThePhrase(words: readonly string[]): string | null {
  if (words.length !== 2) return null;
  const [first, last] = words.map((w) => w.replace(POSSESSIVE_END, '').toLowerCase()) as [string, string];
  if (dictionaryClass(first) !== 'common' || dictionaryClass(last) === 'none') return null;
  return CENSUS_PAIR_BANDS.has(surnameBand(last)) ? null : `'${words[0]}' a common English word and '${words[1]}' an English word, no frequent surname`;
}

/** A capitalised word with a lower-case part after a hyphen: a descriptor ("Pro-reform", "Ex-minister"), not a name word. */
const HYPHENATED_DESCRIPTOR = /^\p{Lu}\p{Ll}+-\p{Ll}{3,}$/u;

/**
 * A descriptor written before a name in the same run ("Pro-reform Dana
 * Whitfield", "Ex-mayor Ida Vell", made up): a hyphenated word whose second
 * part is in lower case (and whose first part is no given name, as in
 * "Ann-marie"), before two name words or more. The reason, or null; the
 * name then starts at the next word.
 */
export function descriptorBeforeName(words: readonly string[]): string | null {
  if (words.length < 3 || !HYPHENATED_DESCRIPTOR.test(words[0]!) || GIVEN_NAMES.has(words[0]!.split('-')[0]!.toLowerCase())) return null;
  return `'${words[0]}' describes the person named after it`;
}
