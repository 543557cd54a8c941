import { PipelineError } from '../lib/errors.ts';
import { MANIFEST_FILE, readManifest, writeManifest, type ManifestEntry } from '../lib/manifest.ts';
import { join } from 'node:path';

/** The manifest as serialised (sorted by URL), to skip rewriting an unchanged file. */
function serialise(entries: Iterable<ManifestEntry>): string {
  return JSON.stringify([...entries].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)));
}

/**
 * The manifest of a raw folder during a run: entries by URL, saved
 * atomically after every change (saves are queued one after the other, and
 * skipped when nothing changed so the file's date only moves with its content).
 */
export class ManifestBook {
  private writes: Promise<void> = Promise.resolve();

  private constructor(
    private readonly rawDir: string,
    private readonly entries: Map<string, ManifestEntry>,
    private written: string,
  ) {}

  /** Loads `<rawDir>/manifest.json` (absent = empty). */
  static async open(rawDir: string): Promise<ManifestBook> {
    let list: ManifestEntry[];
    try {
      list = await readManifest(rawDir);
    } catch (error) {
      // readManifest labels its errors for the extract stage; say it is the fetch that cannot go on.
      if (!(error instanceof PipelineError)) throw error;
      throw new PipelineError('fetch', 'cannot read the manifest, so nothing was fetched', {
        file: join(rawDir, MANIFEST_FILE),
        cause: error.cause,
        hint: error.hint ?? 'restore it from git',
      });
    }
    const entries = new Map(list.map((e) => [e.url, e]));
    return new ManifestBook(rawDir, entries, serialise(entries.values()));
  }

  /** The entry of a URL, if the manifest has one. */
  get(url: string): ManifestEntry | undefined {
    return this.entries.get(url);
  }

  /** Sets a URL's entry and saves the manifest; resolves once it is on disk. */
  set(entry: ManifestEntry): Promise<void> {
    this.entries.set(entry.url, entry);
    this.writes = this.writes.then(async () => {
      const text = serialise(this.entries.values());
      if (text === this.written) return;
      await writeManifest(this.rawDir, [...this.entries.values()]);
      this.written = text;
    });
    return this.writes;
  }

  /** Resolves when every queued save is done. */
  flushed(): Promise<void> {
    return this.writes;
  }
}
