/**
 * English words around a single name that say it names a person (data
 * only; read by `../actors/lone-names.ts`). General English, not drawn from
 * any page: verbs whose subject is a living person.
 */

/**
 * Verbs (past tense and present third person) whose subject is a person, not a
 * place, a product or a company: "Vaskerud died", "Vaskerud smiles". Verbs a
 * company or a treaty also takes ("came", "wants", "called", "played") are left
 * out; the core reporting verbs are in `english.ts` REPORTING_VERBS.
 */
export const PERSON_SUBJECT_VERBS: ReadonlySet<string> = new Set([
  'died', 'dies', 'married', 'marries', 'was born', 'smiled', 'smiles', 'laughed', 'laughs', 'cried', 'nodded', 'nods',
  'shrugged', 'shrugs', 'sighed', 'sighs', 'grinned', 'grins', 'frowned', 'frowns', 'whispered', 'whispers',
  'shouted', 'shouts', 'yelled', 'yells', 'felt', 'wondered', 'wonders', 'realized', 'realised', 'remembered',
  'studied', 'graduated', 'retired', 'resigned', 'wept', 'slept', 'woke', 'walked', 'knew', 'hoped', 'taught',
  'painted', 'composed', 'starred', 'sang', 'testified',
]);

/** Pronouns that refer to a person (third person singular): what a text calls a person it named. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'his', 'her', 'him', 'himself', 'herself', 'hers']);

/** Pronouns that refer to a thing, a place or a body: what a text calls a company, a town or a product it named. */
export const THING_PRONOUNS: ReadonlySet<string> = new Set(['it', 'its', 'itself']);

/**
 * Titles of monarchs and rulers that come before a name ("Tsar Ivo", "Shah
 * Rostam", made up), beyond the "king", "queen", "emperor" and "pope" of
 * `english.ts` ROLE_WORDS: a complete public category (the ruler titles of
 * Wikipedia's "List of noble and royal titles"). Kept out of ROLE_WORDS,
 * which the name model reads as a feature, so the model needs no retraining;
 * the English profile's role words (`profile.ts`) include them.
 */
export const RULER_TITLES: ReadonlySet<string> = new Set([
  'empress', 'tsar', 'tsarina', 'czar', 'czarina', 'kaiser', 'shah', 'sultan', 'sultana', 'emir', 'caliph',
  'pharaoh', 'maharaja', 'maharajah', 'maharani', 'shogun', 'khedive', 'negus',
]);

/**
 * Ranks of nobility written before "of <place>" ("Earl of Tarrowmere", made
 * up): a complete public category, the five ranks of the peerage of the
 * United Kingdom (duke, marquess, earl, viscount, baron) with their female
 * forms, the continental count and marquis, and the baronet. Not person
 * names: "<rank> of <place>" is a title, not a given name with a designation
 * (read by `../actors/name-cues.ts`).
 */
export const NOBLE_RANKS: ReadonlySet<string> = new Set([
  'duke', 'duchess', 'marquess', 'marchioness', 'marquis', 'marquise', 'earl', 'countess', 'count', 'viscount',
  'viscountess', 'baron', 'baroness', 'baronet', 'lord', 'lady',
]);

/**
 * Nouns for a human being or a deity that may stand right before a single
 * name ("the woman Ysolde", "the god Tarvos", made up), beside the kinship and
 * occupation nouns of `english.ts` and `occupations.ts`: general English (read
 * by `../actors/name-context.ts` nounBeforeName).
 */
export const BEING_NOUNS: ReadonlySet<string> = new Set([
  'man', 'woman', 'boy', 'girl', 'lady', 'gentleman', 'guy', 'kid', 'child', 'baby', 'god', 'goddess', 'deity',
  'prophet', 'apostle', 'hero', 'heroine', 'giant', 'titan', 'demigod',
]);

/**
 * Names of the weekdays and the months in English (a complete category):
 * capitalised inside a sentence, they open a capitalised run before a name
 * ("around November Ysolde left", made up) without being part of it. Those
 * that are also given names ("May", "June", "April", "August") are told
 * apart by the caller (`../actors/classify.ts`).
 */
export const CALENDAR_NAMES: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
