/**
 * Words about speakers that the speaker clean-up needs (data only, English,
 * lower case): general news vocabulary, not strings of any one article.
 */

/** Lower-case words that can trail a speaker's name without being part of it ("Ross himself", "officials too"). */
export const SPEAKER_TAIL_WORDS: readonly string[] = [
  'himself', 'herself', 'themselves', 'itself', 'however', 'too', 'also', 'though', 'then', 'now', 'again', 'instead',
  'alone', 'later', 'earlier', 'once', 'still', 'yet', 'even', 'first', 'last', 'previously', 'recently', 'today',
  'yesterday', 'tonight', 'separately', 'meanwhile', 'similarly', 'likewise', 'further', 'initially', 'immediately',
];

/** Words that cannot open a description of an unnamed source ("for example", "even she", "they need …"). */
export const NOT_DESCRIPTION_STARTS: readonly string[] = [
  'for', 'to', 'of', 'in', 'on', 'at', 'by', 'with', 'from', 'as', 'that', 'this', 'these', 'those', 'even', 'just',
  'only', 'also', 'and', 'or', 'but', 'if', 'when', 'while', 'said', 'says', 'he', 'she', 'they', 'it', 'we', 'i', 'you',
  'who', 'which', 'what', 'not', 'no', 'so', 'then', 'there', 'here', 'about', 'after', 'before',
];

/**
 * Plural nouns for people who speak as an unnamed group ("government
 * officials", "analysts", "two sources"): a null speaker with a description.
 */
export const UNNAMED_GROUP_NOUNS: readonly string[] = [
  'officials', 'analysts', 'experts', 'critics', 'sources', 'aides', 'advisers', 'advisors', 'observers', 'insiders',
  'residents', 'witnesses', 'protesters', 'demonstrators', 'supporters', 'opponents', 'voters', 'activists', 'diplomats',
  'lawmakers', 'legislators', 'strategists', 'operatives', 'economists', 'researchers', 'scientists', 'doctors',
  'people', 'members', 'staffers', 'employees', 'workers', 'students', 'parents', 'locals', 'neighbors', 'neighbours',
];
