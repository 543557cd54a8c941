/**
 * English words about the world (data only, no logic), keyed by concept:
 * titles and roles, organisation head words, not-a-name words, name
 * particles, reporting verbs … Imported by the actor, country and (through
 * profile.ts) every extractor that reads names; the words of other languages
 * are in foreign.ts and reach a page only through its language's profile.
 *
 * Every list is lower-case; lookups lower-case the token first. The lists are
 * general English news vocabulary, not strings of any one article.
 */

/** Honorifics that make the next capitalised word(s) a person ("Mr. Wang", "Dr Kessel"). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend',
  'fr', 'father', 'sister', 'brother', 'imam', 'rabbi', 'sheikh', 'mx',
  // Parliamentary and West African forms of address ("Rt. Hon. B. U. Nzeribe", "Chief Obafemi", "Alhaji Atiku").
  'hon', 'honourable', 'honorable', 'rt', 'alhaji', 'alhaja', 'engr', 'mallam',
]);

/**
 * Role words: a capitalised run ending in one of these, followed by a name,
 * is a title ("UN Secretary General Ana Mendes", "World Uyghur Congress
 * President Ayla Demir"); a run of them with no name after it is a title-only
 * mention, never a person.
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'chairman', 'chairwoman', 'chair', 'chairperson', 'director', 'secretary',
  'secretary-general', 'general', 'minister', 'premier', 'chancellor', 'governor', 'gov', 'senator', 'sen',
  'representative', 'rep', 'congressman', 'congresswoman', 'mayor', 'ambassador', 'envoy', 'commissioner',
  'spokesman', 'spokeswoman', 'spokesperson', 'judge', 'justice', 'chief', 'ceo', 'cfo', 'coo', 'cto',
  'founder', 'co-founder', 'head', 'leader', 'king', 'queen', 'prince', 'princess', 'emperor', 'pope',
  'cardinal', 'bishop', 'archbishop', 'officer', 'detective', 'sergeant', 'sgt', 'lieutenant', 'lt',
  'captain', 'capt', 'colonel', 'col', 'major', 'maj', 'admiral', 'adm', 'commander', 'cmdr', 'marshal',
  'attorney', 'counsel', 'prosecutor', 'sheriff', 'superintendent', 'inspector', 'rapporteur', 'coordinator',
  'adviser', 'advisor', 'analyst', 'editor', 'correspondent', 'reporter', 'columnist', 'manager',
  'executive', 'professor', 'lawmaker', 'legislator', 'deputy', 'vice', 'assistant', 'associate',
  'researcher', 'fellow', 'scholar', 'activist', 'lawyer', 'economist', 'coach', 'striker', 'midfielder',
  'defender', 'goalkeeper', 'captain', 'dean', 'provost', 'rector', 'principal', 'trustee', 'treasurer',
  'speaker', 'whip', 'delegate', 'consul', 'attaché', 'chargé', 'official', 'chancellor',
  'boss', 'owner', 'partner', 'producer', 'writer', 'author', 'actor', 'actress', 'singer',
  'dissident', 'blogger', 'artist', 'poet', 'novelist', 'journalist', 'photographer', 'filmmaker', 'student',
  'doctor', 'entrepreneur', 'billionaire', 'tycoon', 'businessman', 'businesswoman', 'investor', 'pastor',
  'priest', 'monk', 'nun', 'athlete', 'player', 'physician', 'scientist', 'historian', 'sociologist',
  'commentator', 'influencer', 'netizen', 'academic', 'diplomat', 'envoy', 'negotiator', 'strategist',
  'dr', 'prof', 'mr', 'mrs', 'ms', 'sir', 'dame', 'lord', 'lady', 'sens', 'reps', 'member', 'secretary-general',
]);

/** Multi-word role phrases (matched on lower-case text) that precede or follow names. */
export const ROLE_PHRASES: readonly string[] = [
  'secretary general', 'secretary-general', 'prime minister', 'foreign minister', 'high commissioner',
  'special rapporteur', 'executive director', 'general secretary', 'managing director', 'chief executive',
  'press secretary', 'attorney general', 'secretary of state',
];

