/**
 * Validate's memo of rows already found valid (pipeline/validate/row-memo.ts):
 * a rebuild gives the same bytes as a first build, checks only rows it has not
 * seen, and still finds duplicates among remembered rows. Rows are made up.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeFingerprint } from '../../pipeline/lib/code-fingerprint.ts';
import { elementText, writeJsonArray } from '../../pipeline/lib/json-array-file.ts';
import { TABLES } from '../../pipeline/lib/schemas.ts';
import { digestWords } from '../../pipeline/validate/key-set.ts';
import { RowMemo, rowDigest } from '../../pipeline/validate/row-memo.ts';
import { runValidate } from '../../pipeline/validate/validate-stage.ts';

const country = (code: string, iso3: string, mentions = 1) => ({ country: code, iso3, name: `Land ${code}`, article_count: 1, mention_count: mentions });
const ROWS = [country('CN', 'CHN'), country('DE', 'DEU'), country('FR', 'FRA')];

/** A records folder as the extract stage writes it (JsonArrayWriter's layout), countries only. */
async function records(dir: string, countries: unknown[]): Promise<void> {
  for (const t of TABLES) await writeJsonArray(join(dir, 'records', `${t}.json`), t === 'countries' ? countries : []);
  await writeJsonArray(join(dir, 'records', 'sources.json'), []);
}

async function validated(dir: string, allowInvalid = false) {
  const report = await runValidate({ inDir: join(dir, 'records'), outDir: join(dir, 'valid'), allowInvalid });
  return { report, bytes: await readFile(join(dir, 'valid', 'countries.json'), 'utf8') };
}

describe('validate memo', () => {
  it('gives a rebuild after an edit the bytes of a first build of the same records', async () => {
    const [warm, cold] = [await mkdtemp(join(tmpdir(), 'wsw-memo-')), await mkdtemp(join(tmpdir(), 'wsw-memo-'))];
    await records(warm, ROWS);
    await validated(warm);
    const memo = await RowMemo.load(join(warm, 'validated-rows.bin'), await codeFingerprint());
    expect(memo.size).toBe(3);
    const edited = [ROWS[0], country('DE', 'DEU', 7), ROWS[2], country('JP', 'JPN')];
    await records(warm, edited);
    await records(cold, edited);
    const [again, first] = [await validated(warm), await validated(cold)];
    expect(again.bytes).toBe(first.bytes);
    expect(again.report).toEqual(first.report);
    expect((await RowMemo.load(join(warm, 'validated-rows.bin'), await codeFingerprint())).size).toBe(4);
  });

  it('takes a remembered row without checking it again, and checks a row it has not seen', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wsw-memo-'));
    const bad = { ...country('XX', 'XXX'), country: 'not a code' };
    // A memo that says (wrongly, on purpose) that the bad row was found valid: the stage trusts it.
    const memo = new RowMemo();
    memo.set(rowDigest('countries', elementText(bad)), digestWords(JSON.stringify(['not a code'])));
    await memo.save(join(dir, 'validated-rows.bin'), await codeFingerprint());
    await records(dir, [bad]);
    expect((await validated(dir)).report.invalid).toEqual([]);
    // Under other code the memo is not read, and the row fails.
    await memo.save(join(dir, 'validated-rows.bin'), 'other code');
    await expect(validated(dir)).rejects.toThrow(/pattern/);
  });

  it('still finds a duplicate key among remembered rows', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wsw-memo-'));
    await records(dir, ROWS);
    await validated(dir);
    await records(dir, [...ROWS, ROWS[1]]);
    const { report } = await validated(dir, true);
    expect(report.invalid.map((r) => r.message)).toEqual(['duplicate primary key (country) ["DE"]']);
    expect(report.invalid[0]!.record).toEqual(ROWS[1]);
  });

  it('starts empty when the memo file is missing or cut short', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wsw-memo-'));
    await records(dir, ROWS);
    await validated(dir);
    const file = join(dir, 'validated-rows.bin');
    const bytes = await readFile(file);
    await rm(file);
    expect((await RowMemo.load(file, await codeFingerprint())).size).toBe(0);
    await writeFile(file, bytes.subarray(0, bytes.length - 5));
    expect((await RowMemo.load(file, await codeFingerprint())).size).toBe(0);
  });
});
