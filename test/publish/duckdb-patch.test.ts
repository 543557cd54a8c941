/**
 * The database patch (pipeline/publish/duckdb-patch.ts) when an actor's
 * counts change: the actor's row is updated in place, no row pointing at it
 * is deleted and inserted again, and the database holds what a clean load of
 * the same tables holds (compared by its data, duckdb-digest.ts). The tables
 * are a real build's (raw/ plus a made-up page); the changed count is made up.
 */
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { elementText, writeJsonArray } from '../../pipeline/lib/json-array-file.ts';
import { TABLES, type TableName } from '../../pipeline/lib/schemas.ts';
import { databaseDigest } from '../../pipeline/publish/duckdb-digest.ts';
import { patchDuckDb } from '../../pipeline/publish/duckdb-patch.ts';
import { DUCKDB_FILE, parquetFile, writeDuckDb } from '../../pipeline/publish/duckdb.ts';
import type { ChangeSet, TableChange } from '../../pipeline/publish/table-changes.ts';
import { buildPublishFixture } from './built.ts';

type Row = Record<string, unknown>;

describe('the database patch', () => {
  it('updates an actor whose counts changed in place, and gives the data of a clean load', async () => {
    const previous = (await buildPublishFixture()).latest;
    const root = await mkdtemp(join(tmpdir(), 'wsw-patch-'));
    const [from, patched, clean] = [join(root, 'from'), join(root, 'patched'), join(root, 'clean')];
    await Promise.all([from, patched, clean].map((d) => mkdir(d)));
    const tables = Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, JSON.parse(await readFile(join(previous, `${t}.json`), 'utf8')) as Row[]] as const))) as Record<TableName, Row[]>;
    // The actor most mentioned, with one mention more counted (its mentions and quotes stay as they are).
    const mentions = new Map<unknown, number>();
    for (const m of tables.actor_mentions) mentions.set(m.actor_id, (mentions.get(m.actor_id) ?? 0) + 1);
    const [busiest] = [...mentions].sort((a, b) => b[1] - a[1])[0]!;
    const actor = tables.actors.find((a) => a.actor_id === busiest)!;
    const changedActor = { ...actor, mention_count: (actor.mention_count as number) + 1 };
    tables.actors = tables.actors.map((a) => (a === actor ? changedActor : a));
    for (const t of TABLES) await writeJsonArray(join(from, `${t}.json`), tables[t]);
    const change: TableChange = { changed: [{ key: JSON.stringify([busiest]), element: elementText(changedActor) }], removed: [JSON.stringify([busiest])] };
    const set: ChangeSet = { since: ['previous'], tables: new Map([['actors', change]]) };
    const rows = Object.fromEntries(TABLES.map((t) => [t, tables[t].length]));

    const counts = await patchDuckDb(patched, from, previous, set, rows);
    expect(counts).toEqual({ updated: 1, reinserted: 0 });
    expect(mentions.get(busiest)).toBeGreaterThan(1);
    await writeDuckDb(clean, from);
    expect(await databaseDigest(join(patched, DUCKDB_FILE))).toBe(await databaseDigest(join(clean, DUCKDB_FILE)));
    expect(await readFile(join(patched, parquetFile('actors')))).toEqual(await readFile(join(clean, parquetFile('actors'))));
    // The other tables did not change: their Parquet files are the last version's.
    expect(await readFile(join(patched, parquetFile('actor_mentions')))).toEqual(await readFile(join(previous, parquetFile('actor_mentions'))));
  });
});