/**
 * Head words that make a capitalised run an organisation ("Ministry of …",
 * "… Association", "… Inc"). Matched on any token of the run.
 */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'dept', 'council', 'government', 'association', 'congress', 'project', 'party', 'court',
  'university', 'college', 'school', 'institute', 'institution', 'academy', 'times', 'post', 'news',
  'agency', 'inc', 'corp', 'corporation', 'co', 'company', 'companies', 'group', 'bank', 'commission',
  'committee', 'subcommittee', 'office', 'bureau', 'foundation', 'fund', 'center', 'centre',
  'organization', 'organisation', 'union', 'federation', 'league', 'society', 'network', 'tribunal',
  'parliament', 'assembly', 'senate', 'police', 'army', 'navy', 'forces', 'force', 'authority',
  'administration', 'service', 'services', 'watch', 'international', 'studios', 'studio', 'entertainment',
  'media', 'press', 'journal', 'herald', 'tribune', 'gazette', 'magazine', 'daily', 'weekly', 'alliance',
  'coalition', 'laboratory', 'laboratories', 'labs', 'systems', 'technologies', 'technology', 'robotics',
  'airlines', 'airways', 'motors', 'holdings', 'partners', 'ltd', 'llc', 'plc', 'gmbh', 'ag', 'sa', 'club',
  'fc', 'channel', 'broadcasting', 'radio', 'television', 'church', 'embassy', 'consulate', 'directorate',
  'programs', 'programmes', 'guard', 'corps', 'brigade', 'regiment', 'command', 'secretariat', 'cabinet',
  'board', 'trust', 'initiative', 'campaign', 'movement', 'front', 'brotherhood', 'caucus', 'chamber',
  'exchange', 'reserve', 'treasury', 'prison', 'prisons', 'hospital', 'clinic', 'foundation', 'enterprises',
  'industries', 'pharmaceuticals', 'energy', 'electric', 'petroleum', 'oil', 'mining', 'capital',
  'investments', 'securities', 'insurance', 'consulting', 'solutions', 'software', 'communications',
  'telecom', 'wireless', 'airline', 'railway', 'railways', 'review', 'monitor', 'observer', 'examiner',
  'chronicle', 'reporter', 'wire', 'insider', 'journalists', 'workers', 'nations', 'mission',
  'dialogue', 'forum', 'think', 'tank', 'observatory', 'collective', 'cooperative', 'firm', 'records',
  'pictures', 'films', 'animation', 'publishing', 'publishers', 'books', 'library', 'museum', 'p.d.', 'pd',
  'architects', 'associates', 'ventures', 'foundry', 'brands', 'productions', 'groupe', 'grupo', 'gruppo', 'bros',
  'orchestra', 'philharmonic', 'choir', 'collaboration', 'consortium',
  // Business nouns that end a company's name ("Harbour Transit", "Brightwell Tours", "Kestrel Bus Lines").
  'sports', 'tours', 'travel', 'transit', 'lines', 'taxi', 'foods', 'farms', 'co-op', 'brewery', 'bakery', 'logistics',
]);

/**
 * Lower-case institutional nouns that make "<Demonym or country> <noun>" an
 * organisation ("the Chinese government", "Peruvian defense ministry",
 * "U.S. military"). Multi-word entries are matched as phrases.
 */
export const STATE_BODY_NOUNS: readonly string[] = [
  'government', 'foreign ministry', 'defense ministry', 'defence ministry', 'ministry of foreign affairs',
  'military', 'army', 'navy', 'air force', 'coast guard', 'police', 'embassy', 'mission', 'parliament',
  'regime', 'administration', 'cabinet', 'communist party', 'consulate', 'foreign office',
  // Sector bodies of a country or region ("Inner Mongolia health authority", "Indian health ministry").
  'health authority', 'health commission', 'health department', 'health ministry',
  'education ministry', 'education department', 'interior ministry', 'police department', 'fire department',
];

