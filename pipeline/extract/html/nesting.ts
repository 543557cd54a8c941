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

/** Character codes the tag scanner of {@link maxDepth} tests. */
const SLASH = 0x2f; // /

/** Whether a character code may start a tag name ([A-Za-z]). */
const isNameStart = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** Whether a character code may continue a tag name ([A-Za-z0-9:-]). */
const isNameChar = (c: number): boolean => isNameStart(c) || (c >= 0x30 && c <= 0x3a) || c === 0x2d;

/**
 * A tag name of letters only, at most {@link PACKED_LETTERS} of them, packed
 * into one number (five bits a letter, case ignored), so that {@link maxDepth}
 * tells a void or sibling-closing element without copying its name.
 */
const PACKED_LETTERS = 8;
function packedName(name: string, start = 0, end = name.length): number {
  if (end - start > PACKED_LETTERS) return -1;
  let key = 0;
  for (let i = start; i < end; i++) {
    const c = name.charCodeAt(i) | 0x20; // lower case of a letter
    if (c < 0x61 || c > 0x7a) return -1; // a digit, ":" or "-": no element of the lists
    key = key * 32 + (c - 0x60);
  }
  return key;
}

/** The packed names of the elements that do not nest ({@link VOID}, {@link SELF_CLOSING_SIBLINGS}); every other name nests. */
const NOT_NESTING = new Set([...VOID, ...SELF_CLOSING_SIBLINGS].map((name) => packedName(name)));

/**
 * Deepest nesting of the page's tags, counted as the parser would open them
 * (approximately: close tags pop one level). It finds exactly the tags
 * {@link TAG} matches, with a scan of character codes instead of the regex: it
 * runs on every page before the parse, and the regex (a lazy run per tag, a
 * lower-cased copy of every name) cost a fifth of the parse itself. Names
 * are compared packed ({@link packedName}), not copied.
 */
function maxDepth(html: string): number {
  let depth = 0;
  let max = 0;
  const n = html.length;
  // The next ">" and the next "<" at or after the scan's position, found with indexOf (a native search) rather
  // than a loop over each tag's attributes, and kept until the scan passes them, so each character is searched
  // over once however many "<" lack their ">" (a search per tag for its ">" alone would be quadratic there).
  let nextGt = -2;
  let nextLt = -2;
  for (let lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', lt + 1)) {
    let i = lt + 1;
    const close = html.charCodeAt(i) === SLASH;
    if (close) i++;
    if (!isNameStart(html.charCodeAt(i))) continue;
    const nameStart = i;
    while (i < n && isNameChar(html.charCodeAt(i))) i++;
    const nameEnd = i;
    // The tag ends at the first ">"; a "<" first means no tag starts here (the scan goes on from the next "<").
    if (nextGt !== -1 && nextGt < i) nextGt = html.indexOf('>', i);
    if (nextLt !== -1 && nextLt < i) nextLt = html.indexOf('<', i);
    if (nextGt < 0 || (nextLt >= 0 && nextLt < nextGt)) continue;
    i = nextGt;
    const selfClosing = i > nameEnd && html.charCodeAt(i - 1) === SLASH;
    lt = i; // the next tag starts after this one's ">"
    if (selfClosing || NOT_NESTING.has(packedName(html, nameStart, nameEnd))) continue;
    if (close) depth = Math.max(0, depth - 1);
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
