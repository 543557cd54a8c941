/**
 * Words that describe quote speakers (data only): titles and role nouns that
 * come before or after a name, pronouns, nouns naming documents (a speaker of
 * type 'document'), and words that mark a speaker string as an organisation.
 * Read by the quote extractor. They differ from the actor lists of english.ts
 * in what a hit means: `TITLE_WORDS` are words stripped from the front of a
 * speaker phrase (department words such as "foreign", "affairs" included),
 * where `ROLE_WORDS` make a capitalised run a title; `ORGANIZATION_WORDS`
 * type a whole speaker string (plural group nouns such as "officials" make it
 * a group), where `ORG_HEADS` type a capitalised run in running text.
 */
import { CONNECTORS, HONORIFICS, NON_NAME_WORDS } from './english.ts';

/** Titles and role nouns (lower case), the honorifics of english.ts included. In "World Uyghur Congress President Arslan Nur" the name starts after the last one. */
export const TITLE_WORDS: readonly string[] = [
  'president', 'vice', 'chairman', 'chairwoman', 'chair', 'chairperson', 'director', 'executive', 'secretary', 'general',
  'minister', 'ministers', 'premier', 'chancellor', 'prime', 'governor', 'gov', 'mayor', 'senator', 'sen', 'rep',
  'representative', 'congressman', 'congresswoman', 'speaker', 'leader', 'chief', 'head', 'spokesman', 'spokeswoman',
  'spokesperson', 'ambassador', 'envoy', 'commissioner', 'rapporteur', 'officer', 'official', 'ceo', 'cfo', 'coo', 'cto',
  'founder', 'co-founder', 'cofounder', 'manager', 'coach', 'captain', 'judge', 'justice', 'attorney', 'lawyer',
  'prosecutor', 'professor', 'prof', 'dr', 'mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'lord', 'lady', 'king', 'queen',
  'prince', 'princess', 'pope', 'rev', 'reverend', 'father', 'bishop', 'archbishop', 'sheikh', 'general', 'gen', 'col',
  'colonel', 'lt', 'major', 'maj', 'sgt', 'sergeant', 'admiral', 'adm', 'lieutenant', 'corporal', 'cpl', 'capt',
  'deputy', 'associate', 'assistant', 'administrator', 'analyst', 'editor', 'correspondent', 'reporter', 'columnist',
  'researcher', 'scientist', 'economist', 'strategist', 'activist', 'advocate', 'adviser', 'advisor', 'councillor',
  'councilman', 'councilwoman', 'councilmember', 'superintendent', 'sheriff', 'detective', 'inspector', 'constable',
  'commander', 'cmdr', 'cdr', 'insp', 'supt', 'det', 'pvt', 'cpl', 'duke', 'duchess', 'emperor', 'empress', 'sultan', 'emir', 'member', 'partner', 'principal', 'dean', 'provost', 'chaplain', 'rabbi', 'imam', 'cardinal',
  'auditor', 'treasurer', 'comptroller', 'magistrate', 'delegate', 'candidate', 'nominee', 'hopeful', 'mp', 'mep',
  'ranking', 'acting', 'former', 'interim', 'senior', 'junior', 'foreign', 'affairs', 'state', 'defense', 'defence',
  'health', 'finance', 'interior', 'justice', 'trade', 'press', 'communications', 'policy', 'program',
  'programme', 'research', 'fellow', 'owner', 'host', 'star', 'actor', 'actress', 'singer', 'songwriter', 'writer',
  'author', 'director-general', 'secretary-general', 'under-secretary', 'undersecretary', 'emeritus', 'nurse', 'doctor',
  'physician', 'surgeon', 'pastor', 'officer-in-charge', 'principal', 'resident', 'student', 'teacher', 'expert',
  ...HONORIFICS,
];

/** Pronouns that can stand for a speaker, with the speaker type they imply. */
export const PERSON_PRONOUNS: readonly string[] = ['he', 'she', 'i', 'we'];
export const GROUP_PRONOUNS: readonly string[] = ['they', 'it'];