/** Words never taken as (part of) a name on their own: function words, days, months, pronouns, interjections. */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'if', 'in', 'on', 'at', 'of', 'for', 'to', 'from', 'by', 'with',
  'as', 'after', 'before', 'since', 'while', 'when', 'where', 'what', 'who', 'whom', 'why', 'how', 'which',
  'this', 'that', 'these', 'those', 'there', 'here', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you',
  'his', 'her', 'their', 'our', 'my', 'your', 'him', 'them', 'us', 'me', 'not', 'no', 'yes', 'so', 'yet',
  'also', 'still', 'even', 'just', 'only', 'then', 'now', 'today', 'yesterday', 'tomorrow', 'however',
  'meanwhile', 'likewise', 'despite', 'although', 'though', 'because', 'during', 'under', 'over', 'about',
  'against', 'between', 'among', 'into', 'through', 'without', 'within', 'according', 'online', 'some',
  'many', 'most', 'all', 'any', 'each', 'every', 'other', 'others', 'such', 'both', 'either', 'neither',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'first', 'second',
  'later', 'earlier', 'instead', 'soon', 'again', 'thus', 'hence', 'indeed', 'perhaps', 'maybe', 'yesterday',
  'last', 'next', 'old', 'former', 'acting', 'late', 'then', 'ex', 'outgoing', 'incoming', 'more', 'less', 'much', 'very', 'well', 'do', 'does', 'did', 'is', 'are',
  'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may',
  'might', 'must', 'shall', 'let', 'please', 'thanks', 'thank', 'oh', 'ok', 'okay', 'hey', 'hi',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan',
  'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'christmas', 'easter',
  'ramadan', 'god', 'internet', 'web', 'photo', 'video', 'image', 'read', 'more', 'related', 'click',
  'source', 'sources', 'update', 'updated', 'editor', 'note', 'advertisement', 'getty', 'images', 'ap',
  'am', 'pm', 'tv', 'ceo', 'cfo', 'covid', 'covid-19', 'ok', 'vs', 'etc', 'ie', 'eg', 'summary', 'conclusion',
  'introduction', 'background', 'overview', 'contents', 'step', 'tip', 'tips', 'faq', 'bottom', 'line',
  // Nouns for a national ("the Spaniard said"): a person described, not a name.
  'spaniard', 'briton', 'brit', 'frenchman', 'frenchwoman', 'englishman', 'englishwoman', 'scot', 'welshman',
  'irishman', 'dutchman', 'dane', 'swede', 'finn', 'pole', 'argentine', 'aussie', 'kiwi', 'yank', 'swiss',
]);

/** Connector words allowed inside a capitalised run when a capitalised word follows. */
export const CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'the', 'for', 'and', '&', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la',
  'le', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'al', 'el', 'on', 'y', 'e',
  // German, French and Italian ones inside organisation names ("Bundesministerium für Gesundheit", "Ministero della Salute").
  'für', 'zur', 'zum', 'dei', 'degli', 'delle', 'dello', 'et',
]);

/** Connectors that only join the parts of a person name (never an organisation's). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'al', 'el', 'la', 'le',
  'y', // Spanish double surnames ("Ramón y Cajal")
]);

/** Kinship and relation nouns: "her brother, Tamer," makes the appositive a person. */
export const RELATION_NOUNS: ReadonlySet<string> = new Set([
  'brother', 'sister', 'son', 'daughter', 'wife', 'husband', 'mother', 'father', 'uncle', 'aunt', 'cousin',
  'nephew', 'niece', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'friend', 'colleague',
  'partner', 'fiancé', 'fiancée', 'boyfriend', 'girlfriend', 'stepson', 'stepdaughter',
]);

