/**
 * Words of German, Portuguese, Spanish, French and Italian news (data only),
 * keyed by concept and language: organisation head words, heads written
 * first, leading articles, role nouns, reporting words. Written from the
 * general vocabulary of public bodies, companies and charities in those
 * languages (legal forms, ministries, universities, hospitals, foundations,
 * associations), not from any page. Lower case, accents kept.
 *
 * A page reaches these words only through its language's profile
 * (profile.ts): an English page never sees them.
 */

/** The languages with a word list of their own. */
export type ForeignLanguage = 'de' | 'pt' | 'es' | 'fr' | 'it';
export const FOREIGN_LANGUAGES: readonly ForeignLanguage[] = ['de', 'pt', 'es', 'fr', 'it'];

const words = (s: string): string[] => s.trim().split(/\s+/);

/** Head words that may close or open an organisation name ("Techniker Krankenkasse", "Ministerio de Salud"). */
export const ORG_HEADS_BY_LANGUAGE: Readonly<Record<ForeignLanguage, readonly string[]>> = {
  de: words(`krankenkasse klinikum krankenhaus klinik stiftung verband ministerium gmbh kg ohg gbr e.v. universität hochschule
    institut gesellschaft verein kammer bundestag landtag bundesrat partei gericht zentrum versicherung gewerkschaft
    polizei rundfunk zeitung verlag akademie regierung bundesregierung kirche genossenschaft konzern werke behörde
    bundesamt landesamt ausschuss kommission ag`),
  pt: words(`serviço secretaria prefeitura universidade ministério ltda ltda. s.a. s.a fundação associação instituto
    companhia sociedade sindicato câmara assembleia comissão agência federação confederação polícia governo
    faculdade escola hospital clínica laboratório museu igreja conselho tribunal partido banco`),
  es: words(`ministerio universidad fundación asociación secretaría servicio compañía sociedad cámara asamblea comisión
    agencia federación confederación policía gobierno facultad escuela clínica laboratorio museo iglesia consejo
    ayuntamiento junta alcaldía hospital instituto tribunal partido banco s.a.`),
  fr: words(`ministère université fondation société association compagnie chambre assemblée agence fédération
    confédération gouvernement faculté école hôpital clinique laboratoire musée église conseil syndicat mairie
    institut tribunal parti banque sarl`),
  it: words(`ministero università fondazione associazione società compagnia camera assemblea commissione agenzia federazione
    confederazione polizia governo facoltà scuola ospedale clinica laboratorio museo chiesa consiglio comune
    istituto tribunale partito banca s.p.a. s.p.a s.r.l. s.r.l srl`),
};

/**
 * Abbreviations that open the name of a sports club ("SV Werder Bremen", "TSV 1860", "AC Milan", "SSC Napoli",
 * "CD Leganés", "FC Varna"): the usual club prefixes of German, Italian, Spanish and French football and athletics.
 * Left out: those that are also English words or abbreviations (US, AS, TV, IF, AFC).
 */
export const CLUB_PREFIXES: readonly string[] = words('fc sc sv tsv vfb vfl sg tus asv usc bsv ssv lg lac ac ssc cd ud rc cf fk');

/** Heads written first, before a qualifier that is not a connector ("Secretaria Municipal de Saúde", "Stiftung Warentest"). */
export const LEADING_HEADS_BY_LANGUAGE: Readonly<Record<ForeignLanguage, readonly string[]>> = {
  de: words('stiftung verband krankenhaus klinikum klinik universität hochschule akademie institut'),
  pt: words(`serviço secretaria prefeitura universidade ministério fundação associação instituto companhia sociedade sindicato
    câmara assembleia comissão agência federação confederação polícia governo faculdade escola hospital clínica banco partido tribunal conselho grupo
    centro laboratório museu teatro`),
  es: words(`ministerio universidad fundación asociación secretaría servicio compañía sociedad cámara asamblea comisión
    agencia federación confederación policía gobierno facultad escuela ayuntamiento junta banco partido tribunal consejo instituto grupo
    centro laboratorio museo teatro colegio`),
  fr: words(`ministère université fondation société association compagnie chambre assemblée agence fédération gouvernement banque parti tribunal conseil institut groupe
    conservatoire théâtre musée école laboratoire`),
  it: words(`ministero università fondazione associazione società compagnia camera assemblea commissione agenzia federazione banca partito tribunale consiglio istituto gruppo comune regione
    centro laboratorio museo teatro conservatorio`),
};

