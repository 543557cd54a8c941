import iconv from 'iconv-lite';

/** How many leading bytes are searched for a `<meta charset>` declaration (the HTML spec's prescan reads 1024; pages often put it later). */
const META_PRESCAN_BYTES = 4096;

const HEADER_CHARSET = /charset\s*=\s*["']?([\w.:-]+)/i;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i;

/** Where a charset was found. */
export type CharsetSource = 'bom' | 'header' | 'meta' | 'default';

/** The charset of a page and where it came from. */
export interface DetectedCharset {
  charset: string;
  source: CharsetSource;
}

/** Maps labels browsers treat as aliases to the encoding they really use (WHATWG Encoding). */
function canonicalLabel(label: string): string {
  const lower = label.toLowerCase();
  if (lower === 'iso-8859-1' || lower === 'latin1' || lower === 'us-ascii' || lower === 'ascii') return 'windows-1252';
  if (lower === 'gb2312' || lower === 'gb_2312-80') return 'gbk';
  return lower;
}

/**
 * Finds the charset of an HTML document: a byte-order mark first, then the
 * Content-Type header, then a `<meta charset>` or `http-equiv` tag, else UTF-8.
 * Labels iconv-lite does not know are ignored.
 */
export function detectCharset(bytes: Uint8Array, contentType?: string | null): DetectedCharset {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', source: 'bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', source: 'bom' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', source: 'bom' };
  const fromHeader = contentType ? HEADER_CHARSET.exec(contentType)?.[1] : undefined;
  if (fromHeader && iconv.encodingExists(fromHeader)) return { charset: canonicalLabel(fromHeader), source: 'header' };
  const head = Buffer.from(bytes.subarray(0, META_PRESCAN_BYTES)).toString('latin1');
  const fromMeta = META_CHARSET.exec(head)?.[1];
  if (fromMeta && iconv.encodingExists(fromMeta)) return { charset: canonicalLabel(fromMeta), source: 'meta' };
  return { charset: 'utf-8', source: 'default' };
}

/** Decodes HTML bytes with the given charset (a BOM is stripped). */
export function decodeHtml(bytes: Uint8Array, charset: string): string {
  return iconv.decode(Buffer.from(bytes), charset, { stripBOM: true });
}