/** The core reporting verbs of a speaker's name ("said Jordan.", "Jordan told"): also read by the country extractor. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'asked', 'explained', 'noted', 'recalled', 'wrote']);

/** Reporting verbs: "X said", "said X" are strong person/organisation evidence. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  ...REPORTING_VERBS,
  'say', 'tells', 'adds', 'stated', 'states', 'writes', 'tweeted',
  'notes', 'explains', 'argued', 'argues', 'asks', 'replied', 'replies',
  'claimed', 'claims', 'insisted', 'insists', 'warned', 'warns', 'announced', 'announces',
  'recalls', 'continued', 'continues', 'admitted', 'admits', 'acknowledged', 'believes', 'believed',
  'thinks', 'thought', 'described', 'describes', 'declared', 'urged', 'urges', 'called', 'calls',
  'hinted', 'confirmed', 'confirms', 'denied', 'denies', 'criticized', 'criticised', 'praised', 'commented',
  'testified', 'responded', 'responds', 'suggested', 'suggests', 'posted', 'reported', 'reports',
  'pledged', 'vowed', 'promised', 'agreed', 'estimated', 'found', 'concluded', 'predicted',
]);

/** Verbs after a name that make it act like an organisation ("Ford is rolling out", "Acme sued", "Tesla hired"). */
export const ACTION_VERBS: ReadonlySet<string> = new Set([
  'plans', 'planned', 'launched', 'launches', 'released', 'releases', 'sued', 'sues', 'hired', 'hires', 'fired',
  'bought', 'sold', 'sells', 'unveiled', 'unveils', 'introduced', 'shipped', 'recalled', 'acquired', 'acquires',
  'invested', 'invests', 'filed', 'settled', 'raised', 'partnered', 'banned', 'fined',
]);

/** Nouns right after a name (or its possessive) that say it is an organisation: its people, owners and parts ("CBP spokesman", "Tarnwell's shareholders", "Quillmark's website"). */
export const ORG_MEMBER_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'officials', 'executives', 'employees', 'staff', 'shares', 'stock', 'headquarters',
  'shareholders', 'stockholders', 'investors', 'customers', 'subscribers', 'workforce', 'subsidiary', 'subsidiaries', 'website', 'ceo', 'chairman',
  'founder', 'co-founder', 'cofounder', 'founders',
]);

/** Platforms that are mentioned as places to post, not as actors (ANNOTATION.md). */
export const PLATFORM_NAMES: ReadonlySet<string> = new Set([
  'weibo', 'wechat', 'twitter', 'facebook', 'instagram', 'youtube', 'tiktok', 'douyin', 'telegram',
  'whatsapp', 'reddit', 'linkedin', 'snapchat', 'x',
]);

/** All-caps words that are not organisations (units, formats, common abbreviations). */
export const NON_ORG_ACRONYMS: ReadonlySet<string> = new Set([
  'tv', 'ceo', 'cfo', 'coo', 'cto', 'am', 'pm', 'ok', 'usa', 'us', 'uk', 'gdp', 'covid', 'ai', 'dna', 'hiv',
  'aids', 'pdf', 'url', 'faq', 'usb', 'gps', 'lgbt', 'lgbtq', 'vip', 'diy', 'ii', 'iii', 'iv', 'vi', 'vii',
  'viii', 'ix', 'xi', 'xii', 'ad', 'bc', 'ce', 'bce', 'mph', 'km', 'kg', 'mp3', 'hd', 'pc', 'id', 'rip',
  'asap', 'ps', 'pr', 'hq', 'mvp', 'nb', 'et', 'pt', 'gmt', 'utc', 'est', 'edt', 'pst', 'pdt', 'op', 'ed',
  'oped', 'q', 'a', 'i',
]);

