/**
 * English words around a single name that say it names a person (data
 * only; read by `../actors/lone-names.ts`). General English, not drawn from
 * any page: verbs whose subject is a living person.
 */

/**
 * Verbs (past tense and present third person) whose subject is a person, not a
 * place, a product or a company: "Vaskerud died", "Vaskerud smiles". Verbs a
 * company or a treaty also takes ("came", "wants", "called", "played") are left
 * out; the core reporting verbs are in `english.ts` REPORTING_VERBS.
 */
export const PERSON_SUBJECT_VERBS: ReadonlySet<string> = new Set([
  'died', 'dies', 'married', 'marries', 'was born', 'smiled', 'smiles', 'laughed', 'laughs', 'cried', 'nodded', 'nods',
  'shrugged', 'shrugs', 'sighed', 'sighs', 'grinned', 'grins', 'frowned', 'frowns', 'whispered', 'whispers',
  'shouted', 'shouts', 'yelled', 'yells', 'felt', 'wondered', 'wonders', 'realized', 'realised', 'remembered',
  'studied', 'graduated', 'retired', 'resigned', 'wept', 'slept', 'woke', 'walked', 'knew', 'hoped', 'taught',
  'painted', 'composed', 'starred', 'sang', 'testified',
]);

