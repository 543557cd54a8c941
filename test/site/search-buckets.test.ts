/**
 * Search in Chromium on a site whose index is split into several buckets
 * (search-buckets.ts): a shard numbers its quotes by rank within their
 * bucket, and the browser maps them back to list positions. MADE-UP tables
 * with two invented words put into quotes of articles spread over the
 * buckets: a search finds exactly the quotes that hold its words.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bucketCount, bucketOf } from '../../pipeline/site/search-buckets.ts';
import { buildSite } from '../../pipeline/site/site-build.ts';
import { type OpenBrowser, launchChromium, openPage, siteUrl } from './browser.ts';
import { syntheticTables, writeVersion } from './made-up.ts';

/** Invented words no other made-up word is near (one edit or a prefix away). */
const FIRST = 'zyxquorb';
const SECOND = 'vornquelt';
const QUOTES = 5000;

let browser: OpenBrowser;
let page: Page;
let errors: string[];
let site: string;
const tables = syntheticTables(QUOTES, 13);
/** Every 97th quote gets the first word, every third of those the second too. */
const withFirst = tables.quotes.filter((_, i) => i % 97 === 5);
const withBoth = withFirst.filter((_, i) => i % 3 === 0);
for (const q of withFirst) q.text = `${q.text.slice(0, -1)} ${FIRST}.`;
for (const q of withBoth) q.text = `${q.text.slice(0, -1)} ${SECOND}.`;

async function search(query: string): Promise<{ count: string | null; texts: string[] }> {
  await page.goto('about:blank');
  await page.goto(siteUrl(site, `#/quotes?q=${encodeURIComponent(query)}`));
  await page.waitForSelector('#quote-list[data-ready]', { state: 'attached' });
  await page.waitForSelector('body[data-started]', { state: 'attached' });
  return { count: await page.getAttribute('#quote-list', 'data-ready'), texts: await page.locator('#quote-list > li').allTextContents() };
}

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'wsw-search-buckets-'));
  const version = await writeVersion(join(root, 'version'), tables);
  site = (await buildSite({ dataDir: version, outDir: join(root, 'site') })).dir;
  browser = await launchChromium();
  ({ page, errors } = await openPage(browser));
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('search over several buckets', () => {
  it('finds exactly the quotes holding the words, from every bucket', async () => {
    const buckets = bucketCount(QUOTES);
    expect(buckets).toBeGreaterThan(1);
    expect(new Set(withFirst.map((q) => bucketOf(q.article_id, buckets))).size).toBe(buckets);
    const one = await search(FIRST);
    expect(one.count).toBe(String(withFirst.length));
    expect(one.texts.every((t) => t.includes(FIRST))).toBe(true);
    const both = await search(`${SECOND} ${FIRST}`);
    expect(both.count).toBe(String(withBoth.length));
    expect(both.texts.every((t) => t.includes(FIRST) && t.includes(SECOND))).toBe(true);
    expect(errors).toEqual([]);
  }, 60_000);
});
