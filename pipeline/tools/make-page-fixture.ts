/**
 * Makes a readability-style regression fixture for the page reader:
 * test/pages/<slug>/source.html (the page, decoded to UTF-8, with scripts
 * other than JSON-LD, styles and comments stripped to keep it small) and
 * expected.json (what readPage reads from it today: title, date, authors,
 * method, first and last paragraph, paragraph count, blocks, links).
 *
 * Check expected.json by eye before committing: it pins the output as right.
 *
 *   npx tsx pipeline/tools/make-page-fixture.ts --source page.html[.gz] --url URL --slug SLUG [--out test/pages]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeSnapshot } from '../extract/decode-snapshot.ts';
import { readSnapshotBytes } from '../extract/snapshots.ts';
import { readPage } from '../extract/html/read-page.ts';
import { expectationOf } from './page-expectation.ts';

/** Scripts that are not JSON-LD, style sheets and comments: never read by the page reader. */
const STRIPPABLE = [
  /<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi,
  /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi,
  /<!--[\s\S]*?-->/g,
];
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?[\w.:-]+["']?[^>]*>/gi;

/** Strips what the reader never reads and declares UTF-8 (the file is written as UTF-8). */
function slim(html: string): string {
  let out = html;
  for (const pattern of STRIPPABLE) out = out.replace(pattern, '');
  return out.replace(META_CHARSET, '<meta charset="utf-8">');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { source: { type: 'string' }, url: { type: 'string' }, slug: { type: 'string' }, out: { type: 'string', default: 'test/pages' } },
  });
  if (!values.source || !values.slug) {
    console.error('usage: make-page-fixture.ts --source FILE --url URL --slug SLUG [--out DIR]');
    process.exit(2);
  }
  const url = values.url ?? null;
  // Read exactly as the extract stage reads a snapshot (gunzip when .gz, the page's own charset).
  const original = decodeSnapshot(await readSnapshotBytes({ path: values.source, relative: values.source }), undefined);
  const source = slim(original);
  const expected = expectationOf(readPage(source, url), url);
  const fromOriginal = expectationOf(readPage(original, url), url);
  if (JSON.stringify(expected) !== JSON.stringify(fromOriginal)) {
    console.error('stripping scripts/styles changed the reading; not writing the fixture');
    process.exit(1);
  }
  const dir = join(values.out ?? 'test/pages', values.slug);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'source.html'), source);
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  console.log(`${dir}: ${expected.method}, ${expected.paragraph_count} paragraphs, ${expected.link_count} links, ${source.length} chars`);
}

await main();
