/**
 * A linear pre-check of tag nesting, run before the HTML parser. htmlparser2
 * keeps the open elements in an array it shifts at every open and close tag,
 * so a page of 100,000 unclosed inline tags (<b>, <font>) costs it time in
 * the square of the depth (issue 14: 45-65 s for one page). Pages nested
 * deeper than the cap have their excess open tags (and the close tags that
 * match them) dropped, keeping the text; every other page is left untouched.
 */

/** A start or end tag: name, and a final "/" for self-closing tags. No nested quantifiers: one pass per "<". */
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*?(\/?)>/g;

/** Elements that never hold others (HTML void elements). */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Elements the parser closes when a sibling of the same kind opens: left unclosed, they do not nest. */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'rt', 'rp']);

const nests = (name: string, selfClosing: string): boolean => selfClosing === '' && !VOID.has(name) && !SELF_CLOSING_SIBLINGS.has(name);

/** Deepest nesting of the page's tags, counted as the parser would open them (approximately: close tags pop one level). */
function maxDepth(html: string): number {
  let depth = 0;
  let max = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    const name = m[2]!.toLowerCase();
    if (!nests(name, m[3]!)) continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else max = Math.max(max, ++depth);
  }
  return max;
}

/**
 * Drops the open tags that would nest deeper than `limit`, and the close tags
 * that match them; the text between them stays. Returns the page unchanged
 * (same string) when it never nests that deep. Linear in the page.
 */
export function capNesting(html: string, limit: number): { html: string; dropped: number } {
  if (maxDepth(html) <= limit) return { html, dropped: 0 };
  let depth = 0;
  let dropped = 0;
  const droppedOpen = new Map<string, number>();
  const capped = html.replace(TAG, (tag: string, slash: string, rawName: string, selfClosing: string) => {
    const name = rawName.toLowerCase();
    if (!nests(name, selfClosing)) return tag;
    if (slash === '/') {
      const open = droppedOpen.get(name) ?? 0;
      if (open > 0) {
        droppedOpen.set(name, open - 1);
        return ' ';
      }
      depth = Math.max(0, depth - 1);
      return tag;
    }
    if (depth < limit) {
      depth++;
      return tag;
    }
    droppedOpen.set(name, (droppedOpen.get(name) ?? 0) + 1);
    dropped++;
    return ' ';
  });
  return { html: capped, dropped };
}
