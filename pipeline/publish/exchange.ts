/**
 * Atomic exchange of two folders: after it, each path names what the other
 * named, with no moment where either is missing. Node has no binding for it,
 * so the system call (Linux renameat2 RENAME_EXCHANGE, macOS renamex_np
 * RENAME_SWAP) is made through Python's ctypes; Python 3 is already a
 * prerequisite of the project (README). Returns false when the system, the
 * file system or a missing python3 cannot do it; the caller then falls back.
 */
import { spawnSync } from 'node:child_process';

/** Python program: exchange argv[1] and argv[2]; exit 0 done, 3 not supported, 2 other error (message on stderr). */
const EXCHANGE_PY = `
import ctypes, errno, os, sys
libc = ctypes.CDLL(None, use_errno=True)
a, b = os.fsencode(sys.argv[1]), os.fsencode(sys.argv[2])
if hasattr(libc, "renameat2"):
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

/** The outcome of {@link exchangeFolders}. */
export type ExchangeResult = { done: true } | { done: false; why: string };

/** Atomically exchanges two existing folders (same file system). */
export function exchangeFolders(a: string, b: string): ExchangeResult {
  const run = spawnSync('python3', ['-c', EXCHANGE_PY, a, b], { encoding: 'utf8' });
  if (run.error) return { done: false, why: `python3 is not available (${run.error.message})` };
  if (run.status === 0) return { done: true };
  return { done: false, why: run.stderr.trim() || `the system cannot exchange folders (exit ${run.status})` };
}
