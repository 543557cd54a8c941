/**
 * Word lists for the context rules of the country extractor (data only; the
 * rules themselves live in capital-rule.ts, demonym-rule.ts and
 * ambiguous-names.ts). All lists are matched against lower-cased words unless
 * the name says otherwise. Chosen by hand from how English news prose uses
 * capitals, demonyms and ambiguous names (AP/Reuters style), not from any
 * one page.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/**
 * Verbs that make a capital the subject of a government act ("Beijing said",
 * "Moscow denied", "Washington imposed"). Also used for "Jordan said"-style
 * sentences to accept a country as an actor.
 */
export const GOVERNMENT_VERBS = set(`
  said says say announced announces accused accuses warned warns denied denies claimed claims insisted insists
  responded responds rejected rejects condemned condemns urged urges called calls demanded demands vowed vows
  threatened threatens protested protests retaliated retaliates imposed imposes sanctioned sanctions signed signs
  agreed agrees refused refuses wants wanted hopes hoped views viewed argues argued maintains maintained
  considers considered dismissed dismisses criticized criticizes criticised criticises blamed blames pledged pledges
  promised promises approved approves banned bans expelled expels summoned summons recalled recalls sent sends
  deployed deploys launched launches reacted reacts objected objects complained complains asked asks told tells
  ordered orders pushed pushes pressed presses pressured pressures seeks sought opposes opposed supports supported
  backed backs welcomed welcomes praised praises slammed slams lashed
  retorted countered stated states reiterated reiterates acknowledged acknowledges admitted admits confirmed confirms
  suspended suspends blocked blocks froze freezes recognized recognizes recognised recognises invited invites
  rebuked rebukes decried decries denounced denounces hailed hails
`);

/**
 * Auxiliaries and adverbs that may stand between a capital and its verb
 * ("Beijing has long said"). After a form of "be" nothing counts: "Beijing is
 * a city", "Paris was shocked", "London was bombed" describe the place.
 */
export const AUXILIARIES = set(`
  will would could may might must should can cannot won't wouldn't didn't doesn't did does
  has have had is was remains remained appears appeared seems seemed continues continued
  also already repeatedly long still quickly swiftly publicly officially reportedly
  both not never jointly each previously consistently firmly strongly later then
`);

/** Nouns after a capital's possessive that make it the government ("Washington's policy"). */
export const GOVERNMENT_NOUNS = set(`
  policy policies government stance response position positions claims claim crackdown demands demand decision
  decisions actions action relations ties ambassador ambassadors envoy envoys diplomats diplomat officials leaders
  leadership military army navy regime rule control sovereignty influence pressure ambitions approach strategy
  support efforts effort attempt attempts plan plans refusal denial reaction rhetoric treatment repression
  campaign narrative propaganda retaliation sanctions allies ally partners interests concerns own foreign
  objections objection insistence stance threats threat warnings warning handling intervention invasion war
  backing blessing approval ban bans restrictions measures tariffs trade diplomacy
  nuclear program programme missile missiles proxies forces troops defense defence security intelligence spies
  hackers bid push move role line grip hold censors censorship rulers elite
`);

/** Nouns right after a capital that make it the government ("the Beijing government"). */
export const GOVERNMENT_HEADS = set(`
  government regime administration authorities leadership officials
`);

/**
 * Words before a capital that make it the object of a government act
 * ("accused Beijing of", "ties with Moscow", "between Washington and Beijing").
 */
export const OBJECT_TRIGGERS = set(`
  accused accuse accuses urged urge urges criticized criticised criticize criticise condemned condemn warned warn
  told tell pressed press pressured pressure blamed blame sanctioned sanction between on with against
  rebuked rebuke praised praise thanked thank lobbied lobby defied defy challenged challenge
`);

/**
 * Of {@link OBJECT_TRIGGERS}, prepositions that only count after a relation
 * noun ("ties with Moscow", "pressure on Beijing", "sanctions against Tehran",
 * "tensions between Washington and Beijing"), never alone ("flights between
 * London and Paris" are places).
 */
export const OBJECT_PREPOSITIONS = set(`on with against between`);

