/** Helpers for the country tests: run the extractor on made-up plain text. */
import { bodyFromPlainText } from '../../pipeline/extract/body.ts';
import { extractCountries } from '../../pipeline/extract/countries/extract-countries.ts';
import type { CountryMentionDraft } from '../../pipeline/extract/types.ts';

/** Every mention found in a plain text (paragraphs separated by blank lines). */
export function mentions(text: string): CountryMentionDraft[] {
  return extractCountries(bodyFromPlainText(text));
}

/** The sorted set of country codes found in a plain text. */
export function codes(text: string): string[] {
  return [...new Set(mentions(text).map((m) => m.country))].sort();
}

/** "CODE:surface:via" for each mention, in text order. */
export function described(text: string): string[] {
  return mentions(text).map((m) => `${m.country}:${m.surface}:${m.via}`);
}
