import { writeFileAtomic } from '../lib/atomic-write.ts';
import { readManifest, writeManifest, type FileWriter, type ManifestEntry } from '../lib/manifest.ts';

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
    private readonly write: FileWriter,
  ) {}

  /**
   * Loads `<rawDir>/manifest.json` (absent = empty); a broken manifest is a
   * PipelineError of the fetch stage naming the entry, and nothing is fetched.
   */
  static async open(rawDir: string, write: FileWriter = writeFileAtomic): Promise<ManifestBook> {
    const list = await readManifest(rawDir, 'fetch');
    const entries = new Map(list.map((e) => [e.url, e]));
    return new ManifestBook(rawDir, entries, serialise(entries.values()), write);
  }

  /** The entry of a URL, if the manifest has one. */
  get(url: string): ManifestEntry | undefined {
    return this.entries.get(url);
  }

  /**
   * Sets a URL's entry and saves the manifest; resolves once it is on disk.
   * After a failed save every later save fails with the same error (the run
   * stops: the file on disk is then the last complete manifest).
   */
  set(entry: ManifestEntry): Promise<void> {
    this.entries.set(entry.url, entry);
    this.writes = this.writes.then(async () => {
      const text = serialise(this.entries.values());
      if (text === this.written) return;
      await writeManifest(this.rawDir, [...this.entries.values()], this.write);
      this.written = text;
    });
    return this.writes;
  }

  /** Resolves when every queued save is done. */
  flushed(): Promise<void> {
    return this.writes;
  }
}
