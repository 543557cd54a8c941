/**
 * Word lists for the ambiguity rules (ambiguous-names.ts, person-names.ts,
 * georgia-rule.ts, text-facts.ts) and for reading names in context
 * (context.ts). Data only; matched against lower-cased words unless the name
 * says otherwise. Chosen by hand from English news usage, not from any one page.
 */

import { US_STATE_NAMES } from '../lexicon/places.ts';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/**
 * Capitalised words that may precede a country name without being a given
 * name ("In Jordan", "The Jordan", "President Chad" is not a thing but
 * "Neighbouring Chad" is). Matched case-sensitively.
 */
export const CAPITALISED_FUNCTION_WORDS = set(`
  In At To From For With By On Of And Or But The A An As Both Neither Either While When Since After Before
  Unlike Like Across Including Neighbouring Neighboring Northern Southern Eastern Western Central Visit
  Did Does Do Is Was Has Had Have Why How Where What If Only Even Also Then Now Meanwhile However Yet
  Today Yesterday Tomorrow Recently Last Next Earlier Later Still Instead Unlike Inside Outside Against
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday
  So Here There Thus Hence Indeed Perhaps Although Though Because Whether Until Once Under Over Through Within
  Without Despite Amid Among Between During Following Per Than That This These Those It He She They We I You
  Why Who Whom Whose Which Not No Yes Nor Ask Asked Told Said Says
  North South East West Upper Lower Greater Mid Northeast Northwest Southeast Southwest Northeastern
  Northwestern Southeastern Southwestern
`);

/**
 * Words right after "Georgia" (or "Georgia's") that make it the US state
 * ("Georgia voters", "Georgia's governor", "Georgia Republicans").
 */
export const GEORGIA_STATE_NEXT = set(`
  gov. governor legislature senate house republican republicans democrat democrats democratic voters voter
  county counties tech bulldogs power peach state sheriff district primary runoff secretary attorney
  lawmakers legislators lawmaker election elections senator senators congressman congresswoman delegation
`);

/**
 * Words in the clause around "Georgia" that point to the US state (a narrower
 * list than {@link GEORGIA_STATE_NEXT}: "election" or "parliament" occur in
 * both readings).
 */
export const GEORGIA_STATE_NEAR = set(`
  governor gov. senator senators congressman congresswoman legislature county counties sheriff republican
  republicans democrat democrats gop
`);

/** Words in the clause around "Georgia" that point to the country (besides {@link GEORGIA_COUNTRY_CUES}). */
export const GEORGIA_COUNTRY_NEAR = new Set(['Soviet', 'Russia', 'Russian', 'Moscow', 'Kremlin', 'Ukraine', 'NATO', 'EU', 'Georgian', 'Georgians']);

/** Words before "Georgia" that make it the US state ("state of Georgia", "Gov.", "Atlanta, Georgia"). */
export const GEORGIA_STATE_BEFORE = set(`state governor Gov. Atlanta Savannah Augusta Macon Athens Columbus`);

/** Words anywhere in the text that support the US-state reading of "Georgia" (cities and counties). */
export const GEORGIA_STATE_TEXT_CUES = set(`
  Atlanta Savannah Augusta Macon Fulton Cobb DeKalb Gwinnett Ga. R-Ga. D-Ga. Kemp Raffensperger Ossoff Warnock
`);

/** Words in the text that support Georgia the country (Caucasus context); "Georgian" is counted separately. */
export const GEORGIA_COUNTRY_CUES = set(`
  Tbilisi Caucasus Abkhazia Ossetia Batumi Kutaisi Armenia Azerbaijan Sakartvelo Saakashvili Ivanishvili
  Kobakhidze Zourabichvili Kavelashvili
`);

/** The 50 US states except Georgia and Washington, one-word names; any of them in the text supports the state reading of "Georgia". */
export const US_STATES: ReadonlySet<string> = new Set(US_STATE_NAMES.filter((n) => !n.includes(' ') && n !== 'Georgia' && n !== 'Washington'));

/** Words that place a name as a country rather than a person ("in Chad", "Chad's government"). */
export const COUNTRY_PREPOSITIONS = set(`
  in to from of across into within throughout neighbouring neighboring visit visited visiting against
  with between
`);

/** Words after "Turkey" that make it the bird, not the country ("Turkey dinner"). */
export const TURKEY_FOOD_WORDS = set(`
  dinner dinners sandwich sandwiches breast breasts leg legs burger burgers meat farm farms farmer farmers
  roast roasted stuffing gravy recipe recipes bacon hunting hunters feathers gobble carving carved fryer fryers
  pardon pardoned pardoning trot trots day talk-line hotline drumstick drumsticks
`);

/** Words before "Turkey" that make it the bird ("Thanksgiving Turkey", "Roast Turkey"). */
export const TURKEY_BIRD_BEFORE = set(`
  thanksgiving christmas roast roasted wild smoked stuffed fried frozen whole butterball heritage organic
  brined carved
`);

/** Nouns after a possessive that show a country rather than a person ("Chad's president", "Jordan's capital"). */
export const COUNTRY_NOUNS = set(`
  president king queen monarch capital border borders army military government parliament prime foreign economy
  people population neighbours neighbors embassy ambassador officials authorities regime ministry troops
`);

/**
 * Country names that are also common given names: followed by a capitalised
 * word they are a person ("Jordan Peterson", "Chad Brennan", "Cuba Gooding").
 * Matched case-sensitively. Kenya, Jamaica, India are left out: "Kenya
 * Airways", "Jamaica Observer", "India Today" are far more frequent in news
 * than people of those names.
 */
export const GIVEN_NAME_COUNTRIES = new Set(['Jordan', 'Chad', 'Georgia', 'Cuba']);

/**
 * Country names that are also common surnames: after a capitalised given
 * name they are a person ("Michael Jordan", "Tom Holland", "Jimmy Wales",
 * "Mark Israel").
 */
export const SURNAME_COUNTRIES = new Set(['Jordan', 'Chad', 'Georgia', 'Holland', 'Israel', 'England', 'Wales']);

/** Reporting verbs that, right before a name and with nothing after it, make it the speaker ("… said Jordan."). */
export { REPORTING_VERBS } from '../lexicon/english.ts';

/**
 * Bare names shared by two countries: the usual reading (the alias table's
 * country), and the other country, read instead in a text that names the
 * other one explicitly but never the usual one ("Korea" in a text about North
 * Korea only; "Congo" in a text about the Republic of the Congo only).
 */
export const BARE_SHARED_NAMES: Readonly<Record<string, { usual: string; other: string }>> = {
  Korea: { usual: 'KR', other: 'KP' },
  Korean: { usual: 'KR', other: 'KP' },
  Koreans: { usual: 'KR', other: 'KP' },
  Congo: { usual: 'CD', other: 'CG' },
  Congolese: { usual: 'CD', other: 'CG' },
  Dominican: { usual: 'DO', other: 'DM' },
  Dominicans: { usual: 'DO', other: 'DM' },
};
