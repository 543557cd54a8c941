/**
 * The site's article data files (`data/articles/<id>.js`, one per article),
 * written one article at a time, and reused from the version in place when
 * nothing they are made of changed (issue 12: one changed page rebuilt in
 * seconds): an article's file is a pure function of the code, of its row's
 * text in `articles.json` and of what the other tables hold of it
 * (article-data.ts), so its key hashes those three. When the last publish
 * recorded the same key for the file, and the published file is still the
 * one recorded (size, modification time, inode), it is hard-linked into the
 * new version instead of being parsed, built and written again: the very
 * bytes a full build writes.
 */
import { linkSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../lib/hash.ts';
import type { FileIdentity } from '../publish/reuse.ts';
import { type ArticleRelated, articleData } from './article-data.ts';
import type { ArticleRow } from './tables.ts';

/** What the last publish left of each reusable site file (article files; search shards, site-data.ts). */
export interface ArticleReuse {
  /** The site folder of the version in place. */
  dir: string;
  /** Path (relative to the site folder) → the file's key and its identity as published. */
  files: Record<string, [key: string, ...FileIdentity]>;
  /**
   * Filled in by this build when given: the path of every file it linked. A linked file is the published file (same
   * inode, size and modification time), so its identity is the one recorded, checked just before linking, and the
   * publish records it without reading it again (publish/reuse.ts).
   */
  linked?: string[];
}

/** Options of {@link ArticleFiles}. */
export interface ArticleFilesOptions {
  /** Fingerprint of the code (part of every key). */
  code: string;
  /** The files of the version in place, when the last publish recorded them. */
  previous?: ArticleReuse;
  /** A folder where what was made of each article is kept for the next publish (article-cache.ts); none when absent. */
  cache?: string;
}

/** The site path of an article's data file (ids are `art_` + hex; anything else is made safe). */
export function articleFile(articleId: string): string {
  return `${articleId.replace(/[^A-Za-z0-9_-]/g, '_')}.js`;
}

/**
 * Writes (or links) the data file of each article given to {@link write}
 * with `put`, and keeps the key of each file by path, for the next publish.
 */
export class ArticleFiles {
  /** Path → key of every file written or linked. */
  readonly keys: Record<string, string> = {};

  constructor(
    private readonly siteDir: string,
    private readonly put: (path: string, content: string | null) => Promise<void>,
    private readonly dataFile: (name: string, value: unknown) => string,
    private readonly options: ArticleFilesOptions,
  ) {}

  /** The file of one article: `text` is its row as published in `articles.json`, `row` that row parsed, `parts` what the other tables hold of it. Returns the file's key. */
  async write(text: string, row: ArticleRow, parts: ArticleRelated): Promise<string> {
    const path = `data/articles/${articleFile(row.article_id)}`;
    const key = sha256(`${this.options.code}\u0000${text}\u0000${JSON.stringify(parts)}`);
    this.keys[path] = key;
    if (await linkReused(this.options.previous, path, key, this.siteDir)) await this.put(path, null);
    else {
      const a = articleData(row, parts);
      await this.put(path, this.dataFile(`article:${a.id}`, a));
    }
    return key;
  }

  /** Links the file of an article whose key is known (article-cache.ts) when the last publish recorded it; returns whether it did. */
  async reuse(articleId: string, key: string): Promise<boolean> {
    const path = `data/articles/${articleFile(articleId)}`;
    if (!(await linkReused(this.options.previous, path, key, this.siteDir))) return false;
    this.keys[path] = key;
    await this.put(path, null);
    return true;
  }
}

/**
 * Links a file from the version in place when its key is the one recorded
 * and the file is still the one published; returns whether it did.
 */
export async function linkReused(previous: ArticleReuse | undefined, path: string, key: string, siteDir: string): Promise<boolean> {
  const was = previous?.files[path];
  if (!previous || !was || was[0] !== key) return false;
  const source = join(previous.dir, path);
  // Synchronous calls: one per reused file, thousands per rebuild, where a promise's round trip through the thread pool cost more than the call.
  const now = statSync(source, { throwIfNoEntry: false });
  if (!now || now.size !== was[1] || now.mtimeMs !== was[2] || now.ino !== was[3]) return false;
  try {
    linkSync(source, join(siteDir, path));
    previous.linked?.push(path);
    return true;
  } catch {
    // Not linkable (another file system): the file is built instead.
    return false;
  }
}
