import type { FetchOutcome } from '../lib/manifest.ts';

/** Where progress and summary lines go (process.stderr, or a collector in tests). */
export interface LineSink {
  write(text: string): unknown;
}

/** What happened to one URL in this run (the manifest may keep an older snapshot). */
export interface UrlOutcome {
  url: string;
  outcome: Exclude<FetchOutcome, 'reconstructed'>;
  reason: string | null;
  /** A sentence for the user (the error message for skips and failures). */
  detail: string;
  bytes: number | null;
  /** True when an earlier snapshot was kept despite this run's skip or failure. */
  keptSnapshot: boolean;
}

/** Outcome counts of a run. */
export type OutcomeCounts = Record<UrlOutcome['outcome'], number>;

const OUTCOME_WIDTH = 'not_modified'.length;

/** Counts outcomes. */
export function countOutcomes(outcomes: readonly UrlOutcome[]): OutcomeCounts {
  const counts: OutcomeCounts = { fetched: 0, not_modified: 0, skipped: 0, failed: 0 };
  for (const o of outcomes) counts[o.outcome]++;
  return counts;
}

function formatBytes(bytes: number | null): string {
  if (bytes === null) return '';
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** Prints a line per finished URL with running counts and rate, and the end summary. */
export class Progress {
  private readonly done: UrlOutcome[] = [];
  private readonly started: number;

  constructor(
    private readonly sink: LineSink,
    private readonly total: number,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  /** Records and prints one finished URL. */
  finished(outcome: UrlOutcome): void {
    this.done.push(outcome);
    const c = countOutcomes(this.done);
    const seconds = Math.max(0.001, (this.now() - this.started) / 1000);
    const width = String(this.total).length;
    const what = outcome.reason ? `${outcome.outcome} (${outcome.reason})` : outcome.outcome;
    const size = formatBytes(outcome.bytes);
    this.sink.write(
      `[${String(this.done.length).padStart(width)}/${this.total}] ${what.padEnd(OUTCOME_WIDTH)} ${outcome.url}${size ? ` ${size}` : ''}` +
        ` | ${c.fetched} fetched, ${c.not_modified} not modified, ${c.skipped} skipped, ${c.failed} failed, ${(this.done.length / seconds).toFixed(2)} URL/s\n`,
    );
  }

  /** Prints a note (e.g. a retry) on its own line. */
  note(text: string): void {
    this.sink.write(`  ${text}\n`);
  }

  /** The end-of-run summary: counts, then every skip and failure with its URL and reason. */
  summary(): string {
    const c = countOutcomes(this.done);
    const seconds = ((this.now() - this.started) / 1000).toFixed(1);
    const lines = [
      `fetch: ${this.done.length} URLs in ${seconds} s: ${c.fetched} fetched, ${c.not_modified} not modified, ${c.skipped} skipped, ${c.failed} failed`,
    ];
    for (const kind of ['skipped', 'failed'] as const) {
      for (const o of this.done.filter((d) => d.outcome === kind)) {
        const kept = o.keptSnapshot ? ' (earlier snapshot kept)' : '';
        lines.push(`  ${kind} ${o.reason ?? ''} ${o.url}: ${o.detail}${kept}`);
      }
    }
    return `${lines.join('\n')}\n`;
  }
}
