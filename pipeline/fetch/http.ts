import { request, type Dispatcher } from 'undici';
import { isAddressRefused } from './address-guard.ts';
import { withoutCredentials } from '../lib/credentials.ts';
import { failed, FetchError, skipped } from './fetch-error.ts';
import { isRetryableStatus, parseRetryAfter } from './retry.ts';

/** Network error codes that mean the name does not exist (no use retrying). */
const PERMANENT_DNS_CODES = new Set(['ENOTFOUND']);
/** Network error codes of name resolution that may pass (retry). */
const TRANSIENT_DNS_CODES = new Set(['EAI_AGAIN']);
/** How many body bytes of a response we do not want are drained before the socket is dropped. */
const DUMP_LIMIT_BYTES = 64 * 1024;

/** One HTTP response, its body read only when it was wanted. */
export interface HttpResponse {
  url: string;
  status: number;
  headers: Record<string, string>;
  /** The body bytes exactly as received, or null when not read. */
  body: Buffer | null;
}

/** Options of {@link requestOnce}. */
export interface RequestOptions {
  dispatcher: Dispatcher;
  headers: Record<string, string>;
  timeoutMs: number;
  maxBytes: number;
  /** Decides from the status and headers whether the body is read; other bodies are drained. */
  wantBody: (status: number, headers: Record<string, string>) => boolean;
}

/** Flattens undici's header record (repeated headers joined with ", "). */
function flattenHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** The error code of an error or of the first cause that has one. */
function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/** Turns a thrown network error into a typed {@link FetchError}. */
function classify(error: unknown, url: string, timedOut: boolean, inBody: boolean, timeoutMs: number): FetchError {
  if (isAddressRefused(error)) return skipped('address', url, 'refused to connect to a non-public address', error);
  if (timedOut) return failed('timeout', url, `no complete response within ${timeoutMs} ms`, { retryable: true, cause: error });
  const code = errorCode(error);
  if (inBody) return failed('truncated', url, 'the connection ended before the whole body arrived', { retryable: true, cause: error });
  if (code && PERMANENT_DNS_CODES.has(code)) return failed('dns', url, 'the host name does not resolve', { cause: error });
  if (code && TRANSIENT_DNS_CODES.has(code)) return failed('dns', url, 'name resolution failed', { retryable: true, cause: error });
  return failed('network', url, `network error${code ? ` ${code}` : ''}`, { retryable: true, cause: error });
}

/** Reads a body stream up to `maxBytes`, aborting as soon as it grows past it. */
async function readLimited(body: Dispatcher.ResponseData['body'], url: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    const buf = chunk as Buffer;
    total += buf.length;
    if (total > maxBytes) {
      body.destroy();
      throw failed('too-large', url, `the body is larger than --max-bytes ${maxBytes}`);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total);
}

/**
 * Sends one GET (no redirect following) and returns the status, headers and,
 * when `wantBody` says so, the complete body. Throws a {@link FetchError}:
 * `timeout` past `timeoutMs`, `too-large` over `maxBytes` (announced or
 * streamed), `truncated` when the body ends short of its Content-Length or
 * the connection drops, `address` when the guard refuses the connection,
 * `network`/`dns` otherwise. Error statuses are returned, not thrown.
 */
export async function requestOnce(url: string, options: RequestOptions): Promise<HttpResponse> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  let inBody = false;
  try {
    const res = await request(url, {
      method: 'GET',
      dispatcher: options.dispatcher,
      headers: options.headers,
      signal: controller.signal,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
    });
    const headers = flattenHeaders(res.headers);
    if (!options.wantBody(res.statusCode, headers)) {
      // An unwanted body (redirect, error page, non-HTML) is drained or dropped; its loss is intended.
      await res.body.dump({ limit: DUMP_LIMIT_BYTES }).catch(() => undefined);
      return { url, status: res.statusCode, headers, body: null };
    }
    const declared = headers['content-length'] === undefined ? null : Number(headers['content-length']);
    if (declared !== null && declared > options.maxBytes) {
      res.body.destroy();
      throw failed('too-large', url, `Content-Length ${declared} is larger than --max-bytes ${options.maxBytes}`);
    }
    inBody = true;
    const body = await readLimited(res.body, url, options.maxBytes);
    if (declared !== null && Number.isFinite(declared) && body.length !== declared) {
      throw failed('truncated', url, `received ${body.length} of ${declared} bytes`, { retryable: true });
    }
    return { url, status: res.statusCode, headers, body };
  } catch (error) {
    if (error instanceof FetchError) throw error;
    throw classify(error, url, timedOut, inBody, options.timeoutMs);
  } finally {
    clearTimeout(timer);
  }
}

/** The typed error of a status that gives no snapshot (retryable for 408, 429 and 5xx, with Retry-After). */
export function statusError(response: HttpResponse): FetchError {
  const retryable = isRetryableStatus(response.status);
  return failed(`http-${response.status}`, response.url, `the server answered HTTP ${response.status}`, {
    retryable,
    status: response.status,
    retryAfterMs: retryable ? parseRetryAfter(response.headers['retry-after']) : null,
  });
}

/** True for the redirect statuses that carry a Location. */
export function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

/**
 * Follows redirects by hand from `url`: `hop` makes each request (and may
 * refuse a hop by throwing). Fails with `redirect-loop` when a URL comes back,
 * `too-many-redirects` past `maxRedirects`, `bad-redirect` on a missing or
 * unparseable Location. Returns the first non-redirect response.
 */
export async function followRedirects(
  url: string,
  maxRedirects: number,
  hop: (url: string) => Promise<HttpResponse>,
): Promise<HttpResponse> {
  const seen = new Set([url]);
  let current = url;
  for (let redirects = 0; ; redirects++) {
    const response = await hop(current);
    if (!isRedirect(response.status)) return response;
    const location = response.headers['location'];
    let next: string;
    try {
      if (!location) throw new Error('no Location header');
      // Credentials in a Location are dropped like those of the source list: never sent, stored or logged.
      next = withoutCredentials(new URL(location, current).href);
    } catch (error) {
      throw failed('bad-redirect', url, `HTTP ${response.status} from ${current} without a usable Location`, { cause: error });
    }
    if (seen.has(next)) throw failed('redirect-loop', url, `redirect loop: ${current} -> ${next}`);
    if (redirects + 1 > maxRedirects) throw failed('too-many-redirects', url, `more than ${maxRedirects} redirects`);
    seen.add(next);
    current = next;
  }
}
