/**
 * Word lists for the capital rule (capital-rule.ts): when a capital stands
 * for its government. Data only; matched against lower-cased words unless the
 * name says otherwise. Chosen by hand from how English news prose uses
 * capitals (AP/Reuters style), not from any one page.
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

/** Forms of "be" (and linking verbs) after which a capital is described, not acting ("Paris was shocked"). */
export const BE_VERBS = set(`is was are were be been being remains remained appears appeared seems seemed`);

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

/** Relation nouns that turn a following preposition into an object trigger ("ties with"). */
export const RELATION_NOUNS = set(`
  ties relations relationship talks dialogue negotiations pressure sanctions dispute deal agreement tensions
  rift standoff confrontation cooperation engagement war conflict summit meeting rivalry feud spat row clash
  clashes competition
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

/** Words before a capital that make it a place ("in Washington", "flew to Moscow"). */
export const PLACE_PREPOSITIONS = set(`
  in at near outside around across into to from via through visit visited visiting visits based
  toward towards inside throughout downtown central suburban greater
`);

/** Hyphenated suffixes that keep a capital an actor ("Moscow-backed", "Beijing-led"). */
export const ACTOR_HYPHEN_SUFFIXES = set(`backed led funded controlled sponsored allied aligned friendly imposed brokered`);
