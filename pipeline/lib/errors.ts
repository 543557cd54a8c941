/** The pipeline's stages, as named in DESIGN.md. */
export type Stage = 'fetch' | 'extract' | 'validate' | 'publish' | 'cli';

/** Options of a {@link PipelineError}. */
export interface PipelineErrorOptions {
  /** The file the error is about (a snapshot, a table, a schema). */
  file?: string;
  /** The URL the error is about. */
  url?: string;
  /** What the user can do about it. */
  hint?: string;
  /** The original error. */
  cause?: unknown;
}

/**
 * An error that names the stage, the file or URL, what went wrong and what to do.
 * Its message is complete on its own, so a CLI can print it as is.
 */
export class PipelineError extends Error {
  readonly stage: Stage;
  readonly file: string | undefined;
  readonly url: string | undefined;
  readonly hint: string | undefined;

  constructor(stage: Stage, reason: string, options: PipelineErrorOptions = {}) {
    const where = [options.file, options.url].filter(Boolean).join(' ');
    const cause = options.cause instanceof Error ? `: ${options.cause.message}` : '';
    const hint = options.hint ? ` (${options.hint})` : '';
    super(`[${stage}]${where ? ` ${where}:` : ''} ${reason}${cause}${hint}`, { cause: options.cause });
    this.name = 'PipelineError';
    this.stage = stage;
    this.file = options.file;
    this.url = options.url;
    this.hint = options.hint;
  }
}
