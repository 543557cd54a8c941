/**
 * Words that end a newspaper's title and, written alone after "the", name
 * that newspaper ("the Times reported", "the Herald's editor"): the short
 * form a text uses once the paper is known, or for a paper everyone knows
 * (data only; read by `../actors/kind-cues.ts` `newspaperTitle`). Not
 * "post", "news", "journal", "sun", "nation" or "independent": alone they
 * are as often something else (a post, the news, the sun, a political
 * independent).
 */
export const NEWSPAPER_TITLE_WORDS: ReadonlySet<string> = new Set([
  'times', 'herald', 'tribune', 'gazette', 'chronicle', 'inquirer', 'examiner', 'telegraph', 'guardian',
]);
