/**
 * Place words shared by the actor and country extractors (data only).
 */

/** The 50 US states, as written (Census Bureau list). */
export const US_STATE_NAMES: readonly string[] = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey',
  'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina',
  'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming',
];

/**
 * Head words of names that are visited places rather than bodies that act
 * ("the Harlow Museum of Glass", "Tern Bay Scenic Reserve"). Such a name is
 * an organisation only when it acts in the sentence ("the museum said").
 */
export const FACILITY_HEADS: ReadonlySet<string> = new Set([
  'museum', 'museums', 'gallery', 'galleries', 'zoo', 'aquarium', 'reserve', 'cathedral', 'quarter', 'gardens', 'garden',
]);

/** Words before "Center"/"Centre" that make it a building one visits ("Science Center", "Visitors Centre"), not a research or rights body. */
export const FACILITY_CENTRE_MODIFIERS: ReadonlySet<string> = new Set([
  'science', 'space', 'community', 'information', 'visitor', 'visitors', "visitors'", 'art', 'arts', 'shopping',
  'convention', 'performing', 'recreation', 'sports', 'heritage', 'nature', 'cultural', 'civic', 'trade', 'fitness',
  'aquatic', 'aquatics', 'exhibition', 'events', 'leisure', 'garden', 'square',
]);

/** Head words that may also name a financial or state body: "Federal Reserve", "Reserve Bank" stay organisations. */
export const FACILITY_HEAD_EXCEPTIONS: ReadonlySet<string> = new Set(['federal', 'bank', 'reserves', 'army', 'naval', 'police']);

/**
 * Continents and world regions (the region names of the UN statistics
 * division's M49 standard, with the everyday forms "North America", "Middle
 * East", "Southeast Asia"), lower case: places, never an organisation.
 */
export const WORLD_REGIONS: ReadonlySet<string> = new Set([
  'africa', 'northern africa', 'north africa', 'sub-saharan africa', 'eastern africa', 'east africa', 'middle africa',
  'central africa', 'southern africa', 'western africa', 'west africa', 'americas', 'the americas', 'latin america',
  'caribbean', 'the caribbean', 'central america', 'south america', 'northern america', 'north america', 'asia',
  'central asia', 'eastern asia', 'east asia', 'south-eastern asia', 'southeast asia', 'south-east asia', 'southern asia',
  'south asia', 'western asia', 'middle east', 'the middle east', 'europe', 'eastern europe', 'northern europe',
  'southern europe', 'western europe', 'oceania', 'melanesia', 'micronesia', 'polynesia', 'antarctica', 'arctic', 'the arctic',
]);

/**
 * Last words of street names as addresses write them ("Linden Ave", "Harbour Blvd", "Mill St"): such a run is no
 * person. Kept apart from english.ts NON_PERSON_LAST_WORDS, which the name model reads as a feature (adding them
 * there and retraining lowered GUM dev organisations 0.686 → 0.679).
 */
export const STREET_LAST_WORDS: ReadonlySet<string> = new Set(['ave', 'blvd', 'st', 'rd', 'ln', 'lane', 'boulevard', 'drive', 'terrace']);

/**
 * The states' abbreviations as news style writes them after a city ("Ames, Iowa", "Reno, Nev."), without their
 * final period (AP Stylebook state abbreviations; the eight states it writes in full are in US_STATE_NAMES).
 * Postal codes ("CA", "NY") are left out: two capitals also spell organisations' acronyms.
 */
export const US_STATE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'La', 'Md', 'Mass',
  'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'N.H', 'N.J', 'N.M', 'N.Y', 'N.C', 'N.D', 'Okla', 'Ore', 'Pa',
  'R.I', 'S.C', 'S.D', 'Tenn', 'Vt', 'Va', 'Wash', 'W.Va', 'Wis', 'Wyo',
]);
