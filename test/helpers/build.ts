import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDatasets } from '../../pipeline/datasets.ts';

/** Builds a raw folder into a fresh temporary output folder (with a fresh build folder, so no cache is reused). */
export async function buildInTemp(rawDir: string, label: string) {
  const root = await mkdtemp(join(tmpdir(), `wsw-${label}-`));
  const outRoot = join(root, 'out');
  const result = await buildDatasets({ rawDir, outRoot, buildDir: join(root, 'build') });
  return { root, outRoot, latest: join(outRoot, 'latest'), ...result };
}
