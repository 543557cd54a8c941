/**
 * Thresholds of the quote extractor (data only). Each value says where it
 * came from; they were set on the dev gold (bench-dev, 18 articles) and the
 * CDT seed, then checked not to hinge on any single article.
 */

/**
 * A quoted span with no speech act and at most this many words is a term or
 * scare quote ("normal", “real Xinjiang”), not a quote. Gold partial quotes
 * with a cue are often one word ("concerned"), so this only applies when no
 * attribution was found.
 */
export const MAX_TERM_WORDS = 4;

/**
 * A quote with no attribution is kept (as a floating quote) only when it has
 * at least this many words: whole sentences of speech, not names or labels.
 * Dev gold unattributed quotes are full sentences of 5+ words.
 */
export const MIN_FLOATING_WORDS = 5;

/**
 * A quoted fragment that starts in lower case and has at least this many
 * words is kept as a partial quote even when its sentence has no speech cue:
 * on PolNeAR train such fragments of 6+ words are quotations 58 times in 69
 * (at 5 words, 9 in 13; at 1-4 words about half are scare quotes and terms).
 */
export const MIN_FRAGMENT_WORDS = 6;

/**
 * Longest text between two parts of a split quote ("…,” she said. “…”) that
 * can be an attribution clause (one sentence, no inner sentence end): dev
 * gold joins clauses of up to ~25 words (an invented example: "Ross told
 * Tom Vale, repeatedly calling for an explanation of how …"); 30 leaves a margin.
 */
export const MAX_SPLIT_CLAUSE_WORDS = 30;

/**
 * Longest clause with no closing punctuation that still joins two parts of a
 * quote when it ends on its reporting verb ("“…,” she said “…”"). Longer
 * ones end on a verb of their own report ("Cruz replied, before adding that
 * he thinks “…”"). On PolNeAR train the bare clauses that join are 2–3 words.
 */
export const MAX_BARE_CLAUSE_WORDS = 3;

/** A paragraph with no final punctuation and at most this many words is a heading; quotes in it are headlines. */
export const MAX_HEADING_WORDS = 16;

/** How many paragraphs back a pronoun ("he said") may look for the person it stands for. */
export const PRONOUN_LOOKBACK_PARAGRAPHS = 3;

/**
 * A quote in Title Case of at most this many words is the name of a work or
 * thing (“War & Peace”, “I’d Do Anything”), not speech, unless a colon or a
 * reporting verb introduces it. Titles in the dev gold are 1–6 words.
 */
export const MAX_TITLE_WORDS = 7;

/**
 * A quote left open at the end of a paragraph may continue past at most this
 * many caption lines (embedded tweet credits like "— Club (@club) May 1,
 * 2019") to the next paragraph that opens with a mark (dev page 92101975).
 */
export const MAX_INTERRUPTIONS = 2;

/** Longest caption line (in words) a continuing quote may skip; tweet credits are ≤ 10 words. */
export const MAX_INTERRUPTION_WORDS = 12;

/**
 * How many characters of the quote's sentence, before and after it, are read
 * for its attribution. Dev and seed attributions sit within ~220 characters
 * of their quote ("Liu Minghao, a spokesman for the Peruvian mission at the UN,
 * said the UN body report was “…"); run-on text beyond that is not read.
 */
export const ATTRIBUTION_WINDOW = 320;

/**
 * Longest description of an unnamed source kept in speaker_description
 * (words). PolNeAR train descriptions run to about 11 words ("a senior
 * official who spoke on condition of anonymity"); longer lower-case phrases
 * read as speakers are clauses read by mistake.
 */
export const MAX_DESCRIPTION_WORDS = 12;

/**
 * Longest credit line after a quote paragraph ("— Name, role, in a post on
 * date"), in words: a name, a role and a date; longer paragraphs opening with
 * a dash are the writer's own text.
 */
export const MAX_CREDIT_LINE_WORDS = 25;