/** Nouns before "from" that make the capital after it the source of a government act ("pressure from Beijing"). */
export const REACTION_NOUNS = set(`
  pressure criticism opposition backlash response reaction threats threat warning warnings support pushback
  demands demand objections protests approval retaliation sanctions orders instructions interference
`);

/**
 * Nouns after a pair of demonyms that make both nationalities, not a
 * heritage ("Chinese-American relations", "Israeli-Palestinian conflict").
 */
export const BILATERAL_NOUNS = set(`
  relations relationship ties talks dialogue negotiations dispute deal deals agreement tensions rift standoff
  confrontation cooperation trade war wars summit border borders alliance treaty partnership rivalry conflict
  friendship accord pact joint
`);

/** Relation nouns that turn a following preposition into an object trigger ("ties with"). */
export const RELATION_NOUNS = set(`
  ties relations relationship talks dialogue negotiations pressure sanctions dispute deal agreement tensions
  rift standoff confrontation cooperation engagement war conflict summit meeting rivalry feud spat row clash
  clashes competition
`);

/** Words before a capital that make it a place ("in Washington", "flew to Moscow"). */
export const PLACE_PREPOSITIONS = set(`
  in at near outside around across into to from via through visit visited visiting visits based
  toward towards inside throughout downtown central suburban greater
`);

/** Words before a language name that make it a language ("speaks English", "translated from Chinese"). */
export const LANGUAGE_BEFORE = set(`
  speak speaks speaking spoke spoken learn learns learning learned learnt teach teaches teaching taught
  fluent translated translate translates translating translation written write writes wrote read reads
`);

/** Words after a demonym that make it a language ("Chinese-language", "English speakers"). */
export const LANGUAGE_AFTER = set(`
  language languages speaking speaker speakers translation translations subtitles subtitle characters character
  dialect dialects word words term terms phrase phrases grammar proficiency lessons lesson classes class teacher
  teachers tutor script text texts dub dubbed pronunciation spelling alphabet vocabulary literacy medium
  translator translators interpreter interpreters version versions edition editions title titles
`);

/**
 * Words after "in <demonym>" that show the demonym is an adjective of a noun,
 * not a language: anything that is not one of these function words. So
 * "in Chinese." / "in Chinese and English" / "in English only" are languages,
 * "in Chinese custody" is the country.
 */
export const FUNCTION_WORDS_AFTER_LANGUAGE = set(`
  and or as with but for to by on at is was than only too instead then that which so while because
  from of the a an this it he she they we i you his her their its
`);

/** Words around a demonym that make it ethnicity, not nationality ("ethnic Chinese", "of Korean descent"). */
export const ETHNIC_BEFORE = set(`ethnic ethnically overseas han`);

/**
 * Ethnic groups (not nationalities). A demonym listed with one of them is an
 * ethnic group too ("Uyghurs, Kazakhs and other Muslim minorities").
 * Matched case-sensitively.
 */
export const ETHNIC_GROUPS = new Set(
  `Uyghur Uyghurs Uighur Uighurs Tibetan Tibetans Hui Kurd Kurds Kurdish Rohingya Hmong Hazara Hazaras Pashtun
  Pashtuns Tatar Tatars Han Mongols Arab Arabs Berber Berbers Yazidi Yazidis Druze Roma Tamil Tamils Sikh Sikhs
  Baloch Balochi Circassian Circassians Chechen Chechens`.split(/\s+/),
);
export const ETHNIC_AFTER = set(`descent heritage ancestry origin origins diaspora`);

/**
 * Capitalised words that may precede a country name without being a given
 * name ("In Jordan", "The Jordan", "President Chad" is not a thing but
 * "Neighbouring Chad" is). Matched case-sensitively.
 */
export const CAPITALISED_FUNCTION_WORDS = set(`
  In At To From For With By On Of And Or But The A An As Both Neither Either While When Since After Before
  Unlike Like Across Including Neighbouring Neighboring Northern Southern Eastern Western Central Visit
  Did Does Do Is Was Has Had Have Why How Where What If Only Even Also Then Now Meanwhile However Yet
  Today Yesterday Tomorrow Recently Last Next Earlier Later Still Instead Unlike Inside Outside Against
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday
  So Here There Thus Hence Indeed Perhaps Although Though Because Whether Until Once Under Over Through Within
  Without Despite Amid Among Between During Following Per Than That This These Those It He She They We I You
  Why Who Whom Whose Which Not No Yes Nor Ask Asked Told Said Says
  North South East West Upper Lower Greater Mid Northeast Northwest Southeast Southwest Northeastern
  Northwestern Southeastern Southwestern
`);