/** Last words that make a capitalised run a place, a facility or a product, not a person ("Bay Area", "Mac Pro"). */
export const NON_PERSON_LAST_WORDS: ReadonlySet<string> = new Set([
  'area', 'bay', 'county', 'city', 'valley', 'river', 'mountains', 'mountain', 'street', 'avenue', 'road', 'park',
  'island', 'islands', 'sea', 'ocean', 'lake', 'coast', 'beach', 'hills', 'heights', 'square', 'airport',
  'station', 'bridge', 'province', 'region', 'state', 'states', 'district', 'peninsula', 'desert', 'gulf',
  'strait', 'canal', 'harbor', 'harbour', 'port', 'camp', 'base', 'facility', 'center', 'centre', 'hall',
  'stadium', 'arena', 'tower', 'palace', 'building', 'pro', 'max', 'plus', 'mini', 'air', 'series', 'edition',
  'block', 'system', 'bar', 'heavy', 'league', 'cup', 'championship', 'award', 'awards', 'prize', 'festival',
  'conference', 'summit', 'act', 'bill', 'law', 'treaty', 'agreement', 'accord', 'plan', 'program', 'programme',
  'operation', 'war', 'day', 'week', 'year', 'era', 'age', 'dynasty', 'empire', 'revolution', 'movement',
  'church', 'cathedral', 'temple', 'mosque', 'airlines', 'app', 'phone', 'pad', 'book', 'show', 'season',
  'design', 'designs', 'ultra', 'lite', 'united', 'rovers', 'wanderers', 'athletic', 'member',
]);

/** First words that make a capitalised run a place ("South Carolina", "Fort Worth", "San Francisco"). */
export const NON_PERSON_FIRST_WORDS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower',
  'greater', 'new', 'san', 'santa', 'los', 'las', 'fort', 'mount', 'mt', 'lake', 'port', 'saint', 'cape',
  'gulf', 'middle', 'far', 'inner', 'outer', 'united', 'grand', 'great', 'royal', 'national', 'federal',
  'international', 'global', 'world', 'first', 'second', 'third', 'operation', 'project', 'team', 'club',
]);

/** Lower-case nouns that introduce an organisation's name: "the journal Coastal Psychiatry", "the company Lucasfilm". */
export const ORG_INTRODUCING_NOUNS: readonly string[] = [
  'journal', 'newspaper', 'paper', 'magazine', 'website', 'site', 'company', 'firm', 'group', 'startup',
  'agency', 'network', 'broadcaster', 'outlet', 'publication', 'organization', 'organisation', 'charity',
  'ngo', 'think tank', 'bank', 'retailer', 'studio', 'label', 'club', 'team', 'party', 'publisher',
  'nonprofit', 'non-profit', 'watchdog', 'tabloid', 'daily', 'manufacturer', 'maker', 'carrier', 'airline',
  'charities', 'ngos', 'nonprofits', 'foundation', 'grantee', 'evaluator', 'giant',
];

/** Words just before a name that make it a charity, even when it looks like a person's name ("donate to Bright Wells", "a grant to …"). */
export const DONATION_CUE_PHRASES: readonly string[] = [
  'donate to', 'donated to', 'donating to', 'donates to', 'donation to', 'donations to', 'a grant to', 'grants to',
  'granted to', 'a grant from', 'grants from', 'recommended charity', 'top charity', 'top charities',
];

/** Words just before a name that make it an organisation: "told Newsweek", "according to Statista", "works for Facebook". */
export const ORG_CUE_PHRASES: readonly string[] = [
  'told', 'according to', 'works for', 'worked for', 'work for', 'working for', 'works at', 'worked at',
  'wrote for', 'writes for', 'writing for', 'reported by', 'published by', 'provided by', 'owned by',
  'acquired', 'bought', 'founded', 'a spokesman for', 'a spokeswoman for', 'a spokesperson for',
  'reached out to', 'published on', 'a statement from', 'in a statement to', 'an interview with', 'in an interview with', 'speaking to', 'spoke to',
  // Ownership and employment (session 10): what one holds shares in, is employed by, signs with or founds is a body.
  'shares of', 'shares in', 'a stake in', 'employed by', 'a subsidiary of', 'a division of', 'acquired by', 'merged with',
  'signed with', 'signed to', 'founder of', 'co-founder of', 'cofounder of', 'co-founded', 'sponsored by',
];

