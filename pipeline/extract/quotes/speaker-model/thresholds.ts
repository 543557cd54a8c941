/**
 * Settings of the speaker model (data only), each with where its value came from.
 */

/**
 * Most candidates weighed per quote, the rule's answer first, then in the
 * order they are met (nearest paragraphs last). On PolNeAR train, quotes
 * have a median of 4 candidates within the look-back; 12 keeps every
 * candidate of 99% of quotes while bounding the work on long lists of names.
 */
export const MAX_CANDIDATES = 12;

/**
 * How far back (in characters) candidates are gathered, besides the
 * paragraph look-back of the rules (PRONOUN_LOOKBACK_PARAGRAPHS): bounds the
 * work on a paragraph of thousands of quotes. Three news paragraphs are
 * about 1,500 characters; on PolNeAR train the bound changes no choice.
 */
export const LOOKBACK_CHARS = 2000;

/** How far after the quote (in characters, within its sentence) candidates are gathered: an attribution after a quote is one clause (~30 words). */
export const LOOKAHEAD_CHARS = 300;

/**
 * How much higher than the rule's answer another candidate must score to
 * replace it (in log-odds). Chosen on PolNeAR train by 5-fold
 * cross-validation over articles among 0, 0.5, 1, 1.5 and 2 (README.md).
 */
export const OVERRIDE_MARGIN = 0;

/**
 * Training: full-batch gradient descent on the conditional log-likelihood,
 * a fixed number of rounds at a fixed step, with an L2 penalty. No
 * randomness, so retraining on the same data gives the same weights.
 * Values compared on PolNeAR train by 5-fold cross-validation over
 * articles (300 rounds 0.860, 600 rounds 0.859, L2 0.005 0.858: flat, so
 * the cheaper); dev was never used for them.
 */
export const TRAIN_ROUNDS = 300;
export const LEARNING_RATE = 0.5;
export const L2_PENALTY = 0.0005;
/** Weights are written rounded to this many decimals, so the committed file is stable. */
export const WEIGHT_DECIMALS = 4;
