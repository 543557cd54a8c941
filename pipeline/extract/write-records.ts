/**
 * The extract stage's last step: the records tables written from the results
 * of every snapshot, in the snapshots' order (so the output does not depend
 * on scheduling), each page's rows written before the next page is read, and
 * the stage's report. Split from extract-stage.ts, which finds and extracts
 * the pages.
 */
import { join } from 'node:path';
import { writeJsonAtomic } from '../lib/atomic-write.ts';
import { JsonArrayWriter } from '../lib/json-array-file.ts';
import { TABLES, type TableName } from '../lib/schemas.ts';
import { TableAssembler } from './assemble.ts';
import { type ExtractOptions, type ExtractReport, type PageResults, type RawInput, type SourceInfo, pageRecords, recordsDir } from './extract-stage.ts';
import type { Tables } from './records.ts';
import { type IndexedArticle, indexedArticle, removeArticleIndex, writeArticleIndex } from './article-index.ts';
import { blockPath, pageBlock } from './row-blocks.ts';
import { warningHint } from './warning-hints.ts';

/** Writes the tables from the results of every snapshot, in build order, each as soon as it is there (pages still being extracted are awaited); returns the stage's report. */
export async function writeExtractOutput(options: ExtractOptions, input: RawInput, results: PageResults, cached: number | Promise<number>): Promise<ExtractReport> {
  const { rawDir, buildDir } = options;
  const { snapshots, byPath, manifest } = input;
  const report: ExtractReport = { snapshots: snapshots.length, articles: 0, cached: 0, problems: [...input.problems], warnings: [...input.warnings] };
  const sources: SourceInfo[] = [];
  const seen = new Map<string, string>();
  // Each page's rows are written before the next page is read: no table is held whole (actors and countries are counted as they go).
  const assembler = new TableAssembler(byPath);
  const out = recordsDir(buildDir);
  // The index goes first and comes back last: while the tables are rewritten there is none to disagree with them.
  await removeArticleIndex(out);
  const indexed: IndexedArticle[] = [];
  const writers = new Map<TableName, JsonArrayWriter>();
  for (const table of TABLES) writers.set(table, await JsonArrayWriter.open(join(out, `${table}.json`)));
  const write = async (rows: Partial<Tables>) => {
    for (const [table, list] of Object.entries(rows) as [TableName, unknown[]][]) for (const row of list) await writers.get(table)!.write(row);
  };
  try {
    for (const file of snapshots) {
      const result = (await results.get(file.relative)) ?? { file: file.path, reason: 'no result for this snapshot', hint: 'run every shard again, then merge' };
      if ('reason' in result) {
        report.problems.push(result);
        continue;
      }
      const entry = byPath.get(file.relative);
      const cached = 'cachePath' in result ? blockPath(result.cachePath, entry) : null;
      const unreadable = 'cachePath' in result ? result.unreadable : null;
      const { summary, texts } = await pageBlock(cached, () => pageRecords(result), (r) => assembler.rows(r), unreadable);
      const first = seen.get(summary.article_id);
      if (first) {
        report.problems.push({
          file: file.path,
          reason: `same article URL as ${first}; this copy is not published`,
          hint: 'remove one of the two snapshots',
        });
        continue;
      }
      seen.set(summary.article_id, file.relative);
      for (const w of summary.warnings) report.warnings.push({ file: file.path, reason: w, hint: warningHint(w) });
      assembler.count({ actors: summary.actors, country_mentions: summary.countries.map((country) => ({ country, article_id: summary.article_id })) });
      for (const [table, rows] of texts) for (const text of rows) await writers.get(table)!.writeText(text);
      indexed.push(indexedArticle(summary.article_id, texts));
      sources.push({
        title: summary.title ?? summary.url ?? file.relative,
        path: summary.url ?? file.relative,
        fetched_at: entry?.fetched_at ?? null,
        licence: entry?.licence ?? null,
      });
    }
    await write(assembler.finish());
    for (const writer of writers.values()) await writer.close();
  } catch (error) {
    await Promise.all([...writers.values()].map((w) => w.abort()));
    throw error;
  }
  const present = new Set(snapshots.map((s) => s.relative));
  for (const entry of manifest) {
    if (entry.path && !present.has(entry.path)) {
      report.problems.push({ file: join(rawDir, entry.path), reason: `listed in the manifest for ${entry.url} but missing`, hint: 'run `make fetch` again' });
    }
  }
  report.articles = seen.size;
  report.cached = await cached;
  await writeJsonAtomic(join(out, 'sources.json'), sources);
  await writeArticleIndex(out, indexed);
  await writeJsonAtomic(join(out, 'extract-report.json'), report);
  return report;
}
