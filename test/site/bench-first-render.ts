/**
 * Site benchmark (not a test): time to first render of the quotes view, from
 * file:// in Debian's Chromium, with 100,000 MADE-UP quotes against 1,000 in
 * the same run (the machine is shared, so the ratio is the figure to compare),
 * plus the time of a first search (which loads the search index) and the
 * build time and sizes of the data files.
 *
 * Run: npx tsx test/site/bench-first-render.ts [quotes=100000] [rounds=3]
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../../pipeline/site/site-build.ts';
import { launchChromium, openPage, siteUrl } from './browser.ts';
import { syntheticTables, writeVersion } from './made-up.ts';

const QUOTES = Number(process.argv[2] ?? 100_000);
const ROUNDS = Number(process.argv[3] ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const mb = async (file: string) => ((await stat(file)).size / 1e6).toFixed(2);

async function makeSite(root: string, quotes: number): Promise<{ site: string; buildMs: number }> {
  const data = await writeVersion(join(root, `v${quotes}`), syntheticTables(quotes));
  const t0 = performance.now();
  const report = await buildSite({ dataDir: data, outDir: join(data, 'site') });
  return { site: report.dir, buildMs: performance.now() - t0 };
}

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'wsw-site-bench-'));
  const sizes = [1000, QUOTES];
  const sites = [];
  for (const n of sizes) sites.push({ n, ...(await makeSite(root, n)) });
  const browser = await launchChromium();
  const results: Array<{ n: number; firstRender: number; firstSearch: number; buildMs: number }> = [];
  try {
    for (const s of sites) {
      const first: number[] = [];
      const search: number[] = [];
      for (let r = 0; r < ROUNDS; r += 1) {
        const { page } = await openPage(browser);
        await page.goto(siteUrl(s.site, '#/quotes'));
        await page.waitForSelector('body[data-started]', { state: 'attached' });
        first.push(await page.evaluate(() => performance.getEntriesByName('wsw-first-render')[0]?.startTime ?? Number.NaN));
        const t = await page.evaluate(async () => {
          const start = performance.now();
          document.getElementById('quote-list')?.removeAttribute('data-ready');
          location.hash = '#/quotes?q=water%20court';
          while (!document.querySelector('#quote-list[data-ready]')) await new Promise((r) => setTimeout(r, 5));
          return performance.now() - start;
        });
        search.push(t);
        await page.close();
      }
      results.push({ n: s.n, firstRender: median(first), firstSearch: median(search), buildMs: s.buildMs });
    }
  } finally {
    await browser.close();
  }
  const big = sites.at(-1)!.site;
  console.log(`site benchmark (${ROUNDS} rounds, median; made-up quotes)`);
  for (const r of results) {
    console.log(`  ${String(r.n).padStart(7)} quotes: first render ${r.firstRender.toFixed(0)} ms, first search ${r.firstSearch.toFixed(0)} ms, site build ${r.buildMs.toFixed(0)} ms`);
  }
  const [small, large] = [results[0]!, results.at(-1)!];
  console.log(`  ratio ${large.n}/${small.n} quotes: first render x${(large.firstRender / small.firstRender).toFixed(2)}, first search x${(large.firstSearch / small.firstSearch).toFixed(2)}`);
  console.log(`  data files at ${large.n}: facets.js ${await mb(join(big, 'data', 'facets.js'))} MB, quotes-000.js ${await mb(join(big, 'data', 'quotes-000.js'))} MB, search shards ${await mb(join(big, 'data', 'search-w.js'))} MB ('w') to ${await mb(join(big, 'data', 'search-c.js'))} MB ('c'), speakers.js ${await mb(join(big, 'data', 'speakers.js'))} MB`);
  await rm(root, { recursive: true, force: true });
}

await main();
