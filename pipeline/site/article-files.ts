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
import { link } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from '../lib/hash.ts';
import { type FileIdentity, unchangedSince } from '../publish/reuse.ts';
import { readJsonArrayTexts } from '../lib/json-array-file.ts';
import { type ArticleRelated, articleData } from './article-data.ts';
import { type ArticleRow, unreadableTable } from './tables.ts';

/** What the last publish left of each article's data file. */
export interface ArticleReuse {
  /** The site folder of the version in place. */
  dir: string;
  /** Path (relative to the site folder) → the file's key and its identity as published. */
  files: Record<string, [key: string, ...FileIdentity]>;
}

/** Options of {@link writeArticleFiles}. */
export interface ArticleFilesOptions {
  /** Fingerprint of the code (part of every key). */
  code: string;
  /** The files of the version in place, when the last publish recorded them. */
  previous?: ArticleReuse;
  /** Called with every article row, parsed, in table order (the site's index takes them from this one read of the table). */
  onRow?: (row: ArticleRow) => void;
}

/** The article id at the top level of a row's text as the publish stage writes it (a quote inside a string value is escaped, so it cannot match). */
const ARTICLE_ID = /^\{\n {4}"article_id": ("(?:[^"\\]|\\.)*")/;

/** The site path of an article's data file (ids are `art_` + hex; anything else is made safe). */
export function articleFile(articleId: string): string {
  return `${articleId.replace(/[^A-Za-z0-9_-]/g, '_')}.js`;
}

/**
 * Writes (or links) the data file of every article of `<dataDir>/articles.json`
 * with `put`; returns the key of each file by path, for the next publish.
 */
export async function writeArticleFiles(
  dataDir: string,
  siteDir: string,
  related: (id: string) => ArticleRelated,
  put: (path: string, content: string | null) => Promise<void>,
  dataFile: (name: string, value: unknown) => string,
  options: ArticleFilesOptions,
): Promise<Record<string, string>> {
  const keys: Record<string, string> = {};
  for await (const text of articleTexts(join(dataDir, 'articles.json'))) {
    const parsed = options.onRow ? (JSON.parse(text) as ArticleRow) : undefined;
    if (parsed) options.onRow!(parsed);
    const known = parsed ? null : ARTICLE_ID.exec(text);
    const id = parsed?.article_id ?? (known ? (JSON.parse(known[1]!) as string) : (JSON.parse(text) as ArticleRow).article_id);
    const parts = related(id);
    const path = `data/articles/${articleFile(id)}`;
    const key = sha256(`${options.code}\u0000${text}\u0000${JSON.stringify(parts)}`);
    keys[path] = key;
    if (await linked(options.previous, path, key, siteDir)) {
      await put(path, null);
      continue;
    }
    const a = articleData(parsed ?? (JSON.parse(text) as ArticleRow), parts);
    await put(path, dataFile(`article:${a.id}`, a));
  }
  return keys;
}

/** The text of each row of the published `articles.json`; one that cannot be read is the stage's error. */
async function* articleTexts(file: string): AsyncGenerator<string> {
  try {
    yield* readJsonArrayTexts(file);
  } catch (error) {
    throw unreadableTable(file, error);
  }
}

/** Links an article's file from the version in place when its key is the one recorded and the file is still the one published. */
async function linked(previous: ArticleReuse | undefined, path: string, key: string, siteDir: string): Promise<boolean> {
  const was = previous?.files[path];
  if (!previous || !was || was[0] !== key) return false;
  const [, ...published] = was;
  const source = join(previous.dir, path);
  if (!(await unchangedSince(source, published))) return false;
  try {
    await link(source, join(siteDir, path));
    return true;
  } catch {
    // Gone or not linkable (another file system): the file is built instead.
    return false;
  }
}
