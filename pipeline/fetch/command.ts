import { parseArgs } from 'node:util';
import { type CommandHelp, helpText, wantsHelp } from '../lib/cli-help.ts';
import { PipelineError } from '../lib/errors.ts';
import { runFetch, type FetchRunDeps } from './fetch-run.ts';
import { DEFAULT_OPTIONS, type FetchOptions } from './options.ts';

const USAGE = `usage: fetch [--sources FILE] [--raw DIR] [--concurrency N] [--per-host N] [--delay MS]
             [--timeout SECONDS] [--retries N] [--max-bytes N] [--user-agent UA]
             [--allow-hosts HOST:PORT,...]`;

const D = DEFAULT_OPTIONS;
/** What `fetch --help` prints. */
export const FETCH_HELP: CommandHelp = {
  usage: `usage: tsx pipeline/cli.ts ${USAGE.replace(/^usage: /, '')}`,
  summary: 'Fetches every URL of the source list into raw snapshots and raw/manifest.json, politely (robots.txt, per-host limits, retries), resuming where a previous run stopped.',
  options: [
    { name: 'sources', value: 'FILE', text: `URL list, one a line, # starts a comment (default: ${D.sourcesFile})` },
    { name: 'raw', value: 'DIR', text: `folder of the snapshots and manifest.json (default: ${D.rawDir})` },
    { name: 'concurrency', value: 'N', text: `URLs worked on at once over all hosts (default: ${D.concurrency})` },
    { name: 'per-host', value: 'N', text: `requests open to one host at once (default: ${D.perHost})` },
    { name: 'delay', value: 'MS', text: `milliseconds between two requests to one host, raised by robots.txt Crawl-delay (default: ${D.delayMs})` },
    { name: 'timeout', value: 'SECONDS', text: `time one request may take (default: ${D.timeoutMs / 1000})` },
    { name: 'retries', value: 'N', text: `retries of a retryable failure (default: ${D.retries})` },
    { name: 'max-bytes', value: 'N', text: `largest body stored; bigger ones fail as too-large (default: ${D.maxBytes})` },
    { name: 'user-agent', value: 'UA', text: 'User-Agent header and robots.txt name (default: the project name, version and repository)' },
    { name: 'allow-hosts', value: 'HOST:PORT,...', text: 'let these through the guard against private addresses (e.g. a local test server)' },
  ],
};

/** A whole number within bounds, or a PipelineError naming the option. */
function integerOption(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || !Number.isInteger(n)) {
    throw new PipelineError('fetch', `--${name} must be a whole number >= ${min}, not "${value}"`, { hint: USAGE });
  }
  return n;
}

/** Parses the fetch stage's command-line options into {@link FetchOptions}. */
export function parseFetchArgs(argv: string[]): FetchOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        sources: { type: 'string' },
        raw: { type: 'string' },
        concurrency: { type: 'string' },
        'per-host': { type: 'string' },
        delay: { type: 'string' },
        timeout: { type: 'string' },
        retries: { type: 'string' },
        'max-bytes': { type: 'string' },
        'user-agent': { type: 'string' },
        'allow-hosts': { type: 'string', multiple: false },
      },
    }));
  } catch (error) {
    throw new PipelineError('fetch', 'bad options', { cause: error, hint: USAGE });
  }
  const str = (name: string): string | undefined => {
    const v = values[name];
    return typeof v === 'string' ? v : undefined;
  };
  const timeoutSeconds = str('timeout');
  const timeout = timeoutSeconds === undefined ? DEFAULT_OPTIONS.timeoutMs / 1000 : Number(timeoutSeconds);
  if (!(timeout > 0)) throw new PipelineError('fetch', `--timeout must be a positive number of seconds, not "${timeoutSeconds}"`, { hint: USAGE });
  const allow = str('allow-hosts');
  return {
    ...DEFAULT_OPTIONS,
    sourcesFile: str('sources') ?? DEFAULT_OPTIONS.sourcesFile,
    rawDir: str('raw') ?? DEFAULT_OPTIONS.rawDir,
    concurrency: integerOption('concurrency', str('concurrency'), DEFAULT_OPTIONS.concurrency, 1),
    perHost: integerOption('per-host', str('per-host'), DEFAULT_OPTIONS.perHost, 1),
    delayMs: integerOption('delay', str('delay'), DEFAULT_OPTIONS.delayMs, 0),
    timeoutMs: Math.round(timeout * 1000),
    retries: integerOption('retries', str('retries'), DEFAULT_OPTIONS.retries, 0),
    maxBytes: integerOption('max-bytes', str('max-bytes'), DEFAULT_OPTIONS.maxBytes, 1),
    userAgent: str('user-agent') ?? DEFAULT_OPTIONS.userAgent,
    allowHosts: allow ? allow.split(',').map((h) => h.trim()).filter(Boolean) : [],
  };
}

/**
 * The `fetch` command: parses `argv`, fetches every URL of the source list
 * into the raw folder, prints progress to stderr and the summary to stdout.
 * Returns 0 when every URL was fetched, not modified or skipped by policy,
 * 1 when any failed (after keeping every success), the disk stopped the run
 * (a one-line message names it) or the options are wrong.
 */
export async function fetchCommand(argv: string[], deps: FetchRunDeps = {}): Promise<number> {
  if (wantsHelp(argv)) {
    console.log(helpText(FETCH_HELP));
    return 0;
  }
  try {
    const options = parseFetchArgs(argv);
    const result = await runFetch(options, deps);
    process.stdout.write(result.summary);
    if (result.stopped) process.stderr.write(`${result.stopped.message}\n`);
    return result.exitCode;
  } catch (error) {
    if (!(error instanceof PipelineError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
}
