/**
 * Offsets in Unicode code points. The extractors work on JavaScript strings,
 * whose indices count UTF-16 code units: an emoji or a rare CJK character
 * outside the Basic Multilingual Plane counts two. The published offsets
 * count code points instead (DESIGN.md), so that `text[char_start:char_end]`
 * is the span in Python, R and DuckDB. The conversion is done once, when the
 * tables are assembled (`assemble.ts`); nothing else converts.
 */

const SURROGATE = /[\uD800-\uDFFF]/;

/** Maps a UTF-16 offset into a text to the matching code point offset. */
export type OffsetMap = (utf16: number) => number;

/**
 * The offset map of one text: the identity when the text holds no character
 * beyond U+FFFF, else a prefix table (one entry per code unit). An offset that
 * falls between the two halves of a surrogate pair maps to the character it
 * splits.
 */
export function codePointOffsets(text: string): OffsetMap {
  if (!SURROGATE.test(text)) return (i) => i;
  const table = new Uint32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = points;
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point: count it at the low half.
    const isHigh = unit >= 0xd800 && unit <= 0xdbff;
    const next = text.charCodeAt(i + 1);
    if (!(isHigh && next >= 0xdc00 && next <= 0xdfff)) points += 1;
  }
  table[text.length] = points;
  return (i) => table[Math.max(0, Math.min(i, text.length))]!;
}

/**
 * Slices a text by code point offsets, as `text[start:end]` does in Python:
 * the helper for JavaScript users of the published offsets.
 */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}
