import iconv from 'iconv-lite';
import { isSupported, labelToName } from 'whatwg-encoding';

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

/**
 * The encoding a browser uses for a label, lower-cased (e.g. "latin1" →
 * "windows-1252", "gb2312" → "gbk"), or null when the HTML standard never
 * decodes a page with it: labels the WHATWG Encoding Standard does not know
 * (UTF-7 above all, which turns `+ADw-script+AD4-` into `<script>`), and the
 * "replacement" encoding of ISO-2022-KR, HZ and the like. Labels come from
 * whatwg-encoding's copy of the standard's table (200+ labels).
 * From a `<meta>` (and for a manifest's record of one), UTF-16 means UTF-8
 * and x-user-defined means windows-1252, as the standard's prescan says.
 */
export function pageEncoding(label: string, source: CharsetSource = 'header'): string | null {
  const name = labelToName(label);
  if (name === null) return null;
  if (source === 'meta' && name.startsWith('UTF-16')) return 'utf-8';
  if (name === 'x-user-defined') return 'windows-1252';
  if (!isSupported(name) || !iconv.encodingExists(name)) return null;
  return name.toLowerCase();
}

/**
 * Finds the charset of an HTML document: a byte-order mark first, then the
 * Content-Type header, then a `<meta charset>` or `http-equiv` tag, else UTF-8.
 * Labels that are not a page encoding (see {@link pageEncoding}: UTF-7…)
 * are ignored, as browsers ignore them. A UTF-7 byte-order mark is no BOM.
 */
export function detectCharset(bytes: Uint8Array, contentType?: string | null): DetectedCharset {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', source: 'bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', source: 'bom' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', source: 'bom' };
  const fromHeader = contentType ? HEADER_CHARSET.exec(contentType)?.[1] : undefined;
  const header = fromHeader ? pageEncoding(fromHeader, 'header') : null;
  if (header) return { charset: header, source: 'header' };
  const head = Buffer.from(bytes.subarray(0, META_PRESCAN_BYTES)).toString('latin1');
  const fromMeta = META_CHARSET.exec(head)?.[1];
  const meta = fromMeta ? pageEncoding(fromMeta, 'meta') : null;
  if (meta) return { charset: meta, source: 'meta' };
  return { charset: 'utf-8', source: 'default' };
}

/**
 * Decodes HTML bytes with the given charset (a BOM is stripped). A charset
 * that is no page encoding (e.g. "utf-7" in a hand-edited or old manifest)
 * is not honoured: the page's own declaration, else UTF-8, is used instead.
 */
export function decodeHtml(bytes: Uint8Array, charset: string): string {
  const encoding = pageEncoding(charset, 'header') ?? detectCharset(bytes).charset;
  return iconv.decode(Buffer.from(bytes), encoding, { stripBOM: true });
}
