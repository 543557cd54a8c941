/**
 * Reporting verbs and phrases (data only): the cues that turn quoted words
 * into reported speech. Curated from news usage; every form a verb takes in
 * attributions ("said", "says", "saying") is listed so matching stays a
 * simple lookup.
 */

/** Verb forms that introduce or follow quoted speech. Lower case. */
export const REPORTING_VERBS: readonly string[] = [
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
];

/** Phrases that put the source after them, anywhere in the sentence ("according to X", "as quoted by X"). Lower case. */
export const SOURCE_FIRST_PHRASES: readonly string[] = ['according to', 'as quoted by', 'as reported by', 'as told to'];

/** Phrases that introduce a source before a colon and the quote ("In the words of X: “…”"). Lower case. */
export const INTRO_PHRASES: readonly string[] = ['in the words of', 'to quote', 'quoting'];

/** Words meaning "a source is speaking" when the verb follows a preposition ("From X:"). */
export const BLOCK_INTRO_PREPOSITIONS: readonly string[] = ['from', 'via', 'per'];

/**
 * Verbs that, placed right before a quote, name rather than report it
 * ("titled “…”"); a quote after them is a title, not speech.
 */
export const TITLE_VERBS: readonly string[] = ['titled', 'entitled', 'headlined', 'named', 'nicknamed', 'dubbed', 'known as', 'so-called', 'so called', 'hashtag', 'the word', 'the term', 'the phrase', 'the slogan'];
