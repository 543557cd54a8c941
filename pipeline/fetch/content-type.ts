/** Media types stored as snapshots (issue 6); everything else is `skipped`, `content-type`. */
const HTML_MEDIA_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** The bare media type of a Content-Type header (`text/html; charset=x` → `text/html`), lower-cased. */
export function mediaType(contentType: string | null | undefined): string | null {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type ? type : null;
}

/** True when a Content-Type header names HTML or XHTML. */
export function isHtmlContentType(contentType: string | null | undefined): boolean {
  const type = mediaType(contentType);
  return type !== null && HTML_MEDIA_TYPES.has(type);
}
