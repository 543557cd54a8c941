/**
 * Common given names and East Asian surnames (data only, lower-case). A
 * capitalised pair whose first word is here is taken as a person's name even
 * without other evidence ("Kevin Mayer"); a single East Asian surname can
 * stand for the full name ("Wang" → "Wang Wenbin"). Lists of frequent names
 * in English-language news; incomplete by nature, other evidence (titles,
 * reporting verbs, appositives) covers the rest.
 */

export const GIVEN_NAMES: ReadonlySet<string> = new Set(`
aaron adam adrian agnes agnès ahmed aisha alan albert alex alexander alexandra alexei ali alice alicia alison
amanda amber amy ana andrea andreas andrew andy angela angelina ann anna anne annie anthony antonio antony
arthur ashley barbara barry ben benjamin bernard bernie beth betty beto bill billy bob bobby boris brad
bradley brandon brenda brent brett brian bruce bryan carl carla carlos carol caroline carrie catherine
charles charlie chad chelsea cheryl chris christian christina christine christopher chuck cindy claire
claudia colin connor cory craig cynthia dale dan daniel danielle david dean deborah debbie dennis derek
diana diane dick dolkun dominic don donald donna doris doug douglas dylan ed eddie edward elaine eleanor
elena elizabeth ellen elon emily emma emmanuel eric erica erin ethan eugene eva evan fiona frances francis
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
ruby russell ruth ryan sally sam samantha samuel sandra sara sarah scott sean serene sergei sharon shawn
sheila simon sophie stacy stanley stephanie stephen steve steven stuart sue susan sylvia tammy ted teresa
terry theresa thomas tim timothy tina todd tom tommy tony tracy travis valerie vanessa victor victoria
vincent virginia vladimir walter wayne wendy william willie will xavier yvonne zachary
abdul ahmad akira alain alberto alejandro ali amir andrés angelo anil antoine ariel arjun bernd carlo
chen-ming daisuke diego dmitry enrique fatima fernando francesca françois giovanni giuseppe hans hassan
heinrich hiroshi hussein ibrahim igor ivan jacques jan jorge josef juergen jürgen karl kenji klaus lars
luca luigi manuel marcel marek mehmet mikhail miguel mohamed mustafa nikolai olaf pablo pedro pierre
rafael rahul raj ramón ricardo roberto rodrigo salman sergio shinzo sven takeshi tariq thierry ulrich
vikram wolfgang yuki yusuf
`.trim().split(/\s+/));

/** Frequent Chinese (and Korean, Vietnamese) surnames, written first: "Wang Wenbin", "Liu Yuyin". */
export const EAST_ASIAN_SURNAMES: ReadonlySet<string> = new Set(`
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang
han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao
qin gu hou shao meng long wan duan qian tang yin yi chang jia fu fang bai zou xiong jin xi hua mao qiu shi
kim park choi jung kang cho yoon jang lim nguyen tran pham hoang phan vu dang bui
`.trim().split(/\s+/));
