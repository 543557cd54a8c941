/**
 * What the site made of each article at the last publish, kept beside the
 * build (issue 12: a one-page change rebuilds the site data in time
 * proportional to the change). An article's display rows, facet values and
 * digests are a pure function of the code, of the bytes of its rows in the
 * five tables it is read from (article-stream.ts) and of a few facts of the
 * actors and countries it uses (name, type, first title, affiliation's name,
 * country); when both digests are the ones recorded, its rows are not parsed
 * and its display rows are copied as bytes from the last publish's spill file.
 *
 * The cache is `index.json` (one entry per article) and the spill file it
 * points to; both are replaced only after a complete build (index written to
 * a temporary name and renamed), so an interrupted build leaves the last
 * good cache, and an entry never outlives the bytes it names.
 */
import { closeSync, copyFileSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { writeFileAtomic } from '../lib/atomic-write.ts';
import type { ActorRow } from './tables.ts';
import type { FacetValues } from './quote-index.ts';

/** Version of the cache's layout (part of its validity with the code's fingerprint). */
const LAYOUT = 1;
const INDEX = 'index.json';

/** One article as the last publish made it. */
export interface CachedArticle {
  /** Digest of the code and of the article's row bytes in the five tables. */
  digest: string;
  /** Actor ids and country codes it uses, and the digest of their facts ({@link factsDigest}). */
  actors: string[];
  codes: string[];
  facts: string;
  /** Its data file's key (article-files.ts). */
  fileKey: string;
  published: string | null;
  /** Its rows in quotes, actor_mentions, country_mentions, links. */
  rows: [number, number, number, number];
  searchDigest: string;
  viewsDigest: string;
  facets: FacetValues[];
  /** Where its display rows are in the spill file (bytes 0 when it has no quote). */
  at: number;
  bytes: number;
}

interface IndexFile {
  layout: number;
  code: string;
  views: string;
  articles: Record<string, CachedArticle>;
}

/** The digest of an article's row bytes under `code`. */
export function rowsDigest(code: string, bytes: Buffer[]): string {
  const hash = createHash('sha256').update(code).update('\u0000');
  for (const b of bytes) hash.update(b);
  return hash.digest('hex');
}

/**
 * The digest of an article's rows under `code`: from its digest in the
 * tables' article index when the stream found it there (nothing hashed
 * again), else from its row bytes. The two kinds never name the same rows
 * alike, so a cache made with one is simply missed by the other.
 */
export function articleDigest(code: string, source: { bytes: Buffer[] | null; digest?: string }): string | null {
  if (source.digest) return createHash('sha256').update(code).update('\u0000article-index\u0000').update(source.digest).digest('hex');
  return source.bytes ? rowsDigest(code, source.bytes) : null;
}

/** The digest of what an article's files and display rows take from the actors and countries tables. */
export function factsDigest(actors: string[], codes: string[], actorsById: ReadonlyMap<string, ActorRow>, countryNames: ReadonlyMap<string, string>): string {
  const facts = actors.map((id) => {
    const a = actorsById.get(id);
    if (!a) return null;
    const affiliation = a.affiliation ? (actorsById.get(a.affiliation)?.name ?? null) : null;
    return [a.name, a.type, a.titles?.[0] ?? null, affiliation, a.country ?? null];
  });
  return createHash('sha256').update(JSON.stringify([facts, codes.map((c) => countryNames.get(c) ?? null)])).digest('hex');
}

/** The cache of the last publish (read) and of this one (gathered, then saved). */
export class ArticleCache {
  private readonly old: Record<string, CachedArticle>;
  private oldViews: number | null;
  private readonly next: Record<string, CachedArticle> = {};

  private constructor(
    private readonly dir: string,
    private readonly code: string,
  ) {
    const index = readIndex(dir);
    const usable = index && index.layout === LAYOUT && index.code === code;
    this.old = usable ? index.articles : {};
    this.oldViews = usable ? tryOpen(join(dir, index.views)) : null;
  }

  /** Opens the cache in `dir` (made when missing); an unreadable or other code's cache is none. */
  static open(dir: string, code: string): ArticleCache {
    mkdirSync(dir, { recursive: true });
    return new ArticleCache(dir, code);
  }

  /** The entry of an article when its rows' digest and its facts are the ones recorded. */
  lookup(id: string, digest: string, actorsById: ReadonlyMap<string, ActorRow>, countryNames: ReadonlyMap<string, string>): CachedArticle | undefined {
    const entry = this.old[id];
    if (!entry || entry.digest !== digest || (entry.bytes > 0 && this.oldViews === null)) return undefined;
    return factsDigest(entry.actors, entry.codes, actorsById, countryNames) === entry.facts ? entry : undefined;
  }

  /** The display rows' bytes of a recorded entry. */
  views(entry: CachedArticle): Buffer {
    const buffer = Buffer.alloc(entry.bytes);
    if (entry.bytes > 0) readSync(this.oldViews!, buffer, 0, entry.bytes, entry.at);
    return buffer;
  }

  /** Records an article of this publish. */
  record(id: string, entry: CachedArticle): void {
    this.next[id] = entry;
  }

  /** Saves this publish's entries with its spill file (linked, or copied across file systems; the index written atomically); removes the old spill files. */
  async save(spill: string): Promise<void> {
    const views = `views-${randomBytes(6).toString('hex')}.bin`;
    try {
      linkSync(spill, join(this.dir, views));
    } catch {
      copyFileSync(spill, join(this.dir, views));
    }
    const index: IndexFile = { layout: LAYOUT, code: this.code, views, articles: this.next };
    await writeFileAtomic(join(this.dir, INDEX), JSON.stringify(index));
    this.close();
    for (const name of readdirSync(this.dir)) if (name.startsWith('views-') && name !== views) rmSync(join(this.dir, name), { force: true });
  }

  /** Closes the old spill file. */
  close(): void {
    if (this.oldViews !== null) closeSync(this.oldViews);
    this.oldViews = null;
  }
}

function readIndex(dir: string): IndexFile | null {
  try {
    return JSON.parse(readFileSync(join(dir, INDEX), 'utf8')) as IndexFile;
  } catch {
    // No cache yet, or one left unreadable: every article is made from its rows.
    return null;
  }
}

function tryOpen(file: string): number | null {
  try {
    return openSync(file, 'r');
  } catch {
    return null;
  }
}
