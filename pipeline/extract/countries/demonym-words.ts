/**
 * Word lists for the demonym rule (demonym-rule.ts) and the text facts:
 * languages, ethnic groups, regional peoples, surnames. Data only; matched
 * against lower-cased words unless the name says otherwise. Chosen by hand
 * from English news usage, not from any one page.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

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
  literature major majors department professor professors course courses degree exam exams test tests learner
  learners name names wikipedia
`);

/**
 * Words that, before a language name, make it a language only when the
 * language name ends the phrase ("in Traditional Chinese." but not
 * "traditional Korean hanbok").
 */
export const LANGUAGE_QUALIFIERS = set(`in into mandarin simplified traditional standard modern old middle cantonese native`);

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
 * Regions named after a country whose people share the country's demonym:
 * in a text that names the region but never the country itself, the demonym
 * means the region's people ("Mongolian herders in Inner Mongolia" is not MN).
 */
export const DEMONYM_REGIONS: Readonly<Record<string, readonly string[]>> = {
  MN: ['Inner Mongolia', 'Southern Mongolia'],
};

/** Demonyms that are also common surnames ("Owen French", "Bill English", "Irvine Welsh"). */
export const DEMONYM_SURNAMES = new Set(['English', 'French', 'Welsh']);

/** Words in a text that make "Indian" mean Native American (unless the text names India). */
export const NATIVE_AMERICAN_CUES = set(`
  tribe tribes tribal reservation reservations Navajo Cherokee Lakota Sioux Apache Ojibwe Choctaw Chickasaw
  Seminole Hopi Pueblo Comanche Mohawk Iroquois
`);