/** Nouns naming a written source; "the report said" has a speaker of type 'document'. */
export const DOCUMENT_NOUNS: readonly string[] = [
  'report', 'reports', 'statement', 'statements', 'letter', 'letters', 'document', 'documents', 'memo', 'memorandum',
  'study', 'survey', 'paper', 'filing', 'complaint', 'indictment', 'lawsuit', 'suit', 'ruling', 'decision', 'verdict',
  'order', 'law', 'bill', 'act', 'resolution', 'petition', 'tweet', 'tweets', 'post', 'email', 'e-mail', 'message',
  'notice', 'release', 'announcement', 'communique', 'communiqué', 'declaration', 'transcript', 'record', 'records',
  'affidavit', 'motion', 'brief', 'opinion', 'editorial', 'guidance', 'guidelines', 'policy', 'plan', 'proposal',
  'agreement', 'treaty', 'charter', 'constitution', 'text', 'caption', 'sign', 'banner', 'headline', 'article',
  'analysis', 'assessment', 'review', 'audit', 'investigation', 'findings', 'summary', 'website', 'site', 'page',
  'note', 'notes', 'warning', 'alert', 'advisory', 'bulletin', 'press release', 'court records', 'court documents',
];

/** Words that make a capitalised name an organisation (lower case). */
export const ORGANIZATION_WORDS: readonly string[] = [
  'ministry', 'department', 'office', 'council', 'congress', 'association', 'project', 'campaign', 'watch',
  'international', 'commission', 'committee', 'university', 'college', 'school', 'institute', 'institution',
  'foundation', 'fund', 'trust', 'society', 'union', 'federation', 'league', 'party', 'police', 'agency', 'bureau',
  'court', 'tribunal', 'parliament', 'senate', 'house', 'assembly', 'government', 'administration', 'army', 'navy',
  'force', 'forces', 'command', 'corps', 'guard', 'service', 'services', 'authority', 'board', 'group', 'company',
  'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'co', 'bank', 'times', 'post', 'news', 'press', 'journal',
  'herald', 'tribune', 'telegraph', 'guardian', 'gazette', 'review', 'magazine', 'network', 'broadcasting',
  'reuters', 'bloomberg', 'xinhua', 'cnn', 'bbc', 'nbc', 'cbs', 'abc', 'fox', 'ap', 'afp', 'un', 'eu', 'nato', 'who',
  'mission', 'embassy', 'consulate', 'center', 'centre', 'club', 'team', 'organization', 'organisation',
  'organizations', 'organisations', 'coalition', 'alliance', 'network', 'initiative', 'program', 'programme', 'lab',
  'laboratory', 'hospital', 'clinic', 'church', 'diocese', 'county', 'city', 'state', 'states', 'nations', 'republic',
  'kingdom', 'pentagon', 'kremlin', 'whitehouse', 'officials', 'authorities', 'prosecutors', 'investigators',
  'researchers', 'doctors', 'physicians', 'activists', 'lawmakers', 'democrats', 'republicans', 'diplomat', 'diplomats',
  'ministries', 'governments', 'companies', 'group', 'groups', 'fc', 'media', 'channel', 'tv', 'radio',
  'airlines', 'airways', 'motors', 'systems', 'technologies', 'labs', 'partners', 'capital', 'holdings', 'industries',
  'security', 'protection', 'customs', 'immigration', 'enforcement', 'affairs', 'intelligence', 'operations',
  'system', 'directorate', 'division', 'unit', 'facility', 'station', 'centre', 'prison', 'jail', 'sea', 'ocean', 'river',
  'street', 'avenue', 'road', 'square', 'park', 'airport', 'island', 'islands', 'mountains', 'valley', 'province',
  'region', 'district', 'camp', 'base', 'express', 'cup', 'championship', 'games', 'olympics', 'festival', 'awards',
];

/** Lower-case words allowed inside a capitalised name ("Campaign for Coastal Villages", "Office of the High Commissioner"): the connectors of english.ts, and "in" ("Office in Geneva" stays one speaker). */
export const NAME_CONNECTORS: readonly string[] = [...CONNECTORS, 'in'];

