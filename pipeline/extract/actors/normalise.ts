/**
 * Normal forms of names: for registry lookup, for comparing surfaces within
 * an article, and for the stable keys of actors outside the registry.
 */

const DIACRITICS = /\p{M}+/gu;
const CURLY_APOSTROPHE = /[’‘`´]/g;
const DOTS = /\./g;
const NON_WORD = /[^\p{L}\p{N}'&+]+/gu;
const LEADING_THE = /^the\s+/;
const POSSESSIVE_END = /'s?$/;

/**
 * Lower-case, accent-free, dot-free form with single spaces and no leading
 * "the": "The U.N." → "un", "Zoé Ménard" → "zoe menard".
 */
export function normaliseName(name: string): string {
  let normal = NORMAL_FORMS.get(name);
  if (normal === undefined) {
    if (NORMAL_FORMS.size >= NORMAL_FORMS_MAX) NORMAL_FORMS.clear();
    normal = normalForm(name);
    NORMAL_FORMS.set(name, normal);
  }
  return normal;
}

/**
 * Normal forms already computed. The actor passes compare the same surfaces
 * again and again; profiling a 753-page build showed this function taking a
 * fifth of the extraction time without the memo.
 */
const NORMAL_FORMS = new Map<string, string>();
/** Bound of the memo (entries): a few MB at most; cleared whole when full. */
const NORMAL_FORMS_MAX = 50_000;

/** Letters a-z and A-Z in words joined by single spaces: a name the steps of {@link normalForm} only lower-case (and strip of a leading "the "). */
const PLAIN_WORDS = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

function normalForm(name: string): string {
  if (PLAIN_WORDS.test(name)) {
    // No accent, apostrophe, dot, other character or outer space to handle: the same result without the nine passes.
    const lower = name.toLowerCase();
    return lower.startsWith('the ') ? lower.slice(4) : lower;
  }
  return name
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .replace(CURLY_APOSTROPHE, "'")
    .replace(DOTS, '')
    .toLowerCase()
    .replace(NON_WORD, ' ')
    .trim()
    .replace(LEADING_THE, '')
    .replace(POSSESSIVE_END, '')
    .trim();
}

/** Words of a normalised name. */
export function nameWords(name: string): string[] {
  const normal = normaliseName(name);
  return normal === '' ? [] : normal.split(' ');
}

/** The name without its dots ("U.S." → "US"). */
export function withoutDots(name: string): string {
  return name.replace(DOTS, '');
}

/**
 * Stable key of an actor outside the registry: `person:<normalised name>`
 * (without middle initials) / `org:<normalised name>`.
 */
export function localKey(type: 'person' | 'organization', name: string): string {
  if (type === 'organization') return `org:${normaliseName(name)}`;
  // Middle initials vary between articles: "Renata K. Albuquerque" is "Renata Albuquerque" (Jr. and Sr. stay: they tell father from son).
  const words = nameWords(name);
  const core = words.filter((w, i) => i === 0 || w.length > 1);
  return `person:${(core.length >= 2 ? core : words).join(' ')}`;
}

/** Words that do not count in an acronym ("Office of the High Commissioner" → OHC). */
const ACRONYM_SKIP: ReadonlySet<string> = new Set(['of', 'the', 'for', 'and', '&', 'on', 'in', 'at', 'to', 'a', 'an', 'de']);

/** Initials of a name's significant words, upper-case: "Human Rights Watch" → "HRW". */
export function acronymOf(name: string): string {
  return nameWords(name)
    .filter((w) => !ACRONYM_SKIP.has(w))
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
}
