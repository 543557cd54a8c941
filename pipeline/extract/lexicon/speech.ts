/**
 * English speech cues (data only): the verbs and phrases that turn quoted
 * words into reported speech, read by the quote extractor. Curated from news
 * usage; every form a verb takes in attributions ("said", "says", "saying") is
 * listed so matching stays a simple lookup.
 *
 * How these differ from the verbs in english.ts: `REPORTING_VERBS` there is
 * the core (said, told …) and `SPEECH_VERBS` the finite verbs that are strong
 * evidence that the name next to them is an actor. `QUOTE_CUE_VERBS` here is
 * wider: every form, participles included, and weak cues ("found", "read",
 * "put", "went", "thought") that introduce a quote but are no evidence of an
 * actor, so the actor extractor must not read them.
 */
import { SPEECH_VERBS } from './english.ts';

/** Verb forms that introduce or follow quoted speech (a superset of english.ts REPORTING_VERBS). Lower case. */
export const QUOTE_CUE_VERBS: readonly string[] = [
  'said', 'says', 'say', 'saying',
  'told', 'tells', 'telling',
  'added', 'adds', 'adding',
  'stated', 'states', 'stating',
  'tweeted', 'tweets', 'tweeting', 'posted', 'posts', 'wrote', 'writes', 'writing',
  'argued', 'argues', 'arguing',
  'noted', 'notes', 'noting',
  'warned', 'warns', 'warning',
  'declared', 'declares', 'declaring',
  'described', 'describes', 'describing',
  'called', 'calls', 'calling',
  'asked', 'asks', 'asking',
  'answered', 'answers', 'replied', 'replies', 'responded', 'responds', 'retorted',
  'explained', 'explains', 'explaining',
  'insisted', 'insists', 'insisting',
  'claimed', 'claims', 'claiming',
  'continued', 'continues',
  'concluded', 'concludes', 'concluding',
  'acknowledged', 'acknowledges', 'admitted', 'admits', 'conceded', 'concedes',
  'announced', 'announces', 'announcing',
  'observed', 'observes', 'remarked', 'remarks', 'commented', 'comments',
  'recalled', 'recalls', 'recalling',
  'suggested', 'suggests', 'suggesting',
  'believed', 'believes', 'thinks', 'thought',
  'urged', 'urges', 'urging',
  'pledged', 'pledges', 'promised', 'promises', 'vowed', 'vows',
  'accused', 'accuses', 'accusing',
  'criticized', 'criticised', 'criticizes', 'criticises',
  'denied', 'denies', 'denying', 'dismissed', 'dismisses',
  'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'stressed', 'stresses',
  'found', 'finds', 'determined',
  'reported', 'reports', 'reporting', 'revealed', 'reveals',
  'testified', 'testifies', 'confirmed', 'confirms',
  'predicted', 'predicts', 'estimated', 'estimates',
  'labeled', 'labelled', 'branded', 'termed',
  'shouted', 'shouts', 'yelled', 'screamed', 'ordered', 'exclaimed', 'cried', 'whispered', 'chanted', 'chant', 'chants',
  'sang', 'sings', 'sing', 'singing',
  'quipped', 'joked', 'jokes', 'laughed', 'mused', 'sighed',
  'agreed', 'agrees', 'disagreed', 'disagrees',
  'complained', 'complains', 'lamented', 'laments',
  'assured', 'assures', 'assuring',
  'hoped', 'hopes',
  'welcomed', 'welcomes', 'praised', 'praises', 'condemned', 'condemns',
  'rejected', 'rejects', 'slammed', 'slams', 'blasted', 'blasts', 'hailed', 'hails', 'depicted', 'depicts', 'characterized', 'characterised',
  'alleged', 'alleges', 'charged', 'charges',
  'read', 'reads', 'reading',
  'put', 'puts', 'recounted', 'recounts', 'detailed', 'details',
  'maintained', 'maintains', 'contended', 'contends', 'countered', 'counters',
  'indicated', 'indicates', 'signaled', 'signalled',
  'pointed', 'points', 'summed', 'sums', 'went', 'goes',
  'cautioned', 'cautions', 'advised', 'advises',
  'demanded', 'demands', 'requested', 'requests',
  'captioned',
  'pointing', 'citing', 'quoting', 'referring',
  ...SPEECH_VERBS,
];