/** Possessives that belong inside organisation names ("U.S. Attorney’s Office", "People’s Daily"). */
export const POSSESSIVES_IN_NAMES: ReadonlySet<string> = new Set([
  'attorney', 'attorneys', 'people', 'governor', 'mayor', 'president', 'children', 'women', 'men', 'workers',
  'veterans', 'farmers', 'citizens', 'consumers', 'teachers', 'nurses', 'journalists', 'prosecutor', 'sheriff',
  'chancellor', 'king', 'queen', 'solicitor', 'auditor', 'comptroller', 'examiner', 'coroner', 'lloyd',
]);

/** "<demonym> military" is an adjective before these nouns ("Iranian military aid"), not an organisation. */
export const ADJECTIVAL_NEXT_NOUNS: ReadonlySet<string> = new Set([
  'aid', 'personnel', 'base', 'bases', 'forces', 'spending', 'equipment', 'action', 'operations', 'operation',
  'exercises', 'drills', 'sources', 'support', 'presence', 'facilities', 'installations', 'hardware', 'budget',
  'troops', 'vehicles', 'aircraft', 'officials', 'official', 'officers', 'leaders', 'power', 'might', 'threat',
  'intervention', 'strike', 'strikes', 'campaign', 'training', 'advisers', 'advisors', 'contractors', 'ties',
  'cooperation', 'assistance', 'technology', 'capabilities', 'parade', 'service', 'court', 'courts', 'junta',
]);

/** Words before a title that belong to it ("Former President", "Acting Secretary"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(['former', 'acting', 'late', 'then', 'ex', 'outgoing', 'incoming', 'interim']);

/** Abbreviated titles written before a name, with a dot ("Rep.", "Sen.", "Gov."). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'rep', 'reps', 'sen', 'sens', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'prof', 'dr', 'mr', 'mrs', 'ms', 'adm',
  'maj', 'rev', 'fr', 'st', 'cmdr', 'supt', 'insp', 'det', 'cpl', 'pvt', 'amb', 'pres', 'hon', 'rt', 'engr',
]);

/**
 * Plural nouns for kinds of organisation that introduce a list of their
 * members: "publishers such as …", "such bands as …", "services like …",
 * "… and other airlines". Kinds whose members are bodies, not products or places
 * ("services" and "platforms" are left out: "streaming services such as …" lists products;
 * "groups" too: "ethnic groups such as …", "… and other ethnic groups" list peoples).
 */
export const ORG_KIND_PLURALS: readonly string[] = [
  'companies', 'firms', 'publishers', 'bands', 'airlines', 'carriers', 'networks', 'channels', 'broadcasters',
  'studios', 'labels', 'newspapers', 'magazines', 'outlets', 'publications', 'retailers', 'stores', 'chains',
  'charities', 'organizations', 'organisations', 'agencies', 'parties', 'teams', 'clubs', 'universities',
  'banks', 'insurers', 'operators', 'sites', 'websites', 'orchestras', 'unions',
];

/** Singular kinds that name what follows "called" or "named" ("a band called …", "a company named …"). */
export const ORG_KIND_SINGULARS: readonly string[] = [
  'company', 'firm', 'publisher', 'band', 'group', 'airline', 'network', 'channel', 'studio', 'label', 'newspaper',
  'magazine', 'charity', 'organization', 'organisation', 'agency', 'party', 'team', 'club', 'orchestra', 'website', 'site',
];

/** Lower-case nouns right after a name that say what kind of body it is ("… magazine", "… news agency", "… television"). */
export const ORG_KIND_AFTER: readonly string[] = [
  'magazine', 'newspaper', 'tabloid', 'news agency', 'news service', 'wire service', 'broadcaster', 'television',
  'radio', 'airline', 'record label', 'publishing house',
];

