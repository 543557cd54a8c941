/**
 * The site of the example build (out/latest) and of a MADE-UP article whose
 * every field holds markup: built twice to the same bytes, opened from
 * file:// in Debian's Chromium. Markup from a page shows as text and never
 * runs; quotes after emoji are highlighted at their code-point offsets.
 * Screenshots go to build/site-screenshots/example/.
 */
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../pipeline/site/site-build.ts';
import { type OpenBrowser, launchChromium, openPage, siteUrl } from './browser.ts';
import { SCREENSHOTS, codePointSlice, expectedMarks, loadTables } from './expected.ts';
import { HOSTILE_TEXT, SCRIPT, hostileTables, writeVersion } from './made-up.ts';

const EXAMPLE = join(import.meta.dirname, '..', '..', 'out', 'latest');
const SHOTS = join(SCREENSHOTS, 'example');
let root: string;
let browser: OpenBrowser;
let page: Page;
let errors: string[];

async function files(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      out.set(relative(dir, path), (await readFile(path)).toString('base64'));
    }
  }
  return out;
}

async function open(site: string, route: string, ready: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(siteUrl(site, route));
  await page.waitForSelector(ready, { state: 'attached' });
  await page.waitForSelector('body[data-started]', { state: 'attached' });
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'wsw-site-'));
  browser = await launchChromium();
  ({ page, errors } = await openPage(browser));
});

afterAll(async () => {
  await browser?.close();
});

describe('the site of the example build', () => {
  it('is the same bytes when built twice from the same tables', async () => {
    const a = await buildSite({ dataDir: EXAMPLE, outDir: join(root, 'a', 'site') });
    const b = await buildSite({ dataDir: EXAMPLE, outDir: join(root, 'b', 'site') });
    expect(a.quotes).toBe(loadTables(EXAMPLE).quotes.length);
    const [x, y] = [await files(a.dir), await files(b.dir)];
    expect([...x.keys()].sort()).toEqual([...y.keys()].sort());
    for (const [path, bytes] of x) expect(y.get(path), path).toBe(bytes);
  });

  it('highlights each quote of the example article at its offsets, inner quotes inside their block', async () => {
    const tables = loadTables(EXAMPLE);
    const article = tables.articles[0]!;
    const site = join(root, 'a', 'site');
    await open(site, `#/article/${article.article_id}`, `#article-body[data-ready="${article.article_id}"]`);
    const inner = tables.quotes.find((q) => q.parent_quote_id)!;
    const block = page.locator(`blockquote.block[data-quote-id="${inner.parent_quote_id}"]`);
    expect(await block.locator(`mark[data-quote-id="${inner.quote_id}"]`).count()).toBe(1);
    expect(await block.locator('xpath=following-sibling::p[1]').locator('a.block-source').count()).toBe(1);
    const marks = await page.locator('.article-text [data-quote-id]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-quote-id'), e.textContent]));
    expect(marks.length).toBeGreaterThan(tables.quotes.length / 2);
    for (const [id, text] of marks) {
      const q = tables.quotes.find((x) => x.quote_id === id)!;
      expect(text).toBe(codePointSlice(article.text, q.char_start, q.char_end));
    }
    await page.screenshot({ path: join(SHOTS, 'article.png') });
    await open(site, '#/charts', 'body[data-started]');
    for (const [id, n] of Object.entries(expectedMarks(tables))) expect(await page.locator(`#${id} svg rect.mark`).count(), id).toBe(n);
    await page.screenshot({ path: join(SHOTS, 'charts.png'), fullPage: true });
    await open(site, '#/quotes?q=report', '#quote-list[data-ready]');
    await page.screenshot({ path: join(SHOTS, 'quotes.png') });
    expect(errors).toEqual([]);
  });
});

describe('a made-up article with markup in every field and emoji before its quote', () => {
  let site: string;
  const tables = hostileTables();
  const quote = tables.quotes[0]!;

  beforeAll(async () => {
    const data = await writeVersion(join(root, 'hostile'), tables, `Data ${SCRIPT}`);
    site = (await buildSite({ dataDir: data, outDir: join(data, 'site') })).dir;
  });

  it('shows the markup as text in the quotes list and runs none of it', async () => {
    await open(site, '#/quotes', '#quote-list[data-ready="1"]');
    expect(await page.textContent('li[data-quote-id] a.article-link')).toBe(tables.articles[0]!.title);
    expect(await page.textContent('li[data-quote-id] .words')).toBe(quote.text);
    expect(await page.textContent('li[data-quote-id] .site')).toBe(tables.articles[0]!.site);
    expect(await page.locator('#view-quotes img, #view-quotes b, #view-quotes i').count()).toBe(0);
    expect(await page.locator('a.original').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('shows the title as text in the article view and marks the quote after the emoji exactly', async () => {
    await open(site, `#/article/${quote.article_id}`, '#article-body[data-ready]');
    expect(await page.textContent('#h-article')).toBe(tables.articles[0]!.title);
    expect(await page.textContent(`mark[data-quote-id="${quote.quote_id}"]`)).toBe(`Hello 😀 world ${SCRIPT}`);
    expect(await page.textContent('.article-text a.actor')).toBe('Ada Quill');
    expect(await page.textContent('.article-text span.country')).toBe('Ruritania');
    expect(await page.textContent('.article-text')).toBe(HOSTILE_TEXT);
    expect(await page.locator('#view-article img, #view-article script').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'made-up-markup-article.png') });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('shows the markup as text in the speaker, chart and About views', async () => {
    const actor = tables.actors[0]!;
    await open(site, `#/speaker/${actor.actor_id}`, `#speaker-body[data-ready="${actor.actor_id}"]`);
    expect(await page.textContent('#h-speaker')).toBe(actor.name);
    expect(await page.locator('a.wikidata').count()).toBe(0);
    await open(site, '#/charts', 'body[data-started]');
    expect(await page.textContent('#top-speakers svg')).toContain(actor.name.slice(0, 20));
    await open(site, '#/about', 'body[data-started]');
    expect(await page.textContent('#view-about')).toContain(SCRIPT);
    expect(await page.locator('script').evaluateAll((s) => s.filter((e) => !(e as HTMLScriptElement).src).length)).toBe(0);
    expect(await page.title()).toContain(SCRIPT);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
  });
});
