/**
 * Debian's Chromium driven by playwright-core, launched the same way in every
 * site test and in the site benchmark: headless, no network services, a fresh
 * profile. The tests need the browser (`.ci/run` installs it); they never skip.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, type Page, chromium } from 'playwright-core';

/** Where Debian's chromium package puts the browser. */
export const CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A running browser (its one context) with its throw-away profile. */
export interface OpenBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Chromium with a fresh profile; fails with the fix when it is not installed. */
export async function launchChromium(): Promise<OpenBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install it with 'apt-get update && apt-get install -y chromium' (.ci/run does)`);
  const profile = await mkdtemp(join(tmpdir(), 'wsw-chromium-'));
  // playwright passes the fresh profile folder as --user-data-dir itself (it refuses the flag in args).
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1200, height: 900 } });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The file:// URL of a site page, with an optional #/route. */
export function siteUrl(siteDir: string, route = ''): string {
  return `${pathToFileURL(join(siteDir, 'index.html')).href}${route}`;
}

/** Opens a page that records console errors and uncaught exceptions; fails on any request that leaves file://. */
export async function openPage(browser: OpenBrowser, viewport = { width: 1200, height: 900 }): Promise<{ page: Page; errors: string[]; network: string[] }> {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  const errors: string[] = [];
  const network: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith('file://')) network.push(r.url());
  });
  return { page, errors, network };
}
