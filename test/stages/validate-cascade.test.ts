import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLES, type TableName } from '../../pipeline/lib/schemas.ts';
import { runValidate } from '../../pipeline/validate/validate-stage.ts';

type Row = Record<string, unknown>;
type Tables = Record<TableName, Row[]>;

/** The committed build of raw/ (one real article with its quotes, links, actors and countries). */
const PUBLISHED = new URL('../../out/latest/', import.meta.url);

async function load(dir: string | URL): Promise<Tables> {
  const read = async (t: TableName) => JSON.parse(await readFile(new URL(`${t}.json`, dir instanceof URL ? dir : `file://${dir}/`), 'utf8')) as Row[];
  return Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await read(t)]))) as Tables;
}

/** Writes `tables` as a records folder, runs validate --allow-invalid, returns the report and the valid tables. */
async function validate(tables: Tables) {
  const dir = await mkdtemp(join(tmpdir(), 'wsw-cascade-'));
  for (const t of TABLES) await writeFile(join(dir, `${t}.json`), JSON.stringify(tables[t]));
  await writeFile(join(dir, 'sources.json'), '[]');
  const report = await runValidate({ inDir: dir, outDir: join(dir, 'valid'), allowInvalid: true });
  const written = JSON.parse(await readFile(join(dir, 'valid', 'validate-report.json'), 'utf8')) as typeof report;
  return { report, written, valid: await load(join(dir, 'valid')) };
}

/** Every reference of DESIGN.md's tables that is set finds its row. */
function expectNoDanglingReferences(t: Tables): void {
  const keys = (table: TableName, column: string) => new Set(t[table].map((r) => r[column]));
  const refs: Array<[TableName, string, TableName, string]> = [
    ['quotes', 'article_id', 'articles', 'article_id'], ['links', 'article_id', 'articles', 'article_id'],
    ['actor_mentions', 'article_id', 'articles', 'article_id'], ['country_mentions', 'article_id', 'articles', 'article_id'],
    ['actor_mentions', 'actor_id', 'actors', 'actor_id'], ['country_mentions', 'country', 'countries', 'country'],
    ['quotes', 'parent_quote_id', 'quotes', 'quote_id'], ['quotes', 'actor_id', 'actors', 'actor_id'], ['quotes', 'link_id', 'links', 'link_id'],
    ['links', 'quote_id', 'quotes', 'quote_id'], ['actors', 'affiliation', 'actors', 'actor_id'],
  ];
  for (const [from, column, to, key] of refs) {
    const known = keys(to, key);
    for (const row of t[from]) if (row[column] !== null && row[column] !== undefined) expect(known.has(row[column]), `${from}.${column} ${String(row[column])}`).toBe(true);
  }
}

describe('validate --allow-invalid drops what refers to a dropped record', () => {
  it('the real tables have no dangling reference to start with', async () => {
    expectNoDanglingReferences(await load(PUBLISHED));
  });

  it('an invalid article takes its quotes, links and mentions with it, and the report says so', async () => {
    const tables = await load(PUBLISHED);
    tables.articles[0]!.word_count = 'many';
    const { report, written, valid } = await validate(tables);
    expect(report.invalid).toHaveLength(1);
    for (const t of ['articles', 'quotes', 'links', 'actor_mentions', 'country_mentions'] as const) expect(valid[t], t).toEqual([]);
    expectNoDanglingReferences(valid);
    const dropped = (table: string) => report.cascaded.filter((c) => c.table === table && c.action === 'dropped').length;
    expect(dropped('actor_mentions')).toBe(tables.actor_mentions.length);
    expect(dropped('country_mentions')).toBe(tables.country_mentions.length);
    expect(dropped('links')).toBe(tables.links.length);
    expect(report.cascaded[0]!.because).toContain(String(tables.articles[0]!.article_id));
    expect(written.cascaded).toEqual(report.cascaded);
  });

  it('an invalid block quotation takes its child quotes with it; links and quotes that only point at it lose the pointer', async () => {
    const tables = await load(PUBLISHED);
    const block = tables.quotes.find((q) => tables.quotes.some((c) => c.parent_quote_id === q.quote_id))!;
    const children = tables.quotes.filter((q) => q.parent_quote_id === block.quote_id);
    block.char_start = -5;
    const { report, valid } = await validate(tables);
    expect(report.invalid).toHaveLength(1);
    const kept = new Set(valid.quotes.map((q) => q.quote_id));
    expect(kept.has(block.quote_id)).toBe(false);
    for (const c of children) expect(kept.has(c.quote_id)).toBe(false);
    expect(valid.quotes.length).toBe(tables.quotes.length - 1 - children.length);
    expect(valid.articles).toHaveLength(1);
    expectNoDanglingReferences(valid);
  });

  it('an invalid actor takes its mentions with it and is no longer named as a speaker', async () => {
    const tables = await load(PUBLISHED);
    const speaker = tables.actors.find((a) => tables.quotes.some((q) => q.actor_id === a.actor_id))!;
    speaker.type = 'robot';
    const { report, valid } = await validate(tables);
    expect(valid.actor_mentions.some((m) => m.actor_id === speaker.actor_id)).toBe(false);
    expect(valid.quotes).toHaveLength(tables.quotes.length);
    expect(report.cascaded.some((c) => c.table === 'quotes' && c.action === 'cleared actor_id')).toBe(true);
    expectNoDanglingReferences(valid);
  });

  it('recounts the actors and countries of a dropped article from the mentions that remain, and drops those left with none', async () => {
    const tables = await load(PUBLISHED);
    const [first] = tables.articles;
    // A made-up second article: a copy of the first under another id, with the same mentions (and no quotes or links).
    const copyId = 'art_0123456789abcdef';
    tables.articles.push({ ...first!, article_id: copyId, url: 'https://example.org/made-up-copy' });
    tables.actor_mentions.push(...tables.actor_mentions.map((m) => ({ ...m, article_id: copyId })));
    tables.country_mentions.push(...tables.country_mentions.map((m) => ({ ...m, article_id: copyId })));
    const single = await load(PUBLISHED);
    for (const t of ['actors', 'countries'] as const) {
      for (const row of tables[t]) Object.assign(row, { article_count: (row.article_count as number) * 2, mention_count: (row.mention_count as number) * 2 });
    }
    tables.articles[1]!.word_count = 'many';
    const { report, valid } = await validate(tables);
    expect(valid.actors).toEqual(single.actors);
    expect(valid.countries).toEqual(single.countries);
    expect(report.cascaded.filter((c) => c.table === 'actors' && c.action.startsWith('recounted'))).toHaveLength(single.actors.filter((a) => (a.mention_count as number) > 0).length);

    // The only article dropped: no actor or country is left with a mention, so none is published.
    const alone = await load(PUBLISHED);
    alone.articles[0]!.word_count = 'many';
    const { report: aloneReport, valid: aloneValid } = await validate(alone);
    expect(aloneValid.actors).toEqual([]);
    expect(aloneValid.countries).toEqual([]);
    expect(aloneReport.cascaded.filter((c) => c.table === 'countries' && c.action === 'dropped')).toHaveLength(alone.countries.length);
    expectNoDanglingReferences(aloneValid);
  });
});
