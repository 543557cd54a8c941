/**
 * The site of a 39-page build (../shared/bench-dev/html), as publish writes it
 * into out/<version>/site, opened from file:// in Debian's Chromium: search,
 * filters, article highlights at their code-point offsets, the speaker view,
 * every chart's marks, keyboard use and a phone-sized screen. Screenshots of
 * each view go to build/site-screenshots/dev39/.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tables } from '../../pipeline/site/tables.ts';
import { buildInTemp } from '../helpers/build.ts';
import { type OpenBrowser, launchChromium, openPage, siteUrl } from './browser.ts';
import { SCREENSHOTS, codePointSlice, expectedMarks, loadTables, quotesAboutCountry } from './expected.ts';

const SHOTS = join(SCREENSHOTS, 'dev39');
let browser: OpenBrowser;
let site: string;
let tables: Tables;
let page: Page;
let errors: string[];
let network: string[];

/** Loads the page afresh at a route and waits for its view (a hash change alone would keep the last view's state). */
async function open(route: string, ready = '#quote-list[data-ready]'): Promise<void> {
  await page.goto('about:blank');
  await page.goto(siteUrl(site, route));
  await page.waitForSelector(ready, { state: 'attached' });
  await page.waitForSelector('body[data-started]', { state: 'attached' });
}

let version: string;