/** Phrases that put the source after them, anywhere in the sentence ("according to X", "as quoted by X"). Lower case. */
export const SOURCE_FIRST_PHRASES: readonly string[] = ['according to', 'as quoted by', 'as reported by', 'as told to'];

/**
 * Verbs of memory and perception that take a speaker as object before a
 * participle of speech ("recalled the mayor telling staff …", "heard him say",
 * "quoted the minister as saying"): the object, not the subject, said the
 * quoted words. Lower case.
 */
export const RELAY_VERBS: readonly string[] = ['recalled', 'recalls', 'recall', 'remembered', 'remembers', 'remember', 'heard', 'hears', 'hear',
  'quoted', 'quotes', 'quote', 'cited', 'cites', 'overheard', 'saw', 'sees', 'watched', 'watches', 'described', 'describes', 'recounted', 'recounts'];

/** Phrases that introduce a source before a colon and the quote ("In the words of X: “…”"). Lower case. */
export const INTRO_PHRASES: readonly string[] = ['in the words of', 'to quote', 'quoting'];

/** Words meaning "a source is speaking" when the verb follows a preposition ("From X:"). */
export const BLOCK_INTRO_PREPOSITIONS: readonly string[] = ['from', 'via', 'per'];

/**
 * Verbs that, placed right before a quote, name rather than report it
 * ("titled “…”"); a quote after them is a title, not speech.
 */
export const TITLE_VERBS: readonly string[] = ['titled', 'entitled', 'headlined', 'named', 'nicknamed', 'dubbed', 'known as', 'so-called', 'so called', 'hashtag', 'the word', 'the term', 'the phrase', 'the slogan',
  'the formula', 'the motto', 'the mantra', 'the catchphrase', 'the watchword', 'the nickname',
  'words such as', 'words like', 'terms such as', 'terms like', 'phrases such as', 'phrases like'];

/**
 * Words that mark a sentence as reported speech or stance even where no
 * subject can be read next to them ("X endorsed Y, saying he “…”",
 * "Y bemoaned a climate in which people “…”", "his call for “…”"). A short
 * quoted fragment in such a sentence is a partial quote, not a scare quote.
 * Lower case; general English news vocabulary (verbs of speaking, judging
 * and naming, and the nouns for an utterance).
 */
