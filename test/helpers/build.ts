import { cp, mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDatasets } from '../../pipeline/datasets.ts';
import { datasetInfo } from '../../pipeline/publish/datapackage.ts';

/** Options of {@link buildInTemp}. */
export interface TempBuildOptions {
  /**
   * An output folder whose earlier versions are copied into the temporary one
   * first (not the version being built, nor `latest`), so the changelog and
   * the site compare against them exactly as a build into that folder would.
   */
  previousVersionsFrom?: string;
}

/** Builds a raw folder into a fresh temporary output folder (with a fresh build folder, so no cache is reused). */
export async function buildInTemp(rawDir: string, label: string, options: TempBuildOptions = {}) {
  const root = await mkdtemp(join(tmpdir(), `wsw-${label}-`));
  const outRoot = join(root, 'out');
  if (options.previousVersionsFrom) {
    await mkdir(outRoot);
    const current = datasetInfo().version;
    for (const name of await readdir(options.previousVersionsFrom)) {
      if (name === current || name === 'latest' || name.startsWith('.')) continue;
      await cp(join(options.previousVersionsFrom, name), join(outRoot, name), { recursive: true });
    }
  }
  const result = await buildDatasets({ rawDir, outRoot, buildDir: join(root, 'build') });
  return { root, outRoot, latest: join(outRoot, 'latest'), ...result };
}
