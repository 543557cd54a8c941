import { readFileSync } from 'node:fs';

/** Everything a fetch run can be told; {@link DEFAULT_OPTIONS} holds the defaults. */
export interface FetchOptions {
  /** The URL list: one URL a line, `#` starts a comment. */
  sourcesFile: string;
  /** The folder holding the snapshots and `manifest.json`. */
  rawDir: string;
  /** How many URLs are worked on at once, over all hosts. */
  concurrency: number;
  /** How many requests may be open to one host at once. */
  perHost: number;
  /** Minimum milliseconds between the starts of two requests to one host (raised by robots.txt Crawl-delay). */
  delayMs: number;
  /** Milliseconds one request (headers and body) may take before it is aborted. */
  timeoutMs: number;
  /** How many times a retryable failure is retried (so at most retries + 1 attempts). */
  retries: number;
  /** Largest body stored; bigger bodies are aborted (`failed`, `too-large`). */
  maxBytes: number;
  /** The User-Agent header, also the name robots.txt rules are matched against. */
  userAgent: string;
  /** `host:port` pairs let through the address guard (e.g. a test server on 127.0.0.1). */
  allowHosts: string[];
  /** Most redirects followed for one URL. */
  maxRedirects: number;
  /** First backoff delay before a retry, doubled at each further attempt. */
  retryBaseMs: number;
  /** Largest backoff delay between two attempts (before jitter). */
  retryMaxMs: number;
  /** A Retry-After longer than this is not waited for: the URL fails and a later run retries it. */
  maxRetryAfterMs: number;
  /** Largest robots.txt read. */
  robotsMaxBytes: number;
  /** Largest Crawl-delay honoured, so that one robots.txt cannot stall the run forever. */
  maxCrawlDelayMs: number;
}

interface PackageJson {
  name?: string;
  version?: string;
  homepage?: string;
  repository?: string | { url?: string };
}

/**
 * Reads the project's name, version and URL (`homepage`, else `repository`)
 * from package.json for the default User-Agent. The committed homepage is a
 * placeholder under the reserved `.invalid` domain until the project has a
 * public address; README says to set it (or pass --user-agent) before
 * fetching from real sites.
 */
function projectIdentity(): { name: string; version: string; repository: string } {
  let pkg: PackageJson = {};
  try {
    pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as PackageJson;
  } catch {
    // Without package.json the fallback identity below still names the project.
  }
  const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  return {
    name: pkg.name ?? 'who-said-what',
    version: pkg.version ?? '0',
    repository: pkg.homepage ?? repo ?? 'the who-said-what repository',
  };
}

const IDENTITY = projectIdentity();

/** The default User-Agent: names the project, its version and its URL (`+URL`), as polite crawlers do, so a site owner can find who fetched. */
export const DEFAULT_USER_AGENT = `${IDENTITY.name}-fetch/${IDENTITY.version} (open datasets of quotes from news articles; +${IDENTITY.repository})`;

/** The defaults of every option (issue 6 fixes per-host, delay, timeout, retries and max-bytes). */
export const DEFAULT_OPTIONS: FetchOptions = {
  sourcesFile: 'raw/sources.txt',
  rawDir: 'raw',
  // Total parallelism: small, since per-host limits keep each site at 2 anyway; 8 keeps a many-site list moving.
  concurrency: 8,
  // Issue 6: default 2 open requests per host.
  perHost: 2,
  // Issue 6: one request a second per host unless robots.txt asks for more.
  delayMs: 1000,
  // Issue 6: 30 s per request.
  timeoutMs: 30_000,
  // Issue 6: 4 retries.
  retries: 4,
  // Issue 6: 10 MB; real article pages are 50 KB-2 MB (bench-dev's largest is under 1 MB).
  maxBytes: 10 * 1024 * 1024,
  userAgent: DEFAULT_USER_AGENT,
  allowHosts: [],
  // Issue 6: redirects followed up to 5 (curl and browsers allow more, but article URLs rarely need 2).
  maxRedirects: 5,
  // 1 s, 2 s, 4 s, 8 s for 4 retries: about 15 s of patience per URL, comparable to the per-request timeout.
  retryBaseMs: 1000,
  // Caps the doubling so a larger --retries does not wait for minutes between attempts.
  retryMaxMs: 30_000,
  // Two minutes: longer Retry-After values mean "come back later", which a rerun does.
  maxRetryAfterMs: 120_000,
  // Google reads the first 500 KiB of a robots.txt (RFC 9309 asks for at least 500 KiB).
  robotsMaxBytes: 500 * 1024,
  // Crawl-delay values above a minute are treated as a minute (a run over one host then still finishes).
  maxCrawlDelayMs: 60_000,
};