/**
 * Words right after "Georgia" (or "Georgia's") that make it the US state
 * ("Georgia voters", "Georgia's governor", "Georgia Republicans").
 */
export const GEORGIA_STATE_NEXT = set(`
  gov. governor legislature senate house republican republicans democrat democrats democratic voters voter
  county counties tech bulldogs power peach state sheriff district primary runoff secretary attorney
  lawmakers legislators lawmaker election elections senator senators congressman congresswoman delegation
`);

/**
 * Words in the clause around "Georgia" that point to the US state (a narrower
 * list than {@link GEORGIA_STATE_NEXT}: "election" or "parliament" occur in
 * both readings).
 */
export const GEORGIA_STATE_NEAR = set(`
  governor gov. senator senators congressman congresswoman legislature county counties sheriff republican
  republicans democrat democrats gop
`);

/** Words in the clause around "Georgia" that point to the country (besides {@link GEORGIA_COUNTRY_CUES}). */
export const GEORGIA_COUNTRY_NEAR = new Set(['Soviet', 'Russia', 'Russian', 'Moscow', 'Kremlin', 'Ukraine', 'NATO', 'EU', 'Georgian', 'Georgians']);

/** Words before "Georgia" that make it the US state ("state of Georgia", "Gov.", "Atlanta, Georgia"). */
export const GEORGIA_STATE_BEFORE = set(`state governor Gov. Atlanta Savannah Augusta Macon Athens Columbus`);

/** Words anywhere in the text that support the US-state reading of "Georgia" (cities and counties). */
export const GEORGIA_STATE_TEXT_CUES = set(`
  Atlanta Savannah Augusta Macon Fulton Cobb DeKalb Gwinnett Ga. R-Ga. D-Ga. Kemp Raffensperger Ossoff Warnock
`);

/** Words in the text that support Georgia the country (Caucasus context); "Georgian" is counted separately. */
export const GEORGIA_COUNTRY_CUES = set(`
  Tbilisi Caucasus Abkhazia Ossetia Batumi Kutaisi Armenia Azerbaijan Sakartvelo Saakashvili Ivanishvili
  Kobakhidze Zourabichvili Kavelashvili
`);

/** The 50 US states except Georgia and Washington; any of them in the text supports the state reading of "Georgia". */
export const US_STATES = set(`
  Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois Indiana
  Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana
  Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming
`);

/** Words that place a name as a country rather than a person ("in Chad", "Chad's government"). */
export const COUNTRY_PREPOSITIONS = set(`
  in to from of across into within throughout neighbouring neighboring visit visited visiting against
  with between
`);

/** Words after "Turkey" that make it the bird, not the country ("Turkey dinner"). */
export const TURKEY_FOOD_WORDS = set(`
  dinner dinners sandwich sandwiches breast breasts leg legs burger burgers meat farm farms farmer farmers
  roast roasted stuffing gravy recipe recipes bacon hunting hunters feathers gobble carving carved fryer fryers
  pardon pardoned pardoning trot trots day talk-line hotline drumstick drumsticks
`);

/** Words before "Turkey" that make it the bird ("Thanksgiving Turkey", "Roast Turkey"). */
export const TURKEY_BIRD_BEFORE = set(`
  thanksgiving christmas roast roasted wild smoked stuffed fried frozen whole butterball heritage organic
  brined carved
`);

/** Nouns after a possessive that show a country rather than a person ("Chad's president", "Jordan's capital"). */
export const COUNTRY_NOUNS = set(`
  president king queen monarch capital border borders army military government parliament prime foreign economy
  people population neighbours neighbors embassy ambassador officials authorities regime ministry troops
`);

/** Hyphenated suffixes that keep a capital an actor ("Moscow-backed", "Beijing-led"). */
export const ACTOR_HYPHEN_SUFFIXES = set(`backed led funded controlled sponsored allied aligned friendly imposed brokered`);

