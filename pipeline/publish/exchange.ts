/**
 * Atomic exchange of two folders: after it, each path names what the other
 * named, with no moment where either is missing. Node has no binding for it,
 * so the system call (Linux renameat2 RENAME_EXCHANGE, macOS renamex_np
 * RENAME_SWAP) is made through Python's ctypes; Python 3 is already a
 * prerequisite of the project (README). Returns false when the system, the
 * file system or a missing python3 cannot do it; the caller then falls back.
 * The publish stage starts the program ahead ({@link ReadyExchange}), so
 * Python's start-up is not waited for at the switch.
 */
import { spawn, spawnSync } from 'node:child_process';

/** Python program: exchange argv[1] and argv[2]; exit 0 done, 3 not supported, 2 other error (message on stderr). */
const EXCHANGE_PY = `
import ctypes, errno, os, sys
libc = ctypes.CDLL(None, use_errno=True)
a, b = os.fsencode(sys.argv[1]), os.fsencode(sys.argv[2])
${exchangeCall()}`;

/**
 * The same, started ahead: the two paths come on standard input (each ended by
 * a NUL byte) when the exchange is due; no input exits 0 with nothing done.
 */
const EXCHANGE_LATER_PY = `
import ctypes, errno, os, sys
paths = sys.stdin.buffer.read().split(b"\\0")
if len(paths) < 3:
    sys.exit(0)
libc = ctypes.CDLL(None, use_errno=True)
a, b = paths[0], paths[1]
${exchangeCall()}`;

/** The system call and its exit codes, shared by both programs. */
function exchangeCall(): string {
  return `if hasattr(libc, "renameat2"):
    r = libc.renameat2(-100, a, -100, b, 2)  # AT_FDCWD, RENAME_EXCHANGE
elif hasattr(libc, "renamex_np"):
    r = libc.renamex_np(a, b, 2)  # RENAME_SWAP
else:
    sys.exit(3)
if r != 0:
    e = ctypes.get_errno()
    sys.stderr.write(os.strerror(e))
    sys.exit(3 if e in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP) else 2)
`;
}

/** The outcome of {@link exchangeFolders}. */
export type ExchangeResult = { done: true } | { done: false; why: string };

/** Atomically exchanges two existing folders (same file system). */
export function exchangeFolders(a: string, b: string): ExchangeResult {
  const run = spawnSync('python3', ['-c', EXCHANGE_PY, a, b], { encoding: 'utf8' });
  return outcome(run.status, run.stderr ?? '', run.error);
}

/** The outcome of a finished exchange program (a missing python3 included). */
function outcome(status: number | null, stderr: string, error?: Error): ExchangeResult {
  if (error) return { done: false, why: `python3 is not available (${error.message})` };
  if (status === 0) return { done: true };
  return { done: false, why: stderr.trim() || `the system cannot exchange folders (exit ${status})` };
}

/**
 * An exchange made ready before it is due: Python's start-up (seconds on a
 * busy machine, issue 12) overlaps the rest of the publish, and the exchange
 * itself is still the one atomic system call. {@link exchange} hands it the
 * two folders; {@link close} lets it exit with nothing done.
 */
export class ReadyExchange {
  private readonly child = spawn('python3', ['-c', EXCHANGE_LATER_PY], { stdio: ['pipe', 'ignore', 'pipe'] });
  private readonly finished: Promise<ExchangeResult>;

  constructor() {
    let stderr = '';
    this.child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    // A program that could not start (no python3) or that exited early leaves stdin broken: not an error of its own.
    this.child.stdin.on('error', () => undefined);
    this.finished = new Promise((resolve) => {
      this.child.on('error', (error) => resolve(outcome(null, stderr, error)));
      this.child.on('close', (status) => resolve(outcome(status, stderr)));
    });
  }

  /** Atomically exchanges two existing folders (same file system). */
  exchange = async (a: string, b: string): Promise<ExchangeResult> => {
    this.child.stdin.end(Buffer.concat([Buffer.from(a), Buffer.from([0]), Buffer.from(b), Buffer.from([0])]));
    return this.finished;
  };

  /** Lets the program exit without exchanging anything (a no-op after {@link exchange}). */
  async close(): Promise<void> {
    if (!this.child.stdin.writableEnded) this.child.stdin.end();
    await this.finished;
  }
}
