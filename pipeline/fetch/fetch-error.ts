import { PipelineError } from '../lib/errors.ts';

/** Why a URL ended `skipped`: a policy, not a fault, so the run can still exit 0. */
export type SkipReason = 'robots' | 'content-type' | 'address' | 'scheme';

/**
 * Why a URL ended `failed`. `http-<status>` covers error statuses; the others
 * name what the network or the page did.
 */
export type FailReason =
  | 'too-large'
  | 'truncated'
  | 'timeout'
  | 'network'
  | 'dns'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'bad-redirect'
  | 'robots-unavailable'
  | 'content-encoding'
  | 'invalid-url'
  | 'write'
  | 'internal'
  | `http-${number}`;

/** Options of a {@link FetchError}. */
export interface FetchErrorOptions {
  /** Whether another attempt may succeed (network errors, timeouts, 5xx, 408, 429). */
  retryable?: boolean;
  /** The HTTP status that caused it, if any. */
  status?: number | null;
  /** Milliseconds the server asked us to wait (Retry-After), if any. */
  retryAfterMs?: number | null;
  cause?: unknown;
}

/**
 * A fetch of one URL that did not give a snapshot: carries the stage, the URL,
 * the manifest outcome and reason, whether it is worth retrying, and the cause.
 */
export class FetchError extends PipelineError {
  readonly outcome: 'failed' | 'skipped';
  readonly reason: SkipReason | FailReason;
  readonly retryable: boolean;
  readonly status: number | null;
  readonly retryAfterMs: number | null;
  /** A short sentence for the summary: what happened, and the underlying error's message if any. */
  readonly detail: string;

  constructor(
    outcome: 'failed' | 'skipped',
    reason: SkipReason | FailReason,
    url: string,
    message: string,
    options: FetchErrorOptions = {},
  ) {
    super('fetch', `${outcome} (${reason}): ${message}`, { url, cause: options.cause });
    this.name = 'FetchError';
    this.outcome = outcome;
    this.reason = reason;
    this.retryable = options.retryable ?? false;
    this.status = options.status ?? null;
    this.retryAfterMs = options.retryAfterMs ?? null;
    const root = options.cause instanceof FetchError ? undefined : options.cause;
    this.detail = root instanceof Error && root.message ? `${message}: ${root.message}` : message;
  }
}

/** A URL skipped by policy (robots, content type, address, scheme). */
export function skipped(reason: SkipReason, url: string, message: string, cause?: unknown, status?: number): FetchError {
  return new FetchError('skipped', reason, url, message, { cause, status: status ?? null });
}

/** A URL that failed; `retryable` says whether another attempt may help. */
export function failed(reason: FailReason, url: string, message: string, options: FetchErrorOptions = {}): FetchError {
  return new FetchError('failed', reason, url, message, options);
}
