import { describe, expect, it } from 'vitest';
import { diskProblem } from '../../pipeline/lib/errors.ts';

const fsError = (code: string, syscall: string) => Object.assign(new Error(`${code}: made-up`), { code, syscall });

describe('which errors are the disk\'s', () => {
  it('names a full, read-only or forbidden disk, also as the cause of another error', () => {
    expect(diskProblem(fsError('ENOSPC', 'write'))).toBe('the disk is full (ENOSPC)');
    expect(diskProblem(fsError('EROFS', 'open'))).toBe('the file system is read-only (EROFS)');
    expect(diskProblem(new Error('wrapped', { cause: fsError('EDQUOT', 'write') }))).toBe('the disk quota is used up (EDQUOT)');
  });

  it('leaves network errors and other file errors alone', () => {
    expect(diskProblem(fsError('EACCES', 'connect'))).toBeNull();
    expect(diskProblem(fsError('ECONNRESET', 'read'))).toBeNull();
    expect(diskProblem(fsError('ENOENT', 'open'))).toBeNull();
    expect(diskProblem(new Error('no code'))).toBeNull();
  });
});
