/**
 * Person names of an article and where they are mentioned: used to expand a
 * surname ("Bachelet said") to the fullest name the article gives
 * ("Michelle Bachelet") and to find who a pronoun stands for.
 */
import { NOT_NAME_WORDS, ORGANIZATION_WORDS, TITLE_WORDS } from './speaker-words.ts';

/** A capitalised run of 1–4 words that can be a person's name. */
const NAME_RUN = /(?<![\p{L}\p{N}])(?:[\p{Lu}][\p{L}’'.-]*(?:\s+|$)){1,6}/gu;
const POSSESSIVE = /['’]s?$/u;
const ORG_SET = new Set(ORGANIZATION_WORDS);
const TITLE_SET = new Set(TITLE_WORDS);
const NOT_NAME_SET = new Set(NOT_NAME_WORDS);

/** One mention of a person's name. */
export interface NameMention {
  /** The name without titles (e.g. "Dolkun Isa", or "Bachelet"). */
  name: string;
  start: number;
  end: number;
}

function clean(word: string): string {
  return word.replace(POSSESSIVE, '').replace(/[.,]+$/u, '');
}

/**
 * Finds person-like names in the text (capitalised runs without
 * organisation words, titles dropped). Single words are kept too: they are
 * surnames when a longer name ends with them.
 */
export function nameMentions(text: string): NameMention[] {
  const out: NameMention[] = [];
  for (const m of text.matchAll(NAME_RUN)) {
    const raw = m[0].trimEnd();
    const parts = raw.split(/\s+/u).map(clean).filter((w) => w.length > 0);
    const lower = parts.map((w) => w.toLowerCase());
    if (lower.some((w) => ORG_SET.has(w))) continue;
    let first = 0;
    while (first < parts.length && (TITLE_SET.has(lower[first]!.replace(/\.$/u, '')) || NOT_NAME_SET.has(lower[first]!))) first++;
    const name = parts.slice(first);
    if (name.length === 0 || name.length > 4) continue;
    const offset = raw.indexOf(name[0]!);
    const start = m.index + offset;
    const joined = name.join(' ');
    out.push({ name: joined, start, end: start + raw.length - offset });
  }
  return out;
}

/** Maps each surname (and first name) to the fullest multi-word name ending (or starting) with it. */
export function fullestNames(mentions: readonly NameMention[]): Map<string, string> {
  const best = new Map<string, string>();
  const consider = (key: string, name: string): void => {
    const have = best.get(key);
    if (!have || name.split(' ').length > have.split(' ').length) best.set(key, name);
  };
  for (const m of mentions) {
    const parts = m.name.split(' ');
    if (parts.length < 2) continue;
    consider(parts[parts.length - 1]!, m.name);
    consider(m.name, m.name);
  }
  for (const m of mentions) {
    const parts = m.name.split(' ');
    if (parts.length < 2 && !best.has(parts[0]!)) {
      const starting = mentions.find((o) => o.name.split(' ').length > 1 && o.name.startsWith(`${parts[0]} `));
      if (starting) best.set(parts[0]!, starting.name);
    }
  }
  return best;
}

/** The fullest name for a speaker written as a surname or short form, or the name itself. */
export function expandName(name: string, fullest: ReadonlyMap<string, string>): string {
  const parts = name.split(/\s+/u);
  const last = parts[parts.length - 1]!;
  const full = fullest.get(name) ?? fullest.get(last);
  if (!full) return name;
  return full.split(' ').length > parts.length ? full : name;
}
