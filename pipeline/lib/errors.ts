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
  /** False when the reason already says what the cause says (its message is then left out of this one). */
  showCause?: boolean;
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
    const cause = options.cause instanceof Error && options.showCause !== false ? `: ${options.cause.message}` : '';
    const hint = options.hint ? ` (${options.hint})` : '';
    super(`[${stage}]${where ? ` ${where}:` : ''} ${reason}${cause}${hint}`, { cause: options.cause });
    this.name = 'PipelineError';
    this.stage = stage;
    this.file = options.file;
    this.url = options.url;
    this.hint = options.hint;
  }
}

/** File-system error codes after which no later write can succeed either, with what they mean for the user. */
const DISK_PROBLEMS: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file system refuses a file this large',
  EROFS: 'the file system is read-only',
  EIO: 'the disk reported an input/output error',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
};

/** System calls of sockets, whose errors are never the disk's. */
const SOCKET_CALLS = new Set(['connect', 'bind', 'listen', 'accept', 'getaddrinfo', 'send', 'sendto', 'recv']);

/** What the disk said (e.g. "the disk is full (ENOSPC)") when `error` is a write failure no retry can fix; null otherwise. */
export function diskProblem(error: unknown): string | null {
  for (let e: unknown = error, depth = 0; e && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, syscall } = e as { code?: unknown; syscall?: unknown };
    // EACCES and EPERM also come from sockets (a firewall refusing connect): those are network failures, not the disk's.
    if (typeof syscall === 'string' && SOCKET_CALLS.has(syscall)) return null;
    if (typeof code === 'string' && Object.hasOwn(DISK_PROBLEMS, code)) return `${DISK_PROBLEMS[code]} (${code})`;
  }
  return null;
}

/**
 * A one-line error for a write that failed because of the disk: names the
 * stage, the file or folder, the disk's complaint and what to do. The
 * original error stays as `cause` (its message is not repeated: it names a
 * temporary file and says the same thing).
 */
export function diskError(stage: Stage, file: string, error: unknown, hint: string): PipelineError {
  const problem = diskProblem(error) ?? 'the write failed';
  return new PipelineError(stage, `cannot write: ${problem}`, { file, hint, cause: error, showCause: false });
}

/**
 * The error as a one-line PipelineError of `stage` when it is one already or
 * a file-system error (which names its file in `path`); null for anything
 * else (a bug, whose stack the caller should show).
 */
export function asPipelineError(stage: Stage, error: unknown): PipelineError | null {
  if (error instanceof PipelineError) return error;
  const fsError = error as NodeJS.ErrnoException | null;
  if (typeof fsError?.syscall !== 'string') return null;
  const file = fsError.path ?? '(no file named)';
  if (diskProblem(error)) return diskError(stage, file, error, 'free some space (or fix the permissions), then run the command again; the last good output is untouched');
  return new PipelineError(stage, `cannot ${fsError.syscall}`, { file, cause: error, hint: 'check that this path exists and is of the right kind (file or folder)' });
}