/** Capitalised words that never start or form a speaker's name: english.ts NON_NAME_WORDS and these sentence openers. */
export const NOT_NAME_WORDS: readonly string[] = [
  ...NON_NAME_WORDS,
  'the', 'a', 'an', 'in', 'on', 'at', 'as', 'but', 'and', 'or', 'if', 'when', 'while', 'after', 'before', 'since',
  'this', 'that', 'these', 'those', 'there', 'then', 'it', 'its', 'his', 'her', 'their', 'our', 'my', 'your',
  'he', 'she', 'they', 'we', 'i', 'you', 'also', 'however', 'still', 'yet', 'so', 'for', 'with', 'from', 'by', 'to',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'today', 'yesterday', 'tomorrow', 'last', 'next', 'earlier', 'later', 'meanwhile', 'likewise', 'instead',
  'what', 'who', 'why', 'how', 'where', 'which', 'not', 'no', 'yes', 'all', 'some', 'many', 'most', 'one', 'two',
  'under', 'over', 'about', 'through', 'during', 'into', 'among', 'despite', 'without', 'within', 'across', 'against',
  'toward', 'towards', 'per', 'via', 'upon', 'amid', 'until', 'like', 'unlike', 'although', 'though', 'because',
  'once', 'now', 'here', 'even', 'both', 'each', 'every', 'other', 'such', 'asked', 'according', 'contributing',
];

/**
 * Role nouns that, in a definite description with nothing after them ("the
 * 56-year-old", "the Portuguese boss", "the actress"), point back to a person
 * already named, like a pronoun.
 */
export const ANAPHORIC_ROLE_NOUNS: readonly string[] = [
  'boss', 'manager', 'coach', 'veteran', 'star', 'striker', 'midfielder', 'forward', 'defender', 'goalkeeper',
  'player', 'singer', 'actor', 'actress', 'rapper', 'musician', 'filmmaker', 'director', 'writer', 'author',
  'politician', 'lawmaker', 'senator', 'congressman', 'congresswoman', 'governor', 'mayor', 'president', 'minister',
  'official', 'executive', 'billionaire', 'entrepreneur', 'founder', 'chief', 'leader', 'candidate', 'spokesman',
  'spokeswoman', 'spokesperson', 'lawyer', 'attorney', 'professor', 'scientist', 'researcher', 'economist', 'analyst',
  'activist', 'prince', 'princess', 'king', 'queen', 'duke', 'duchess', 'champion', 'winner', 'comedian', 'host',
  'woman', 'man', 'mother', 'father', 'teenager', 'girl', 'boy',
];

/**
 * Nouns for someone who speaks on behalf of a person or body named before
 * the noun ("an Aerolux spokeswoman", "a Lowland Party official", "a Ross
 * campaign aide"): the named one is the source. Supporters, friends and
 * confidants speak for themselves, so they are not here.
 */
export const SPEAKS_FOR_NOUNS: readonly string[] = [
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'official', 'officials', 'representative',
  'representatives', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'staffer', 'staffers',
  'employee', 'employees', 'press secretary', 'strategist', 'strategists',
];

/** Nouns for one person, who may speak unnamed ("a Syrian refugee", "one interviewee", "an officer"): type 'person'. */
export const PERSON_NOUNS: readonly string[] = [
  'refugee', 'resident', 'witness', 'source', 'victim', 'survivor', 'neighbor', 'neighbour', 'worker', 'officer',
  'soldier', 'nurse', 'patient', 'voter', 'fan', 'supporter', 'protester', 'farmer', 'driver', 'passenger',
  'interviewee', 'detainee', 'prisoner', 'inmate', 'migrant', 'employee', 'owner', 'customer', 'user', 'parent',
  'relative', 'friend', 'colleague', 'insider', 'diplomat', 'aide', 'staffer', 'volunteer', 'local', 'villager',
];

/**
 * Nouns for a member of a political party, as newspapers tag a lawmaker
 * after the name ("Senator Ann Ross, Democrat of Maine,", "Tom Vale,
 * Republican of Ohio,"): the tag is an appositive, never the speaker.
 */
export const PARTY_MEMBER_NOUNS: readonly string[] = [
  'republican', 'democrat', 'independent', 'conservative', 'liberal', 'socialist', 'libertarian', 'green',
];
