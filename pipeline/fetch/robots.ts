import robotsParserModule from 'robots-parser';
import { FetchError, failed, skipped } from './fetch-error.ts';
import type { HttpResponse } from './http.ts';

/** robots-parser is CommonJS whose types declare an ES default export; at run time the module itself is the function. */
type RobotsParser = typeof robotsParserModule.default;
const robotsParser: RobotsParser =
  (robotsParserModule as unknown as { default?: RobotsParser }).default ?? (robotsParserModule as unknown as RobotsParser);

/** What a robots.txt lets us do on one origin. */
interface RobotsRules {
  isAllowed(url: string): boolean;
  /** Crawl-delay in ms for our user agent, or null. */
  crawlDelayMs: number | null;
}

/** No robots.txt (4xx): everything is allowed (RFC 9309 2.3.1.3). */
const ALLOW_ALL: RobotsRules = { isAllowed: () => true, crawlDelayMs: null };

/** Fetches a robots.txt URL (following redirects, retrying) and returns the final response. */
export type RobotsFetcher = (robotsUrl: string) => Promise<HttpResponse>;

/**
 * robots.txt per origin, fetched once per run and cached (failures too, so a
 * dead host is not asked again for every URL). A 4xx means no rules; a 5xx,
 * timeout or network failure means we cannot know, so the URL fails with
 * `robots-unavailable` and is never requested (RFC 9309 asks crawlers to
 * assume a complete disallow), and a later run tries again.
 */
export class RobotsCache {
  private readonly cache = new Map<string, Promise<RobotsRules>>();

  constructor(
    private readonly userAgent: string,
    private readonly fetchRobots: RobotsFetcher,
    /** Called once per origin with its Crawl-delay (ms), when it has one. */
    private readonly onCrawlDelay: (host: string, delayMs: number) => void,
  ) {}

  private load(origin: string, host: string): Promise<RobotsRules> {
    let rules = this.cache.get(origin);
    if (!rules) {
      rules = this.fetchRules(origin, host);
      this.cache.set(origin, rules);
    }
    return rules;
  }

  private async fetchRules(origin: string, host: string): Promise<RobotsRules> {
    const robotsUrl = `${origin}/robots.txt`;
    let response: HttpResponse;
    try {
      response = await this.fetchRobots(robotsUrl);
    } catch (error) {
      if (error instanceof FetchError && (error.outcome === 'skipped' || error.reason === 'dns')) throw error;
      throw failed('robots-unavailable', robotsUrl, 'robots.txt could not be read', { cause: error });
    }
    if (response.status >= 400 && response.status < 500) return ALLOW_ALL;
    if (response.status < 200 || response.status >= 300 || !response.body) {
      throw failed('robots-unavailable', robotsUrl, `robots.txt answered HTTP ${response.status}`, { status: response.status });
    }
    const robot = robotsParser(robotsUrl, response.body.toString('utf8'));
    const delaySeconds = robot.getCrawlDelay(this.userAgent);
    const crawlDelayMs = typeof delaySeconds === 'number' && delaySeconds > 0 ? delaySeconds * 1000 : null;
    if (crawlDelayMs !== null) this.onCrawlDelay(host, crawlDelayMs);
    return { isAllowed: (url) => robot.isAllowed(url, this.userAgent) !== false, crawlDelayMs };
  }

  /**
   * Throws `skipped` (`robots`) when robots.txt disallows `url` for our user
   * agent, or the error that kept us from reading it (re-labelled for `url`).
   */
  async check(url: string): Promise<void> {
    const parsed = new URL(url);
    let rules: RobotsRules;
    try {
      rules = await this.load(parsed.origin, parsed.host);
    } catch (error) {
      if (!(error instanceof FetchError)) throw error;
      throw new FetchError(error.outcome, error.reason, url, `robots.txt of ${parsed.origin}: ${error.detail}`, {
        status: error.status,
        cause: error,
      });
    }
    if (!rules.isAllowed(url)) throw skipped('robots', url, `robots.txt of ${parsed.origin} disallows it`);
  }
}
