/**
 * Pages that cannot be read: a snapshot that is empty, not text at all (an
 * image, random bytes), or HTML with no readable text (script only). They
 * are reported as problems instead of being published as empty articles,
 * unless the user asks to keep them (`--keep-unreadable`).
 */

/**
 * Share of NUL bytes in the first {@link SNIFF_BYTES} bytes above which a
 * file is binary, not a page: text in any charset but UTF-16 has none, while
 * images and compressed data have about 1 in 256 or more (the WHATWG MIME
 * sniffing standard likewise calls a resource binary on a single "binary
 * data byte"; one NUL in a long page is tolerated as a stray).
 */
const MAX_NUL_SHARE = 0.001;
/** How many leading bytes are looked at (the MIME sniffing standard reads 1445). */
const SNIFF_BYTES = 1445;
/** Files that begin with a signature of a common image or archive format (WHATWG MIME sniffing, 6.1 and 6.2). */
const BINARY_SIGNATURES: readonly Buffer[] = [
  Buffer.from('89504e470d0a1a0a', 'hex'), // PNG
  Buffer.from('ffd8ff', 'hex'), // JPEG
  Buffer.from('GIF8'), // GIF
  Buffer.from('RIFF'), // WebP and other RIFF media
  Buffer.from('%PDF-'), // PDF
  Buffer.from('504b0304', 'hex'), // ZIP (and office files)
];

/**
 * True when the bytes look like UTF-16 text, whose ASCII characters carry a
 * NUL in every other byte: a byte-order mark, or NULs all on one parity and
 * at least one byte in four (binary data has NULs at both parities).
 */
function looksUtf16(head: Buffer): boolean {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return true;
  const nuls = [0, 0];
  for (let i = 0; i < head.length; i++) if (head[i] === 0) nuls[i % 2]! += 1;
  return Math.min(nuls[0]!, nuls[1]!) === 0 && Math.max(nuls[0]!, nuls[1]!) >= head.length / 4;
}

/** Why a page's records are unusable (no article worth publishing), or null when it reads. */
export function unreadableReason(bytes: Uint8Array, article: { text: string }): string | null {
  if (bytes.length === 0) return 'the file is empty';
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SNIFF_BYTES));
  if (BINARY_SIGNATURES.some((sig) => head.subarray(0, sig.length).equals(sig))) return 'the file is not a web page (an image, a PDF or an archive)';
  if (!looksUtf16(head)) {
    let nul = 0;
    for (const byte of head) if (byte === 0) nul++;
    if (nul / head.length > MAX_NUL_SHARE) return 'the file is binary data, not a web page';
  }
  if (article.text.trim() === '') return 'the page has no readable text (empty, script only, or no paragraphs)';
  return null;
}