/**
 * Country names that are also common given names: followed by a capitalised
 * word they are a person ("Jordan Peterson", "Chad Wolf", "Cuba Gooding").
 * Matched case-sensitively. Kenya, Jamaica, India are left out: "Kenya
 * Airways", "Jamaica Observer", "India Today" are far more frequent in news
 * than people of those names.
 */
export const GIVEN_NAME_COUNTRIES = new Set(['Jordan', 'Chad', 'Georgia', 'Cuba']);

/**
 * Country names that are also common surnames: after a capitalised given
 * name they are a person ("Michael Jordan", "Tom Holland", "Jimmy Wales",
 * "Steve Israel").
 */
export const SURNAME_COUNTRIES = new Set(['Jordan', 'Chad', 'Georgia', 'Holland', 'Israel', 'England', 'Wales']);

/**
 * Demonyms that are also language names; only these can be read as a
 * language ("in French", "speaks Korean").
 */
export const LANGUAGE_NAMES = set(`
  Chinese English French German Spanish Portuguese Italian Russian Japanese Korean Dutch Turkish Greek Polish
  Swedish Danish Norwegian Finnish Hungarian Czech Slovak Romanian Bulgarian Ukrainian Vietnamese Thai Burmese
  Indonesian Malaysian Filipino Mongolian Icelandic Irish Welsh Scottish Scots Albanian Armenian Georgian Serbian
  Croatian Bosnian Slovenian Slovene Estonian Latvian Lithuanian Belarusian Kazakh Uzbek Kyrgyz Tajik Turkmen
  Azerbaijani Azeri Nepali Nepalese Lao Laotian Maltese Luxembourgish Somali Malagasy Tongan Samoan Fijian
  Haitian Macedonian Montenegrin Afghan Taiwanese Cambodian Persian
`);

/**
 * Words that, before a language name, make it a language only when the
 * language name ends the phrase ("in Traditional Chinese." but not
 * "traditional Korean hanbok").
 */
export const LANGUAGE_QUALIFIERS = set(`in into mandarin simplified traditional standard modern old middle cantonese native`);

/** Words in a text that make "Indian" mean Native American (unless the text names India). */
export const NATIVE_AMERICAN_CUES = set(`
  tribe tribes tribal reservation reservations Navajo Cherokee Lakota Sioux Apache Ojibwe Choctaw Chickasaw
  Seminole Hopi Pueblo Comanche Mohawk Iroquois
`);

/** Reporting verbs that, right before a name and with nothing after it, make it the speaker ("… said Jordan."). */
export const REPORTING_VERBS = set(`said says told added asked explained noted recalled wrote`);


/** Demonyms that are also common surnames ("David French", "Bill English", "Irvine Welsh"). */
export const DEMONYM_SURNAMES = new Set(['English', 'French', 'Welsh']);

/**
 * Regions named after a country whose people share the country's demonym:
 * in a text that names the region but never the country itself, the demonym
 * means the region's people ("Mongolian herders in Inner Mongolia" is not MN).
 */
export const DEMONYM_REGIONS: Readonly<Record<string, readonly string[]>> = {
  MN: ['Inner Mongolia', 'Southern Mongolia'],
};

/** Forms of "be" (and linking verbs) after which a capital is described, not acting ("Paris was shocked"). */
export const BE_VERBS = set(`is was are were be been being remains remained appears appeared seems seemed`);

/**
 * Bare names shared by two countries: the usual reading (the alias table's
 * country), and the other country, read instead in a text that names the
 * other one explicitly but never the usual one ("Korea" in a text about North
 * Korea only; "Congo" in a text about the Republic of the Congo only).
 */
export const BARE_SHARED_NAMES: Readonly<Record<string, { usual: string; other: string }>> = {
  Korea: { usual: 'KR', other: 'KP' },
  Korean: { usual: 'KR', other: 'KP' },
  Koreans: { usual: 'KR', other: 'KP' },
  Congo: { usual: 'CD', other: 'CG' },
  Congolese: { usual: 'CD', other: 'CG' },
  Dominican: { usual: 'DO', other: 'DM' },
  Dominicans: { usual: 'DO', other: 'DM' },
};
