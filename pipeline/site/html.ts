/**
 * Writing HTML at build time. Every string that comes from a page or a table
 * goes through {@link esc} (or {@link attr}); nothing from the data is ever
 * written unescaped, so a title such as `<script>…` is shown as text.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/g;
/** Schemes a link from the data may use; anything else (javascript:, data:) is shown as text. */
const SAFE_URL = /^(https?:|mailto:)/i;

/** Escapes text for HTML and SVG content and attribute values. */
export function esc(value: unknown): string {
  return String(value ?? '').replace(SPECIAL, (c) => ESCAPES[c] ?? c);
}

/** ` name="value"` with the value escaped, or nothing when the value is null. */
export function attr(name: string, value: unknown): string {
  return value === null || value === undefined ? '' : ` ${name}="${esc(value)}"`;
}

/** The URL when it is an http(s) or mailto link, else null. */
export function safeUrl(url: string | null | undefined): string | null {
  return url && SAFE_URL.test(url.trim()) ? url.trim() : null;
}

/** A link to a URL from the data, or the text alone when the URL is not a safe web link. */
export function externalLink(url: string | null | undefined, text: string): string {
  const safe = safeUrl(url);
  return safe ? `<a${attr('href', safe)} rel="noopener noreferrer nofollow">${esc(text)}</a>` : esc(text);
}

/** A table with a caption, header cells and escaped body cells. */
export function htmlTable(caption: string, header: string[], rows: Array<Array<string | number>>): string {
  const head = header.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td${typeof c === 'number' ? ' class="num"' : ''}>${esc(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table>\n<caption>${esc(caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}
