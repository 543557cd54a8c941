/**
 * Reporting verbs and cues of languages other than English that the quote
 * readers use (data only), keyed by language. The Romance and German verbs
 * live in the shared lexicon (lexicon/foreign.ts) and are imported from
 * there, not repeated.
 */
import { SPEECH_WORDS_BY_LANGUAGE } from './foreign.ts';

/** Speech words of every language the shared lexicon profiles. */
const FOREIGN_SPEECH_WORDS: readonly string[] = Object.values(SPEECH_WORDS_BY_LANGUAGE).flat();

/** Words of FOREIGN_SPEECH_WORDS that mean "according to" and put the source after them, not reporting verbs. */
const ACCORDING_TO_WORDS = new Set(['segundo', 'según', 'laut', 'selon', 'secondo']);

/** Russian reporting verbs (past tense, masculine, feminine and plural): «…», – заявил министр. */
const RUSSIAN: readonly string[] = `
сказал сказала сказали заявил заявила заявили отметил отметила отметили сообщил сообщила сообщили
подчеркнул подчеркнула подчеркнули добавил добавила добавили пояснил пояснила пояснили ответил ответила ответили
написал написала написали говорит говорят считает считают уточнил уточнила признал признала
`.trim().split(/\s+/u);

/** Single-word reporting verbs of other languages, lower case. */
export const FOREIGN_REPORTING_VERBS: readonly string[] = [
  // "a déclaré", "ha detto": the participle is the cue; the auxiliary before it is skipped (FOREIGN_AUXILIARIES).
  ...FOREIGN_SPEECH_WORDS.filter((w) => !ACCORDING_TO_WORDS.has(w)).map((w) => w.split(' ').pop()!),
  ...RUSSIAN,
];

/** Auxiliaries of compound past tenses that stand before a reporting verb after a quote (« … », a déclaré X). */
export const FOREIGN_AUXILIARIES: readonly string[] = ['a', 'ont', 'ha', 'han', 'hanno', 'hat', 'haben'];

/** Prepositions of other languages that end a speaker's phrase ("Klaus Wendt am Montag", "министр на встрече"). */
export const FOREIGN_PREPOSITIONS: readonly string[] = [
  'am', 'im', 'vom', 'beim', 'zum', 'zur', 'bei', 'nach', 'auf', 'mit', 'dans', 'sur', 'lors', 'durante', 'nel', 'nella',
  'на', 'в', 'во', 'с', 'со', 'по', 'после', 'перед', 'для', 'при',
];

/** Japanese and Chinese cues right after a closing mark (「…」と述べた, 「…」と語った, “…”他说): the quote is reported speech. */
export const CJK_CUE_AFTER = /^\s*[、，,]?\s*(?:と(?:述べ|語っ|話し|言っ|説明し|強調し|指摘し|明かし|訴え|主張し|発表し)|(?:他|她|他们)?(?:说|表示|指出|强调))/u;
