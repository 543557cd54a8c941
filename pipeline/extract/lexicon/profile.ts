/**
 * One word profile per article language. English words always count (news
 * in other languages borrows "Group", "Inc", "Bank"); the words of another
 * language count only on a page in that language, so a foreign word never
 * reaches an English page ("Sarah Camera, a nurse" stays a person). A page
 * in a language with no list of its own (Dutch, Japanese …) gets every
 * foreign list: the recogniser then keeps only strong evidence anyway.
 */
import { ORG_HEADS, ROLE_WORDS } from './english.ts';
import { ORG_HEADS_OUTSIDE_MODEL } from './org-heads-outside-model.ts';
import { RULER_TITLES } from './person-cues.ts';
import {
  AND_BY_LANGUAGE, CLUB_PREFIXES, FOREIGN_LANGUAGES, type ForeignLanguage, LEADING_HEADS_BY_LANGUAGE, LEADING_WORDS_BY_LANGUAGE,
  ORG_HEADS_BY_LANGUAGE, ROLE_WORDS_BY_LANGUAGE, SPEECH_WORDS_BY_LANGUAGE,
} from './foreign.ts';

/** The words one article is read with. */
export interface LanguageProfile {
  /** BCP 47 primary tag the profile is for ("en", "de", or "other"). */
  language: string;
  /** Whether English capitalisation rules hold (names are the capitalised words). */
  english: boolean;
  /** Organisation head words, last or first ("Ministry", "Inc", "Stiftung"). */
  orgHeads: ReadonlySet<string>;
  /** Head words written before the name ("Banco …", "FC …", "Groupe …"). */
  leadingHeads: ReadonlySet<string>;
  /** Articles and prepositions that open a sentence before a name in the page's language. */
  leadingWords: ReadonlySet<string>;
  /** Role nouns next to a person's name. */
  roleWords: ReadonlySet<string>;
  /** Reporting words of the page's language (not English: English ones are in english.ts). */
  speechWords: readonly string[];
  /** Lower-case "and" of the page's language (not English). */
  and: ReadonlySet<string>;
  /** Whether German one-word compounds ("Landesregierung") are organisations. */
  germanCompounds: boolean;
}

/** Company heads written first that English text keeps as written ("Grupo Televisa"; club prefixes such as "FC" are added to every profile). */
const ENGLISH_LEADING_HEADS: readonly string[] = ['groupe', 'grupo', 'gruppo'];

function build(language: string, langs: readonly ForeignLanguage[]): LanguageProfile {
  const pick = (table: Readonly<Record<ForeignLanguage, readonly string[]>>): string[] => langs.flatMap((l) => table[l]);
  const leading = [...ENGLISH_LEADING_HEADS, ...CLUB_PREFIXES, ...pick(LEADING_HEADS_BY_LANGUAGE)];
  return {
    language,
    english: langs.length === 0,
    orgHeads: new Set([...ORG_HEADS, ...ORG_HEADS_OUTSIDE_MODEL, ...pick(ORG_HEADS_BY_LANGUAGE), ...leading]),
    leadingHeads: new Set(leading),
    leadingWords: new Set(pick(LEADING_WORDS_BY_LANGUAGE)),
    roleWords: new Set([...ROLE_WORDS, ...RULER_TITLES, ...pick(ROLE_WORDS_BY_LANGUAGE)]),
    speechWords: pick(SPEECH_WORDS_BY_LANGUAGE),
    and: new Set(langs.map((l) => AND_BY_LANGUAGE[l])),
    germanCompounds: langs.includes('de'),
  };
}

const PROFILES = new Map<string, LanguageProfile>([['en', build('en', [])]]);
for (const l of FOREIGN_LANGUAGES) PROFILES.set(l, build(l, [l]));
const OTHER = build('other', FOREIGN_LANGUAGES);

/** The English profile (also used when a page's language is unknown: most pages are English). */
export const ENGLISH: LanguageProfile = PROFILES.get('en')!;

/**
 * The profile of an article's language (`articles.language`): English when
 * the language is unknown, every foreign list for a language without one.
 */
export function profileFor(language: string | null | undefined): LanguageProfile {
  if (!language) return ENGLISH;
  return PROFILES.get(language.toLowerCase()) ?? OTHER;
}
