/**
 * The database patch (pipeline/publish/duckdb-patch.ts) when an actor's
 * counts change: the actor's row is updated in place, no row pointing at it
 * is deleted and inserted again, and the database holds what a clean load of
 * the same tables holds (compared by its data, duckdb-digest.ts). The tables
 * are a real build's (raw/ plus a made-up page); the changed count is made up.
 */
import { mkdir, mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { elementText, writeJsonArray } from '../../pipeline/lib/json-array-file.ts';
import { TABLES, type TableName } from '../../pipeline/lib/schemas.ts';
import { databaseDigest } from '../../pipeline/publish/duckdb-digest.ts';
import { patchDuckDb, writePatchParquet } from '../../pipeline/publish/duckdb-patch.ts';
import { DUCKDB_FILE, parquetFile, writeDuckDb } from '../../pipeline/publish/duckdb.ts';
import type { ChangeSet, TableChange } from '../../pipeline/publish/table-changes.ts';
import { buildPublishFixture } from './built.ts';

type Row = Record<string, unknown>;

/** A made-up change of the fixture's tables: the actor most mentioned, with one mention more counted (its mentions and quotes stay as they are). */
async function changedActor(previous: string, from: string) {
  const tables = Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, JSON.parse(await readFile(join(previous, `${t}.json`), 'utf8')) as Row[]] as const))) as Record<TableName, Row[]>;
  const mentions = new Map<unknown, number>();
  for (const m of tables.actor_mentions) mentions.set(m.actor_id, (mentions.get(m.actor_id) ?? 0) + 1);
  const [busiest] = [...mentions].sort((a, b) => b[1] - a[1])[0]!;
  const actor = tables.actors.find((a) => a.actor_id === busiest)!;
  const changed = { ...actor, mention_count: (actor.mention_count as number) + 1 };
  tables.actors = tables.actors.map((a) => (a === actor ? changed : a));
  for (const t of TABLES) await writeJsonArray(join(from, `${t}.json`), tables[t]);
  const change: TableChange = { changed: [{ key: JSON.stringify([busiest]), element: elementText(changed) }], removed: [JSON.stringify([busiest])] };
  const set: ChangeSet = { since: ['previous'], tables: new Map([['actors', change]]) };
  return { set, rows: Object.fromEntries(TABLES.map((t) => [t, tables[t].length])), mentions: mentions.get(busiest)! };
}

/** Three empty folders: the changed tables, the patched version, the clean one. */
async function folders(): Promise<[string, string, string]> {
  const root = await mkdtemp(join(tmpdir(), 'wsw-patch-'));
  const dirs = [join(root, 'from'), join(root, 'patched'), join(root, 'clean')] as [string, string, string];
  await Promise.all(dirs.map((d) => mkdir(d)));
  return dirs;
}

describe('the database patch', () => {
  it('writes the Parquet files before the change set is known, as a clean build writes them', async () => {
    const previous = (await buildPublishFixture()).latest;
    const [from, patched, clean] = await folders();
    const { set, rows } = await changedActor(previous, from);
    // Every table but the actors has the checksum the last database was made from (slow-outputs.ts compares them).
    const parquet = writePatchParquet(patched, from, previous, new Set(TABLES.filter((t) => t !== 'actors')));
    await patchDuckDb(patched, from, previous, set, rows, undefined, parquet);
    await writeDuckDb(clean, from);
    expect(await databaseDigest(join(patched, DUCKDB_FILE))).toBe(await databaseDigest(join(clean, DUCKDB_FILE)));
    for (const t of TABLES) expect(await readFile(join(patched, parquetFile(t))), t).toEqual(await readFile(join(clean, parquetFile(t))));
    expect((await stat(join(patched, parquetFile('quotes')))).ino).toBe((await stat(join(previous, parquetFile('quotes')))).ino);
    expect((await stat(join(patched, parquetFile('actors')))).ino).not.toBe((await stat(join(previous, parquetFile('actors')))).ino);
  });

  it('updates an actor whose counts changed in place, and gives the data of a clean load', async () => {
    const previous = (await buildPublishFixture()).latest;
    const [from, patched, clean] = await folders();
    const { set, rows, mentions } = await changedActor(previous, from);
    const counts = await patchDuckDb(patched, from, previous, set, rows);
    expect(counts).toEqual({ updated: 1, reinserted: 0 });
    expect(mentions).toBeGreaterThan(1);
    await writeDuckDb(clean, from);
    expect(await databaseDigest(join(patched, DUCKDB_FILE))).toBe(await databaseDigest(join(clean, DUCKDB_FILE)));
    expect(await readFile(join(patched, parquetFile('actors')))).toEqual(await readFile(join(clean, parquetFile('actors'))));
    // The other tables did not change: their Parquet files are the last version's.
    expect(await readFile(join(patched, parquetFile('actor_mentions')))).toEqual(await readFile(join(previous, parquetFile('actor_mentions'))));
  });
});
