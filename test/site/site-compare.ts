/** Helpers of the site rebuild tests: folders compared file by file, and what a publish records of a site for the next. */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ArticleReuse } from '../../pipeline/site/article-files.ts';
import type { SiteData } from '../../pipeline/site/site-build.ts';

/** Every file under a folder, as sorted relative paths. */
export async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort();
}

/** The paths whose bytes differ between two folders, or that are in one only. */
export async function differing(a: string, b: string): Promise<string[]> {
  const [left, right] = [await files(a), await files(b)];
  const out = [...left.filter((f) => !right.includes(f)), ...right.filter((f) => !left.includes(f))];
  for (const f of left.filter((x) => right.includes(x))) if (!(await readFile(join(a, f))).equals(await readFile(join(b, f)))) out.push(f);
  return out.sort();
}

/** What the next publish is given of a site folder (as publish/slow-outputs.ts records it). */
export async function recorded(site: string, data: SiteData): Promise<ArticleReuse> {
  const reuse: ArticleReuse = { dir: site, files: {} };
  for (const [path, key] of Object.entries(data.articleKeys)) {
    const s = await stat(join(site, path));
    reuse.files[path] = [key, s.size, s.mtimeMs, s.ino];
  }
  return reuse;
}
