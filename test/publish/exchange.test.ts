/**
 * The folder exchange started ahead of time (publish/exchange.ts
 * ReadyExchange): it exchanges two folders atomically when handed them, does
 * nothing when closed unused, and says why when it cannot. Folders are made up.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReadyExchange } from '../../pipeline/publish/exchange.ts';

async function twoFolders(): Promise<[string, string]> {
  const root = await mkdtemp(join(tmpdir(), 'wsw-exchange-'));
  const [a, b] = [join(root, 'a'), join(root, 'b')];
  await mkdir(a);
  await mkdir(b);
  await writeFile(join(a, 'f'), 'first');
  await writeFile(join(b, 'f'), 'second');
  return [a, b];
}

describe('an exchange made ready ahead', () => {
  it('exchanges the two folders it is handed', async () => {
    const [a, b] = await twoFolders();
    expect(await new ReadyExchange().exchange(a, b)).toEqual({ done: true });
    expect(await readFile(join(a, 'f'), 'utf8')).toBe('second');
    expect(await readFile(join(b, 'f'), 'utf8')).toBe('first');
  });

  it('does nothing when closed without being used', async () => {
    const [a, b] = await twoFolders();
    await new ReadyExchange().close();
    expect(await readFile(join(a, 'f'), 'utf8')).toBe('first');
    expect(await readFile(join(b, 'f'), 'utf8')).toBe('second');
  });

  it('says why when a folder is missing, and moves nothing', async () => {
    const [a, b] = await twoFolders();
    const result = await new ReadyExchange().exchange(join(a, '..', 'missing'), b);
    expect(result.done).toBe(false);
    expect(result.done ? '' : result.why).toMatch(/no such file/i);
    expect(await readFile(join(b, 'f'), 'utf8')).toBe('second');
  });
});
