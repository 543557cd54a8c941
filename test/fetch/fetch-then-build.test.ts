/**
 * Issue 6, "done when": fetching dev pages from a local server, then building
 * the datasets from the fetched raw folder, gives the same articles as
 * building the pages directly.
 */
import { copyFile, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInTemp } from '../helpers/build.ts';
import { startServer, type LocalServer, type Route } from './support/local-server.ts';
import { fetchUrls, tempRaw, testOptions, type TestRun } from './support/run.ts';

const DEV_HTML = join(import.meta.dirname, '../../../shared/bench-dev/html');
/** Four real dev pages are enough to show the equivalence and keep the test fast. */
const PAGE_COUNT = 4;
const ID = /([0-9a-f]{64})\.html/;

/** Fields of an article that depend only on the page, not on where its snapshot came from. */
const CONTENT_FIELDS = ['title', 'authors', 'published', 'language', 'text', 'word_count', 'body_sha256'] as const;

type Row = Record<string, unknown>;

async function table(dir: string, name: string): Promise<Row[]> {
  return JSON.parse(await readFile(join(dir, `${name}.json`), 'utf8')) as Row[];
}

/** The dev page id of an article: from the snapshot file name (direct) or the URL (fetched). */
function pageId(article: Row): string {
  const m = ID.exec(String(article['url'] ?? '')) ?? ID.exec(String(article['source_file']));
  return m?.[1] ?? '';
}

/** The rows of an article, keeping only the given fields (ids depend on the URL, so they are left out). */
function rowsOf(rows: Row[], articleId: unknown, fields: readonly string[]): Row[] {
  return rows.filter((r) => r['article_id'] === articleId).map((r) => Object.fromEntries(fields.map((f) => [f, r[f]])));
}

const QUOTE_FIELDS = ['text', 'kind', 'speaker', 'speaker_type', 'cue', 'char_start', 'char_end'];
const COUNTRY_FIELDS = ['country', 'surface', 'via', 'char_start', 'char_end'];
const ACTOR_MENTION_FIELDS = ['surface', 'char_start', 'char_end'];

describe('fetch, then build', () => {
  let server: LocalServer;
  let direct: Awaited<ReturnType<typeof tempRaw>>;
  let fetched: Awaited<ReturnType<typeof tempRaw>>;
  let run: TestRun;
  let directOut: string;
  let fetchedOut: string;
  const buildRoots: string[] = [];

  beforeAll(async () => {
    const files = (await readdir(DEV_HTML)).filter((f) => f.endsWith('.html.gz')).sort().slice(0, PAGE_COUNT);
    direct = await tempRaw();
    const routes: Record<string, Route> = {};
    for (const file of files) {
      await copyFile(join(DEV_HTML, file), join(direct.dir, file));
      const html = gunzipSync(await readFile(join(DEV_HTML, file)));
      routes[`/${file.replace(/\.gz$/, '')}`] = (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(html);
      };
    }
    server = await startServer(routes);
    fetched = await tempRaw();
    run = await fetchUrls(Object.keys(routes).map((p) => `${server.origin}${p}`), testOptions(fetched.dir, [server.hostPort]));
    const directBuild = await buildInTemp(direct.dir, 'fetch-direct');
    const fetchedBuild = await buildInTemp(fetched.dir, 'fetch-fetched');
    buildRoots.push(directBuild.root, fetchedBuild.root);
    directOut = directBuild.latest;
    fetchedOut = fetchedBuild.latest;
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await direct?.cleanup();
    await fetched?.cleanup();
    await Promise.all(buildRoots.map((root) => rm(root, { recursive: true, force: true })));
  });

  it('fetches every page', () => {
    expect(run.counts.fetched).toBe(PAGE_COUNT);
    expect(run.exitCode).toBe(0);
  });

  it('builds the same articles, quotes, actor and country mentions as the pages built directly', async () => {
    const a = await table(directOut, 'articles');
    const b = await table(fetchedOut, 'articles');
    expect(a).toHaveLength(PAGE_COUNT);
    expect(b).toHaveLength(PAGE_COUNT);
    const tables = { quotes: QUOTE_FIELDS, country_mentions: COUNTRY_FIELDS, actor_mentions: ACTOR_MENTION_FIELDS };
    const direct = Object.fromEntries(await Promise.all(Object.keys(tables).map(async (t) => [t, await table(directOut, t)] as const)));
    const viaFetch = Object.fromEntries(await Promise.all(Object.keys(tables).map(async (t) => [t, await table(fetchedOut, t)] as const)));
    for (const article of a) {
      const twin = b.find((x) => pageId(x) === pageId(article));
      expect(twin, pageId(article)).toBeDefined();
      for (const field of CONTENT_FIELDS) expect(twin![field], `${pageId(article)} ${field}`).toEqual(article[field]);
      for (const [name, fields] of Object.entries(tables)) {
        expect(rowsOf(viaFetch[name]!, twin!['article_id'], fields), `${pageId(article)} ${name}`).toEqual(rowsOf(direct[name]!, article['article_id'], fields));
      }
    }
  });
});
