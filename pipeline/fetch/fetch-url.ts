import type { Dispatcher } from 'undici';
import { isHtmlContentType, mediaType } from './content-type.ts';
import { failed, skipped } from './fetch-error.ts';
import { followRedirects, requestOnce, statusError, type HttpResponse } from './http.ts';
import type { HostGate } from './politeness.ts';
import { isRetryableStatus, withRetry, type OnRetry, type RetryPolicy } from './retry.ts';
import type { RobotsCache } from './robots.ts';

/** Schemes a URL or a redirect may use. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:']);
/** Content codings we can store (identity, or gzip stored as `.html.gz`). */
const STORABLE_ENCODINGS = new Set(['', 'identity', 'gzip', 'x-gzip']);

/** What a fetch run shares between URLs. */
export interface FetchContext {
  dispatcher: Dispatcher;
  gate: HostGate;
  robots: RobotsCache;
  retry: RetryPolicy;
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  onRetry?: OnRetry;
}

/** Validators of a snapshot we already have, sent as conditional headers. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

/** A fetch of one URL that ended with something to record. */
export type PageResult =
  | { kind: 'fetched'; finalUrl: string; status: number; headers: Record<string, string>; body: Buffer }
  | { kind: 'not_modified'; finalUrl: string; status: number; headers: Record<string, string> };

/** Throws `skipped` (`scheme`) for anything but http and https. */
export function checkScheme(url: string): void {
  const protocol = new URL(url).protocol;
  if (!ALLOWED_PROTOCOLS.has(protocol)) skippedScheme(url, protocol);
}

function skippedScheme(url: string, protocol: string): never {
  throw skipped('scheme', url, `only http and https are fetched, not ${protocol}`);
}

/** Request headers: our User-Agent, HTML first, no compression, and the validators if any. */
function requestHeaders(ctx: FetchContext, validators: Validators | null): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': ctx.userAgent,
    accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
    'accept-encoding': 'identity',
  };
  if (validators?.etag) headers['if-none-match'] = validators.etag;
  if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
  return headers;
}

/** One request through the host gate with retries; retryable statuses become retryable errors. */
export function politeRequest(
  ctx: FetchContext,
  url: string,
  headers: Record<string, string>,
  maxBytes: number,
  wantBody: (status: number, headers: Record<string, string>) => boolean,
): Promise<HttpResponse> {
  const host = new URL(url).host;
  return withRetry(
    () =>
      ctx.gate.run(host, async () => {
        const response = await requestOnce(url, { dispatcher: ctx.dispatcher, headers, timeoutMs: ctx.timeoutMs, maxBytes, wantBody });
        if (isRetryableStatus(response.status)) {
          const error = statusError(response);
          if (error.retryAfterMs !== null && error.retryAfterMs <= ctx.retry.maxRetryAfterMs) ctx.gate.pause(host, error.retryAfterMs);
          throw error;
        }
        return response;
      }),
    ctx.retry,
    ctx.onRetry,
  );
}

/**
 * Fetches one article URL politely: every hop must be http(s), allowed by
 * its host's robots.txt, and goes through the per-host gate with retries.
 * Returns the page (HTML only, bytes untouched) or `not_modified`; throws a
 * FetchError for everything else.
 */
export async function fetchPage(url: string, ctx: FetchContext, validators: Validators | null): Promise<PageResult> {
  const headers = requestHeaders(ctx, validators);
  const wantBody = (status: number, h: Record<string, string>) => status >= 200 && status < 300 && isHtmlContentType(h['content-type']);
  const response = await followRedirects(url, ctx.maxRedirects, async (hopUrl) => {
    checkScheme(hopUrl);
    await ctx.robots.check(hopUrl);
    return politeRequest(ctx, hopUrl, headers, ctx.maxBytes, wantBody);
  });
  if (response.status === 304) return { kind: 'not_modified', finalUrl: response.url, status: 304, headers: response.headers };
  if (response.status < 200 || response.status >= 300) throw statusError(response);
  const type = response.headers['content-type'];
  if (!isHtmlContentType(type)) {
    throw skipped('content-type', url, `${mediaType(type) ?? 'no Content-Type'} is not HTML`, undefined, response.status);
  }
  const encoding = (response.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (!STORABLE_ENCODINGS.has(encoding)) {
    throw failed('content-encoding', url, `the server sent an unasked-for ${encoding} body`);
  }
  if (!response.body) throw failed('network', url, 'no body');
  return { kind: 'fetched', finalUrl: response.url, status: response.status, headers: response.headers, body: response.body };
}

/** Fetches a robots.txt (redirects followed, retried, guarded) without consulting robots rules. */
export function fetchRobotsTxt(ctx: FetchContext, robotsMaxBytes: number): (robotsUrl: string) => Promise<HttpResponse> {
  const headers = { 'user-agent': ctx.userAgent, accept: 'text/plain,*/*;q=0.1', 'accept-encoding': 'identity' };
  return (robotsUrl) =>
    followRedirects(robotsUrl, ctx.maxRedirects, (hopUrl) => {
      checkScheme(hopUrl);
      return politeRequest(ctx, hopUrl, headers, robotsMaxBytes, (status) => status >= 200 && status < 300);
    });
}
