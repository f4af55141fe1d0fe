/**
 * robots.txt (RFC 9309), read once per origin per run with the robots-parser package. A missing
 * robots.txt (4xx) allows everything; one that cannot be read (5xx, 429, network, after the usual
 * retries) means "disallow everything" for this run, as the RFC says, and the refusal is retryable.
 */
import { createRequire } from 'node:module';
import { FetchError, NewsExtractError } from '../errors.js';
import type { HttpResponse } from './http.js';

interface Robot {
  isAllowed(url: string, userAgent: string): boolean | undefined;
  getMatchingLineNumber(url: string, userAgent: string): number;
}
// a CommonJS function export whose bundled typings NodeNext resolution cannot call
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, robotsTxt: string) => Robot;
type Rules = { robot: Robot | null } | { unavailable: (url: string, input: string) => NewsExtractError };

/** the RFC asks parsers to read at least 500 KiB */
export const MAX_ROBOTS_BYTES = 512 * 1024;
/** how long rules are kept: the RFC's 24 hours (a worker process lives longer than a run) */
const RULES_TTL_MS = 24 * 60 * 60 * 1000;
/** how long an unreadable robots.txt blocks its origin before it is asked again */
const UNAVAILABLE_TTL_MS = 10 * 60 * 1000;
/** rules past their time are dropped when the table reaches this size, then twice what is left */
const FIRST_SWEEP = 1024;

export class RobotsRules {
  private readonly byOrigin = new Map<string, { rules: Promise<Rules>; expires: number }>();
  private sweepAt = FIRST_SWEEP;
  /** the product token robots.txt groups are matched against, e.g. "news-extract" */
  private readonly token: string;

  constructor(
    userAgent: string,
    private readonly fetchRobots: (robotsUrl: string) => Promise<HttpResponse>,
  ) {
    this.token = userAgent.split(/[/\s]/)[0] || userAgent;
  }

  /** throws a FETCH_BLOCKED error if robots.txt does not let us fetch url */
  async check(url: URL, input: string): Promise<void> {
    if (url.pathname === '/robots.txt') return;
    const rules = await this.rulesFor(url.origin);
    if ('unavailable' in rules) throw rules.unavailable(url.href, input);
    if (rules.robot && rules.robot.isAllowed(url.href, this.token) === false) {
      const line = rules.robot.getMatchingLineNumber(url.href, this.token);
      throw new FetchError('FETCH_BLOCKED', `news-extract: ${url.href} is disallowed by ${url.origin}/robots.txt (line ${line}) for "${this.token}" (use --no-robots to ignore)`, input, false);
    }
  }

  /** origins whose rules are held */
  get size(): number {
    return this.byOrigin.size;
  }

  private rulesFor(origin: string): Promise<Rules> {
    const now = Date.now();
    const cached = this.byOrigin.get(origin);
    if (cached && cached.expires > now) return cached.rules;
    if (this.byOrigin.size >= this.sweepAt) this.dropExpired(now);
    const entry = { rules: this.load(`${origin}/robots.txt`), expires: Infinity };
    this.byOrigin.set(origin, entry);
    void entry.rules.then((rules) => (entry.expires = Date.now() + ('unavailable' in rules ? UNAVAILABLE_TTL_MS : RULES_TTL_MS)));
    return entry.rules;
  }

  /** a worker process meets many origins once each: their rules would otherwise stay for its whole life */
  private dropExpired(now: number): void {
    for (const [origin, entry] of this.byOrigin) if (entry.expires <= now) this.byOrigin.delete(origin);
    this.sweepAt = Math.max(FIRST_SWEEP, 2 * this.byOrigin.size);
  }

  private async load(robotsUrl: string): Promise<Rules> {
    let response: HttpResponse;
    try {
      response = await this.fetchRobots(robotsUrl);
    } catch (error) {
      const failure = error as NewsExtractError;
      if (failure instanceof FetchError && failure.status) {
        const disallowAll = `news-extract: ${robotsUrl} answered HTTP ${failure.status}, which means "disallow all" until it can be read`;
        return { unavailable: (url, input) => new FetchError('FETCH_BLOCKED', `${disallowAll}: ${url} not fetched`, input, true, failure.status) };
      }
      // the host cannot be reached: the article's error is the host's
      return {
        unavailable: (url, input) =>
          new FetchError(failure.code, `${failure.message} (robots.txt unreachable, so ${url} is not fetched)`, input, failure.retryable !== false, undefined, undefined, { cause: failure }),
      };
    }
    const { status } = response;
    if (status >= 200 && status < 300) return { robot: robotsParser(robotsUrl, Buffer.from(response.bytes).toString('utf8')) };
    // 4xx and anything else that is an answer: there are no rules (RFC 9309 §2.3.1.3)
    return { robot: null };
  }
}
