/**
 * Person-shape data (no logic): occupation nouns written in lower case just
 * before a name ("the philosopher Marshall McLuhan", "experts Ivana Jelić
 * and …"), surname endings that only people's names have, and the particles
 * that open a surname when it is used alone ("Van Gogh", "De Bruyne").
 * Occupations: common English job and status nouns of news writing
 * (singular; plurals are derived); role words of lexicon.ts count too.
 */

export const OCCUPATIONS: ReadonlySet<string> = new Set(`
philosopher scientist physicist chemist biologist mathematician astronomer engineer architect designer
artist painter sculptor illustrator photographer musician composer conductor pianist guitarist drummer
singer songwriter rapper dancer choreographer comedian actor actress director filmmaker screenwriter
playwright novelist poet writer author essayist critic curator expert specialist consultant analyst
professor lecturer teacher researcher scholar student graduate economist historian psychologist psychiatrist
sociologist anthropologist epidemiologist virologist surgeon nurse doctor physician dentist pharmacist
lawyer attorney barrister solicitor judge politician lawmaker legislator diplomat activist campaigner
organiser organizer volunteer founder co-founder cofounder creator inventor entrepreneur investor banker
businessman businesswoman executive manager chef farmer fisherman driver pilot astronaut soldier veteran
officer detective journalist reporter editor columnist correspondent blogger broadcaster presenter host
anchor commentator influencer youtuber streamer athlete player footballer cricketer golfer boxer wrestler
swimmer runner cyclist skier coach manager striker midfielder defender goalkeeper quarterback pitcher
goalie forward guard centre center winger captain referee umpire priest pastor bishop rabbi imam monk nun
missionary spokesman spokeswoman spokesperson candidate nominee challenger incumbent mayor governor senator
dissident prisoner detainee refugee survivor victim witness resident neighbour neighbor owner tenant
tycoon mogul baron billionaire millionaire magnate heir heiress star superstar megastar legend icon veteran rookie newcomer
hero heroine villain celebrity personality figure thinker leader
`.trim().split(/\s+/));

/** Surname endings that mark a person's name (Slavic, Romanian, Armenian, Greek, Turkish, Georgian). */
export const SURNAME_ENDINGS = /(?:ović|ovič|evič|ević|ić|ič|ski|ska|sky|skyi|enko|escu|ovich|evich|yan|poulos|akis|oğlu|shvili|adze|ová)$/u;

/** Particles that open a surname used alone ("Van Gogh", "Von Trapp", "De Bruyne", "Di Maria"). */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'de', 'di', 'du', 'da', 'della', 'dos', 'ter', 'ten', 'vander', 'vanden']);
