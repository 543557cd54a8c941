/**
 * Flag emoji: a pair of regional-indicator symbols spells an ISO 3166-1
 * alpha-2 code (🇨🇳 → CN). The pairs that are not countries (🇺🇳 United
 * Nations, 🇪🇺 European Union, 🇦🇶 Antarctica) and codes the gazetteer does not know are
 * skipped. The tag-sequence flags of England, Scotland and Wales (🏴 + tags
 * "gbeng"/"gbsct"/"gbwls") are GB (ANNOTATION.md).
 */
import { countryInfo } from './gazetteer.ts';
import type { CountryMentionDraft } from '../types.ts';

const REGIONAL_PAIR = /[\u{1F1E6}-\u{1F1FF}]{2}/gu;
const SUBDIVISION_FLAG = /\u{1F3F4}\u{E0067}\u{E0062}(?:\u{E0065}\u{E006E}\u{E0067}|\u{E0073}\u{E0063}\u{E0074}|\u{E0077}\u{E006C}\u{E0073})\u{E007F}/gu;
const REGIONAL_A = 0x1f1e6;
/** Regional-indicator pairs that are organisations or reserved codes, not countries. */
const NOT_COUNTRIES = new Set(['UN', 'EU', 'EA', 'IC', 'TA', 'DG', 'CP', 'AC', 'AQ']);

/** The alpha-2 code a regional-indicator pair spells ("🇨🇳" → "CN"). */
function pairToCode(pair: string): string {
  let code = '';
  for (const ch of pair) code += String.fromCharCode(65 + (ch.codePointAt(0) ?? REGIONAL_A) - REGIONAL_A);
  return code;
}

/** Every flag emoji that stands for a country, in text order, via "flag". */
export function findFlags(text: string): CountryMentionDraft[] {
  const out: CountryMentionDraft[] = [];
  for (const m of text.matchAll(REGIONAL_PAIR)) {
    const code = pairToCode(m[0]);
    if (NOT_COUNTRIES.has(code) || !countryInfo(code)) continue;
    out.push({ country: code, surface: m[0], via: 'flag', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(SUBDIVISION_FLAG)) {
    out.push({ country: 'GB', surface: m[0], via: 'flag', start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}
