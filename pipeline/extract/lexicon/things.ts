/**
 * Words for things that are neither people nor organisations (English):
 * events and awards, facilities, works and products, academic fields,
 * datasets, fictional characters, and the last words of names of things
 * named after people. Data only; split from `english.ts`, which keeps the
 * words about people, roles, speech and organisations.
 */

/**
 * Last words that make a capitalised name a thing, not a person, even when it opens with a given name ("Nora Vale
 * Statue", "Ida Brand Farm", "the Oskar Lund Medal", all made up): kinds of monuments, estates, awards, events, works,
 * vehicles and breeds, keyed by concept. Read with FACILITY_WORDS, WORK_NOUNS and EVENT_WORDS by
 * `actors/places.ts` `thingShapedName`, which also ignores any of them that is a frequent census surname. Kept
 * apart from NON_PERSON_LAST_WORDS, which the name model reads as a feature (a change there means retraining it).
 */
export const THING_LAST_WORDS_BY_CONCEPT: Readonly<Record<string, readonly string[]>> = {
  monument: ['statue', 'statues', 'monument', 'memorial', 'tomb', 'mausoleum', 'shrine', 'chapel', 'basilica', 'synagogue', 'fortress', 'gate', 'arch', 'obelisk'],
  structure: ['lighthouse', 'pier', 'wharf', 'tunnel', 'highway', 'motorway', 'mill', 'mall'],
  estate: ['farm', 'ranch', 'estate', 'gardens', 'cottage', 'orchard'],
  nature: ['canyon', 'glacier', 'volcano'],
  award: ['medal', 'medals', 'trophy', 'scholarship', 'laureateship'],
  event: ['olympiad', 'paralympics', 'draft', 'parade', 'carnival', 'tour', 'regatta', 'jubilee', 'experience'],
  work: ['mysteries', 'chronicles', 'diaries', 'diary', 'stories', 'tales', 'adventures', 'memoirs', 'sonata', 'symphony', 'concerto', 'requiem', 'theorem', 'paradox', 'syndrome', 'hypothesis', 'equation', 'effect'],
  vehicle: ['truck', 'rifle', 'locomotive', 'express', 'tablet', 'carbine', 'revolver'],
  breed: ['sheepdog', 'terrier', 'spaniel', 'retriever', 'hound'],
};

/** The words of THING_LAST_WORDS_BY_CONCEPT, all concepts together. */
export const THING_LAST_WORDS: ReadonlySet<string> = new Set(Object.values(THING_LAST_WORDS_BY_CONCEPT).flat());

/** Names of competitions and events that look like organisations but are not actors. */
export const NON_ACTOR_NAMES: ReadonlySet<string> = new Set([
  'champions league', 'uefa champions league', 'premier league', 'europa league', 'world cup', 'fifa world cup',
  'olympics', 'olympic games', 'winter olympics', 'summer olympics', 'paralympics', 'super bowl', 'world series',
  'grand prix', 'world economic forum annual meeting', 'belt and road initiative', 'belt and road',
]);

/** Last words that make an organisation-looking run a facility, not an actor ("Tarrow Assembly Facility"). */
export const FACILITY_WORDS: ReadonlySet<string> = new Set([
  'facility', 'plant', 'complex', 'airport', 'base', 'station', 'stadium', 'arena', 'building', 'tower', 'bridge',
  'park', 'square', 'terminal', 'port', 'dam', 'mall', 'campus',
]);

/** Words that make an organisation-looking run an event, a prize or a competition ("Academy Award for Best …"). */
export const EVENT_WORDS: ReadonlySet<string> = new Set([
  'award', 'awards', 'prize', 'prizes', 'festival', 'conference', 'summit', 'championship', 'championships',
  'cup', 'games', 'olympics', 'series', 'season', 'election', 'elections', 'expo', 'fair', 'gala', 'marathon',
  'tournament', 'open', 'classic', 'bowl', 'derby', 'grand', 'week', 'day', 'event', 'show', 'exhibition',
  'convention', 'talks', 'ceremony', 'concert',
]);

/**
 * Event words that are also plain adjectives: an event only as a name's last
 * word ("the Harbour Open", "the Autumn Classic"), an adjective elsewhere
 * ("Open Harbour Society", "Fair Tide Foundation", "Grand Lodge of …").
 */
export const EVENT_ADJECTIVES: ReadonlySet<string> = new Set(['open', 'grand', 'classic', 'fair']);

/** Nouns for works and products: a capitalised run right after one ("the film Match Day") or before one ("the Star Quest franchise") names a work or a product, not an actor. */
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  'film', 'films', 'movie', 'movies', 'novel', 'novels', 'book', 'books', 'series', 'show', 'shows', 'sitcom', 'play', 'opera',
  'album', 'albums', 'song', 'songs', 'single', 'game', 'games', 'franchise', 'saga', 'trilogy', 'sequel', 'prequel', 'console',
  'comic', 'comics', 'musical', 'documentary', 'episode', 'painting', 'poem', 'headset', 'smartphone', 'app', 'browser',
]);

/** Last words of academic fields and schools of thought ("Clinical Psychology", "Frame Semantics"): never a person's name. */
export const FIELD_WORDS: ReadonlySet<string> = new Set([
  'psychology', 'psychiatry', 'grammar', 'semantics', 'linguistics', 'studies', 'science', 'sciences', 'economics',
  'sociology', 'anthropology', 'philosophy', 'theology', 'mathematics', 'physics', 'chemistry', 'biology', 'medicine',
  'engineering', 'history', 'literature', 'theory', 'research', 'education', 'management', 'humanities',
]);

/** Last words of names of surveys, indexes and studies: a dataset or a document, not a body ("Household Travel Survey", "Citation Index"). */
export const DATASET_LAST_WORDS: ReadonlySet<string> = new Set(['survey', 'surveys', 'census', 'index', 'study', 'studies', 'dataset', 'database']);

/** Nouns that introduce a fictional character's name ("the character Grimbold", "the protagonist Lira Vance"): a character is not an actor. */
export const CHARACTER_NOUNS: ReadonlySet<string> = new Set(['character', 'characters', 'protagonist', 'protagonists', 'antagonist', 'villain', 'heroine', 'sidekick']);