export const SENTENCE_CUES: readonly string[] = [
  ...QUOTE_CUE_VERBS,
  'say', 'tell', 'call', 'refer', 'referred', 'refers', 'describe', 'argue', 'claim', 'insist', 'warn', 'promise', 'vow', 'boast',
  'boasted', 'boasts', 'bragged', 'brags', 'touted', 'touts', 'groused', 'grumbled', 'bemoaned', 'bemoans', 'decried', 'decries',
  'derided', 'derides', 'mocked', 'mocks', 'mocking', 'ridiculed', 'insulted', 'lambasted', 'scolded', 'chided', 'berated',
  'blamed', 'blames', 'blaming', 'thanked', 'thanks', 'congratulated', 'apologized', 'apologised', 'conceded', 'cautioned',
  'predicted', 'projected', 'projects', 'forecast', 'speculated', 'wondered', 'questioned', 'challenged', 'defended', 'defends',
  'attacked', 'attacks', 'attacking', 'accusing', 'dubbed', 'labeling', 'labelling', 'branding', 'identified', 'portrayed',
  'characterizing', 'characterising', 'describing', 'promising', 'vowing', 'pledging', 'warning', 'urging', 'insisting',
  'stating', 'declaring', 'arguing', 'claiming', 'joked', 'joking', 'quipped', 'teased', 'hinted', 'implied', 'implying',
  'acknowledging', 'admitting', 'conceding', 'complaining', 'lamenting', 'demanding', 'suggesting', 'explaining', 'recalling',
  'announcing', 'reiterated', 'repeated', 'echoed', 'echoing', 'countering', 'responding', 'replying',
  'endorsed', 'endorsing', 'praising', 'condemning', 'criticizing', 'criticising', 'slamming', 'blasting', 'hailing',
  'pitched', 'pitching', 'framed', 'framing', 'pushed', 'touting', 'boasting', 'bragging', 'decrying', 'deriding',
  'statement', 'statements', 'remarks', 'interview', 'speech', 'tweet', 'tweets', 'post', 'op-ed', 'letter', 'email',
  'memo', 'testimony', 'call', 'calls', 'promise', 'promises', 'pledge', 'vow', 'claim', 'claims', 'comments',
  'words', 'told', 'according',
  // Verbs of saying aloud and of asserting, in the forms news uses around a short quote ("chanting “…”", "Ann Ross interjected, “…”").
  'shouting', 'yelling', 'screaming', 'chanting', 'crying', 'cheering', 'jeered', 'jeering', 'booed', 'barked', 'snapped', 'interjected',
  'interrupted', 'exclaiming', 'proclaimed', 'proclaims', 'proclaiming', 'asserted', 'asserts', 'asserting', 'assertion', 'heralded',
  'hailing', 'assailed', 'denounced', 'denounces', 'denouncing', 'applauded', 'lauded', 'referenced', 'counter', 'elaborated',
  'remark', 'comment', 'announce', 'declare', 'insisted', 'retorted', 'scoffed', 'fumed', 'ranted', 'railed', 'pleaded', 'begged',
];

/**
 * Phrases that make the speech after them hypothetical or fictional ("as a
 * famous detective would say, “…”", "as the saying goes"): not a quotation of
 * anyone. Lower case; matched at the end of the text before the quote.
 */
export const HYPOTHETICAL_CUES: readonly string[] = [
  'would say', 'would have said', 'might say', 'could say', 'would put it', 'might put it', 'would ask', 'might ask',
  'would tell you', 'the saying goes', 'as they say', 'as the saying has it', 'the old saying', 'the proverb', 'the adage',
];

/** Verb forms that are also common nouns ("the reports", "two claims"): a verb only after a subject. */
export const NOUN_LIKE_CUE_VERBS: ReadonlySet<string> = new Set(['reports', 'states', 'notes', 'calls', 'points', 'comments', 'remarks', 'claims', 'charges',
  'demands', 'details', 'fears', 'hopes', 'posts', 'tweets', 'reads', 'read', 'put', 'puts', 'order', 'ordered',
  'requests', 'promises', 'vows', 'pledges', 'answers', 'replies', 'estimates', 'warning', 'reading', 'writing', 'found',
  'goes', 'went', 'thought', 'believed', 'sing', 'say', 'tell', 'reporting', 'calling', 'describing', 'saying', 'adding',
  'noting', 'stating', 'warning', 'arguing', 'telling', 'asking', 'insisting', 'claiming', 'concluding', 'announcing',
  'recalling', 'suggesting', 'urging', 'accusing', 'denying', 'assuring', 'singing', 'declaring', 'explaining',
]);

/** Auxiliaries of the passive ("was told"): the subject before them is not the speaker. */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', 'get', 'got', 'gets']);

/** Words before a noun-like cue verb that make it a noun ("the reports", "news reports"), not a verb. */
export const CUE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'two', 'three', 'several', 'some', 'many', 'his', 'her', 'its',
  'their', 'our', 'my', 'your', 'these', 'those', 'this', 'that', 'critical', 'new', 'recent', 'previous', 'earlier',
  'to', 'of', 'in', 'for', 'with', 'by', 'on', 'at', 'and', 'or', 'news', 'media', 'press', 'daily', 'weekly']);