beforeAll(async () => {
  const built = await buildInTemp(join(import.meta.dirname, '..', '..', '..', 'shared', 'bench-dev', 'html'), 'site-dev');
  site = join(built.latest, 'site');
  version = built.publish.version;
  tables = loadTables(built.latest);
  browser = await launchChromium();
  ({ page, errors, network } = await openPage(browser));
  await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

describe('the site of a 39-page build', () => {
  it('lists every quote, first page first, without a network request or a script error', async () => {
    await open('#/quotes');
    expect(await page.getAttribute('#quote-list', 'data-ready')).toBe(String(tables.quotes.length));
    expect(await page.locator('#quote-list > li').count()).toBe(Math.min(50, tables.quotes.length));
    await page.screenshot({ path: join(SHOTS, 'quotes.png') });
    expect(errors).toEqual([]);
    expect(network).toEqual([]);
  });

  it('finds a speaker by search and by the speaker filter, and shows all their quotes', async () => {
    const counts = new Map<string, number>();
    for (const q of tables.quotes) if (q.actor_id && q.speaker) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
    const [name, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    await open('#/quotes');
    await page.fill('#f-q', name);
    await page.press('#f-q', 'Enter');
    await page.waitForFunction((s) => location.hash.includes('q=') && document.querySelector('#quote-list[data-ready]') !== null, name);
    const speakers = await page.locator('#quote-list .speaker').allTextContents();
    expect(speakers.filter((s) => s === name).length).toBe(n);
    await page.screenshot({ path: join(SHOTS, 'search.png') });
    await open(`#/quotes?speaker=${encodeURIComponent(name)}`);
    expect(await page.locator('#quote-list .speaker').allTextContents()).toEqual(Array(n).fill(name));
  });

  it('filters by country: the quotes naming it or said by someone from it', async () => {
    const countries = new Map<string, number>();
    for (const c of tables.countries) countries.set(c.country, quotesAboutCountry(tables, c.country).size);
    const [code, n] = [...countries].sort((a, b) => b[1] - a[1])[0]!;
    await open('#/quotes');
    const label = await page.locator('#f-country option').filter({ hasText: `(${code})` }).textContent();
    await page.selectOption('#f-country', { label: label! });
    await page.waitForFunction((c) => location.hash.includes(`country=${c}`) && document.querySelector('#quote-list[data-ready]') !== null, code);
    expect(await page.getAttribute('#quote-list', 'data-ready')).toBe(String(n));
    const shown = await page.locator('#quote-list > li').evaluateAll((li) => li.map((e) => e.getAttribute('data-quote-id')));
    const expected = quotesAboutCountry(tables, code);
    for (const id of shown) expect(expected.has(id!)).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'country-filter.png') });
  });

  it('opens an article from a quote and highlights every quote at its code-point offsets', async () => {
    const perArticle = new Map<string, number>();
    for (const q of tables.quotes) perArticle.set(q.article_id, (perArticle.get(q.article_id) ?? 0) + 1);
    const [articleId] = [...perArticle].sort((a, b) => b[1] - a[1])[0]!;
    const article = tables.articles.find((a) => a.article_id === articleId)!;
    const quote = tables.quotes.find((q) => q.article_id === articleId && q.kind !== 'block')!;
    await open(`#/quotes?speaker=${encodeURIComponent(quote.speaker ?? '')}`);
    await page.locator(`li[data-quote-id="${quote.quote_id}"] a.article-link`).click();
    await page.waitForSelector(`#article-body[data-ready="${articleId}"]`);
    const marked = page.locator(`mark[data-quote-id="${quote.quote_id}"]`);
    expect(await marked.textContent()).toBe(codePointSlice(article.text, quote.char_start, quote.char_end));
    expect(await marked.evaluate((e) => e === document.activeElement)).toBe(true);
    const spans = await page.locator('.article-text [data-quote-id]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-quote-id'), e.textContent]));
    expect(spans.length).toBeGreaterThan(0);
    for (const [id, text] of spans) {
      const q = tables.quotes.find((x) => x.quote_id === id)!;
      expect(text).toBe(codePointSlice(article.text, q.char_start, q.char_end));
    }
    expect(await page.textContent('#h-article')).toBe(article.title);
    await page.screenshot({ path: join(SHOTS, 'article.png') });
  });

  it('shows a speaker with their titles and every quote they gave', async () => {
    const quoted = tables.actors.filter((a) => tables.quotes.some((q) => q.actor_id === a.actor_id));
    const actor = quoted.sort((a, b) => (b.titles?.length ?? 0) - (a.titles?.length ?? 0))[0]!;
    await open(`#/speaker/${actor.actor_id}`, `#speaker-body[data-ready="${actor.actor_id}"]`);
    expect(await page.textContent('#h-speaker')).toBe(actor.name);
    const theirs = tables.quotes.filter((q) => q.actor_id === actor.actor_id).map((q) => q.quote_id).sort();
    const shown = await page.locator('#speaker-quotes > li').evaluateAll((li) => li.map((e) => e.getAttribute('data-quote-id')));
    expect(shown.sort()).toEqual(theirs);
    for (const title of actor.titles ?? []) expect(await page.textContent('#speaker-body dl')).toContain(title);
    await page.screenshot({ path: join(SHOTS, 'speaker.png') });
  });

  it('draws every chart with one mark per row of its data, with a table and a CSV beside it', async () => {
    await open('#/charts', 'body[data-started]');
    const expected = expectedMarks(tables);
    for (const [id, n] of Object.entries(expected)) {
      expect(await page.locator(`#${id} svg rect.mark`).count(), id).toBe(n);
      expect(await page.locator(`#${id} table tbody tr`).count(), id).toBe(n);
      expect(await page.locator(`#${id} a[href="charts/${id}.csv"]`).count(), id).toBe(1);
    }
    await page.screenshot({ path: join(SHOTS, 'charts.png'), fullPage: true });
  });

  it('says the version, licence and counts, and links every file of the version folder', async () => {
    await open('#/about', 'body[data-started]');
    expect(await page.isVisible('#view-about')).toBe(true);
    expect(await page.textContent('[data-version]')).toBe(version);
    const links = await page.locator('#view-about table.downloads a').evaluateAll((a) => a.map((e) => (e as HTMLAnchorElement).href));
    expect(links.some((l) => l.endsWith('/quotes.csv'))).toBe(true);
    expect(links.some((l) => l.endsWith('/datapackage.json'))).toBe(true);
    for (const table of ['quotes', 'articles']) expect(await page.textContent('#view-about')).toContain(table);
    await page.screenshot({ path: join(SHOTS, 'about.png'), fullPage: true });
  });

  it('works from the keyboard: skip link, search, then an article', async () => {
    await open('#/quotes');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'f-q'; i += 1) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-q');
    const article = tables.articles.find((a) => tables.quotes.some((q) => q.article_id === a.article_id) && a.title)!;
    const word = article.title!.split(/\s+/).filter((w) => /^[A-Za-z]{5,}$/.test(w))[0] ?? article.title!;
    await page.keyboard.type(word);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.includes('q=') && document.querySelector('#quote-list[data-ready]') !== null);
    await page.focus('#quote-list a.article-link');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#article-body[data-ready]');
    expect(await page.isVisible('#view-article')).toBe(true);
    const unlabelled = await page.evaluate(() => [...document.querySelectorAll('input, select')].filter((e) => (e as HTMLInputElement).labels?.length === 0).length);
    expect(unlabelled).toBe(0);
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const phone = await openPage(browser, { width: 390, height: 844 });
    for (const route of ['#/quotes', '#/charts', '#/about']) {
      await phone.page.goto(siteUrl(site, route));
      await phone.page.waitForSelector('body[data-started]');
      const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, route).toBeLessThanOrEqual(0);
    }
    await phone.page.goto(siteUrl(site, '#/quotes'));
    await phone.page.waitForSelector('#quote-list[data-ready]');
    await phone.page.screenshot({ path: join(SHOTS, 'quotes-phone.png') });
    await phone.page.close();
    expect(errors).toEqual([]);
  });
});