/** Articles and prepositions that open a sentence before a name ("Die Techniker Krankenkasse", "Laut Siemens AG", "La Fondation …"). */
export const LEADING_WORDS_BY_LANGUAGE: Readonly<Record<ForeignLanguage, readonly string[]>> = {
  de: words('die der das den dem des ein eine einer einem laut mit von bei nach im am zum zur für und auch'),
  pt: words('a o os as um uma no na em com para por pelo pela do da e segundo'),
  es: words('la el los las un una del al y con para por en según'),
  fr: words('la le les l un une et selon'),
  it: words('la il lo gli le l un una e secondo'),
};

/** Role nouns before or after a person's name ("o presidente Lula", "Geschäftsführer Klaus Meier", "X, diretora do …"). */
export const ROLE_WORDS_BY_LANGUAGE: Readonly<Record<ForeignLanguage, readonly string[]>> = {
  de: words(`präsident präsidentin direktor direktorin sprecher sprecherin geschäftsführer geschäftsführerin vorsitzende vorsitzender
    bundeskanzler bundeskanzlerin kanzler kanzlerin ministerpräsident ministerpräsidentin bürgermeister bürgermeisterin
    professor professorin arzt ärztin chefarzt chefärztin trainer leiter leiterin gründer gründerin abgeordnete abgeordneter`),
  pt: words(`presidente presidenta diretor diretora ministro ministra prefeito prefeita governador governadora professor professora
    médico médica coordenador coordenadora gerente fundador fundadora deputado deputada senador senadora vereador vereadora
    porta-voz técnico treinador`),
  es: words(`presidente presidenta director directora ministro ministra alcalde alcaldesa gobernador gobernadora profesor profesora
    médico médica coordinador coordinadora gerente fundador fundadora diputado diputada senador senadora portavoz técnico entrenador`),
  fr: words('président présidente directeur directrice ministre porte-parole fondateur fondatrice maire député députée entraîneur professeur'),
  it: words('presidente direttore direttrice ministro ministra portavoce sindaco fondatore fondatrice allenatore professore'),
};

/** Reporting words right after a name, or before it ("disse Ana Souza", "laut Klaus Meier"). */
export const SPEECH_WORDS_BY_LANGUAGE: Readonly<Record<ForeignLanguage, readonly string[]>> = {
  de: words('sagte sagt erklärte erklärt betonte betont meinte laut'),
  pt: words('disse afirmou declarou explicou contou destacou segundo'),
  es: words('dijo afirmó declaró explicó señaló según').concat(['ha dicho', 'ha afirmado', 'ha explicado']),
  fr: words('dit déclare explique affirme selon').concat(['a déclaré', 'a dit', 'a affirmé', 'a expliqué']),
  it: words('detto dichiarato spiega secondo').concat(['ha detto', 'ha dichiarato', 'ha affermato']),
};

/** "and" written in lower case: splits a run only between organisations ("… und die Universität"). */
export const AND_BY_LANGUAGE: Readonly<Record<ForeignLanguage, string>> = { de: 'und', pt: 'e', es: 'y', fr: 'et', it: 'e' };

/** German compound endings that make one capitalised word an organisation ("Universitätsklinikum", "Bundesgesundheitsministerium", "Landesregierung"), and the federal bodies named in one word ("Bundestag"). */
export const GERMAN_COMPOUND_HEADS = /\p{Ll}{3,}(?:ministerium|klinikum|krankenkasse|krankenhaus|stiftung|verband|gesellschaft|versicherung|gewerkschaft|hochschule|universität|zeitung|institut|behörde|regierung|polizei|gericht|gerichtshof|kammer)$|^Bundes(?:tag|rat|wehr|bank|regierung)$/u;
