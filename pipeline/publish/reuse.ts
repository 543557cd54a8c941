/**
 * Outputs rebuilt only when their inputs change (as owid/etl does: an output
 * is a pure function of its inputs). A unit of output files (the workbook;
 * the DuckDB database with the Parquet files; the site's data files) has an
 * input key, a hash of the code and of the tables it is made from. After a
 * publish, each unit's key and the identity of its published files (size,
 * modification time, inode) are recorded in the build folder. The next
 * publish of the same version hard-links a unit's files from the published
 * version into its work folder, instead of writing them again, when the key
 * is the same and every file is still the one recorded; otherwise the unit is
 * built as usual. A reused file is the very file a full build wrote, so the
 * output stays byte-identical to a full rebuild.
 */
import { copyFile, link, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { writeJsonAtomic } from '../lib/atomic-write.ts';
import { sha256 } from '../lib/hash.ts';

/** What identifies a published file without reading it. */
export type FileIdentity = [size: number, mtimeMs: number, ino: number];

/** One unit as recorded. */
interface UnitRecord {
  key: string;
  /** Path relative to the version folder → identity. */
  files: Record<string, FileIdentity>;
  /** What the unit's builder returned besides its files (the site's shell needs it). */
  extra: unknown;
}

/** The record file. */
interface ReuseRecord {
  /** The published version folder the files are in (absolute). */
  versionDir: string;
  units: Record<string, UnitRecord>;
}

const identity = async (file: string): Promise<FileIdentity> => {
  const s = await stat(file);
  return [s.size, s.mtimeMs, s.ino];
};

/**
 * Files whose identities are read at once: the site's data are some
 * thousands of files (one per article), read one after the other in 0.15 to
 * 0.65 s of a one-page rebuild at 2,000 pages (busy machine), at the end of
 * the publish (issue 12); a few dozen at a time keep the thread pool busy
 * without holding every request open.
 */
const STATS_AT_ONCE = 32;

/** The identity of each file of `paths` (relative to `dir`), in order: from `known` when it has the path, else read. */
async function identitiesOf(dir: string, paths: string[], known?: ReadonlyMap<string, FileIdentity>): Promise<FileIdentity[]> {
  const identities: FileIdentity[] = new Array(paths.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < paths.length; i = next++) identities[i] = known?.get(paths[i]!) ?? (await identity(join(dir, paths[i]!)));
  };
  await Promise.all(Array.from({ length: Math.min(STATS_AT_ONCE, paths.length) }, worker));
  return identities;
}

/** Whether `file` is still the file whose identity was recorded (size, modification time, inode); a missing file is not. */
export async function unchangedSince(file: string, recorded: Readonly<FileIdentity>): Promise<boolean> {
  const now = await identity(file).catch(() => null);
  return now !== null && now.every((v, i) => v === recorded[i]);
}

/** The input key of a unit: a hash of its parts (code fingerprint, table checksums, options). */
export function unitKey(...parts: Array<string | null>): string {
  return sha256(JSON.stringify(parts));
}

/** The reusable units of one published version folder, and the units built or reused by this publish. */
export class OutputReuse {
  readonly #next = new Map<string, { key: string; paths: string[]; extra: unknown; known?: ReadonlyMap<string, FileIdentity> }>();

  private constructor(
    readonly recordFile: string,
    readonly versionDir: string,
    readonly previous: ReuseRecord | null,
  ) {}

  /** Reads the record of the last publish into `versionDir` (none when absent, unreadable or of another folder). */
  static async open(recordFile: string, versionDir: string): Promise<OutputReuse> {
    const dir = resolve(versionDir);
    const record = (await readFile(recordFile, 'utf8').then(JSON.parse, () => null)) as ReuseRecord | null;
    return new OutputReuse(recordFile, dir, record?.versionDir === dir && record.units ? record : null);
  }

  /**
   * Links the unit's files from the published version into `workDir` when its
   * key is unchanged and each file is still the one recorded; returns the
   * unit's extra value then, or `undefined` when the unit must be built.
   */
  async reuse(unit: string, key: string, workDir: string): Promise<{ extra: unknown } | undefined> {
    const recorded = this.previous?.units[unit];
    if (!recorded || recorded.key !== key) return undefined;
    const paths = Object.keys(recorded.files);
    const linked: string[] = [];
    // A file linked (not copied) is the recorded file: its identity is known without reading it again at save().
    const known = new Map<string, FileIdentity>();
    try {
      for (const path of paths) if (!(await unchangedSince(join(this.versionDir, path), recorded.files[path]!))) return undefined;
      const made = new Set<string>();
      for (const path of paths) {
        const target = join(workDir, path);
        if (!made.has(dirname(target))) await mkdir(dirname(target), { recursive: true });
        made.add(dirname(target));
        // A hard link where the file system allows one (the published file is never changed in place), else a copy.
        const isLink = await link(join(this.versionDir, path), target).then(
          () => true,
          () => copyFile(join(this.versionDir, path), target).then(() => false),
        );
        if (isLink) known.set(path, recorded.files[path]!);
        linked.push(target);
      }
    } catch {
      // A file went missing: the unit is built instead, and must not write through a link into the published version.
      await Promise.all(linked.map((target) => rm(target, { force: true })));
      return undefined;
    }
    this.built(unit, key, paths, recorded.extra, known);
    return { extra: recorded.extra };
  }

  /** What the last publish recorded of a unit (its files' identities by path, its extra value), whatever its key. */
  recorded(unit: string): { files: Record<string, FileIdentity>; extra: unknown } | undefined {
    return this.previous?.units[unit];
  }

  /**
   * Notes that this publish wrote (or reused) a unit: its key, its files (relative to the version folder) and its extra
   * value; `known` gives the identity of files linked from the published version (not read again at {@link save}).
   */
  built(unit: string, key: string, paths: string[], extra: unknown = null, known?: ReadonlyMap<string, FileIdentity>): void {
    this.#next.set(unit, { key, paths, extra, known });
  }

  /** Records the units of this publish, with the identity of their files as now published; call after the version is in place. */
  async save(): Promise<void> {
    const units: Record<string, UnitRecord> = {};
    for (const [unit, { key, paths, extra, known }] of this.#next) {
      const identities = await identitiesOf(this.versionDir, paths, known);
      units[unit] = { key, files: Object.fromEntries(paths.map((path, i) => [path, identities[i]!])), extra };
    }
    await writeJsonAtomic(this.recordFile, { versionDir: this.versionDir, units } satisfies ReuseRecord);
  }
}
