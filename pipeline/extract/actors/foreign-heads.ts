/**
 * Organisation head words of German, Portuguese, Spanish, French and Italian
 * (data only). Written from the general vocabulary of public bodies,
 * companies and charities in those languages (legal forms, ministries,
 * universities, hospitals, foundations, associations), not from any page.
 * Lower case, accents kept; matched like the English head words of lexicon.ts.
 */

/** Head words that may close or open an organisation name ("Techniker Krankenkasse", "Ministerio de Salud"). */
export const FOREIGN_ORG_HEADS: readonly string[] = `
krankenkasse klinikum krankenhaus klinik stiftung verband ministerium gmbh kg ohg gbr e.v. universität hochschule
institut gesellschaft verein kammer bundestag landtag bundesrat partei gericht zentrum versicherung gewerkschaft
polizei rundfunk zeitung verlag akademie regierung bundesregierung kirche genossenschaft konzern werke behörde
bundesamt landesamt ausschuss kommission
serviço secretaria prefeitura universidade ministério ltda ltda. s.a. s.a fundação associação instituto
companhia sociedade sindicato câmara assembleia comissão agência federação confederação polícia governo
faculdade escola hospital clínica laboratório museu igreja conselho tribunal partido
ministerio universidad fundación asociación secretaría servicio compañía sociedad cámara asamblea comisión
agencia federación confederación policía gobierno facultad escuela clínica laboratorio museo iglesia consejo
ayuntamiento junta alcaldía
ministère université fondation société association compagnie chambre assemblée agence fédération
confédération gouvernement faculté école hôpital clinique laboratoire musée église conseil syndicat mairie
ministero università fondazione associazione società compagnia camera assemblea commissione agenzia federazione
confederazione polizia governo facoltà scuola ospedale clinica laboratorio museo chiesa consiglio comune
s.p.a. s.p.a s.r.l. s.r.l srl sarl
`.trim().split(/\s+/);

/**
 * Abbreviations that open the name of a sports club ("SV Werder Bremen", "TSV 1860", "AC Milan", "SSC Napoli",
 * "CD Leganés", "FC Porto"): the usual club prefixes of German, Italian, Spanish and French football and athletics.
 * Left out: those that are also English words or abbreviations (US, AS, TV, IF, AFC).
 */
export const CLUB_PREFIXES: readonly string[] = 'fc sc sv tsv vfb vfl sg tus asv usc bsv ssv lg lac ac ssc cd ud rc cf fk'.split(' ');

/** Heads written first in Romance languages, before a qualifier that is not a connector ("Secretaria Municipal de Saúde"). */
export const FOREIGN_LEADING_HEADS: ReadonlySet<string> = new Set([...CLUB_PREFIXES, ...`
serviço secretaria prefeitura universidade ministério fundação associação instituto companhia sociedade sindicato
câmara assembleia comissão agência federação confederação polícia governo faculdade escola hospital clínica
ministerio universidad fundación asociación secretaría servicio compañía sociedad cámara asamblea comisión
agencia federación confederación policía gobierno facultad escuela ayuntamiento junta
ministère université fondation société association compagnie chambre assemblée agence fédération gouvernement
ministero università fondazione associazione società compagnia camera assemblea commissione agenzia federazione
stiftung verband krankenhaus klinikum klinik universität hochschule akademie
banco banque banca partido parti partito tribunal tribunale conselho consejo conseil consiglio instituto institut istituto
`.trim().split(/\s+/)]);

/** German compound endings that make one capitalised word an organisation ("Universitätsklinikum", "Bundesgesundheitsministerium", "Landesregierung"), and the federal bodies named in one word ("Bundestag"). */
export const GERMAN_COMPOUND_HEADS = /\p{Ll}{3,}(?:ministerium|klinikum|krankenkasse|krankenhaus|stiftung|verband|gesellschaft|versicherung|gewerkschaft|hochschule|universität|zeitung|institut|behörde|regierung|polizei|gericht|gerichtshof|kammer)$|^Bundes(?:tag|rat|wehr|bank|regierung)$/u;

/**
 * Articles and prepositions that open a sentence before an organisation's
 * name in these languages ("Die Techniker Krankenkasse", "Laut Siemens AG",
 * "La Fondation …"): trimmed from organisation names outside English.
 */
export const FOREIGN_LEADING_WORDS: ReadonlySet<string> = new Set(`
die der das den dem des ein eine einer einem laut mit von bei nach im am zum zur für und auch
la le les l el los las il lo gli un una une o os as um uma no na em com para por pelo pela del al y e et
segundo según selon secondo
`.trim().split(/\s+/));

/** Role nouns of these languages before or after a person's name ("o presidente Lula", "Geschäftsführer Klaus Meier", "X, diretora do …"). */
export const FOREIGN_ROLE_WORDS: readonly string[] = `
presidente presidenta diretor diretora director directora ministro ministra
prefeito prefeita alcalde alcaldesa governador governadora gobernador gobernadora professor professora profesor profesora
médico médica coordenador coordenadora coordinador coordinadora gerente fundador fundadora deputado deputada diputado
diputada senador senadora vereador vereadora porta-voz portavoz técnico treinador entrenador
präsident präsidentin direktor direktorin sprecher sprecherin geschäftsführer geschäftsführerin vorsitzende vorsitzender
bundeskanzler bundeskanzlerin kanzler kanzlerin ministerpräsident ministerpräsidentin bürgermeister bürgermeisterin
professorin arzt ärztin chefarzt chefärztin trainer leiter leiterin gründer gründerin abgeordnete abgeordneter
président présidente directeur directrice ministre porte-parole fondateur fondatrice maire député députée entraîneur
direttore direttrice portavoce sindaco fondatore fondatrice allenatore
`.trim().split(/\s+/);

/** Reporting verbs of these languages right after a name, or before it ("disse Ana Souza", "laut Klaus Meier"). */
export const FOREIGN_SPEECH_WORDS: readonly string[] = `
disse afirmou declarou explicou contou destacou dijo afirmó declaró explicó señaló sagte sagt erklärte erklärt betonte
betont meinte dit déclare explique affirme detto dichiarato spiega segundo según laut selon secondo
`.trim().split(/\s+/).concat(['a déclaré', 'a dit', 'a affirmé', 'a expliqué', 'ha detto', 'ha dichiarato', 'ha affermato', 'ha dicho', 'ha afirmado', 'ha explicado']);
