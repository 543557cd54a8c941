import { FetchError } from './fetch-error.ts';

/** Waits some milliseconds; injectable so tests need not wait. */
export type Sleep = (ms: number) => Promise<void>;

/** The real {@link Sleep}. */
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** HTTP statuses worth another attempt: request timeout, too many requests, and server errors. */
const RETRYABLE_STATUSES = new Set([408, 429]);
/** Retry-After as delta-seconds (RFC 9110 10.2.3). */
const DELTA_SECONDS = /^\s*(\d+)\s*$/;

/** How failures are retried. */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** First backoff delay in ms; doubles each attempt. */
  baseMs: number;
  /** Cap of the backoff delay in ms (before jitter). */
  maxMs: number;
  /** A longer Retry-After is not waited for: the error is thrown instead. */
  maxRetryAfterMs: number;
  sleep: Sleep;
  /** A number in [0, 1); injectable for tests. */
  random: () => number;
  /** True once the run has been stopped (e.g. the disk is full): no further attempt is made. */
  stopped?: () => boolean;
}

/** True for statuses a later attempt may fix: 408, 429 and every 5xx. */
export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status) || (status >= 500 && status <= 599);
}

/**
 * Parses a Retry-After header, seconds or an HTTP date, into milliseconds
 * from `now` (never negative); null when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | null {
  if (!value) return null;
  const seconds = DELTA_SECONDS.exec(value);
  if (seconds?.[1]) return Number(seconds[1]) * 1000;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}

/**
 * The delay before retry number `attempt` (0-based): exponential backoff
 * capped at `maxMs`, with "equal jitter" (half fixed, half random) so that
 * many clients retrying together spread out.
 */
export function backoffDelay(attempt: number, policy: Pick<RetryPolicy, 'baseMs' | 'maxMs' | 'random'>): number {
  const exp = Math.min(policy.maxMs, policy.baseMs * 2 ** attempt);
  return Math.round(exp / 2 + (exp / 2) * policy.random());
}

/** Called before each retry, e.g. to tell the user. */
export type OnRetry = (error: FetchError, attempt: number, delayMs: number) => void;

/**
 * Runs `attempt` until it succeeds, throws a non-retryable error, or the
 * retries are used up. A {@link FetchError} marked retryable is retried after
 * the larger of the backoff delay and the server's Retry-After.
 */
export async function withRetry<T>(attempt: (n: number) => Promise<T>, policy: RetryPolicy, onRetry?: OnRetry): Promise<T> {
  for (let n = 0; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      if (!(error instanceof FetchError) || !error.retryable || n >= policy.retries || policy.stopped?.()) throw error;
      if (error.retryAfterMs !== null && error.retryAfterMs > policy.maxRetryAfterMs) throw error;
      const delay = Math.max(backoffDelay(n, policy), error.retryAfterMs ?? 0);
      onRetry?.(error, n + 1, delay);
      await policy.sleep(delay);
    }
  }
}
