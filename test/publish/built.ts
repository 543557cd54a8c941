/**
 * One build per test file of the committed raw/ snapshots plus the made-up
 * emoji/CJK page (test/publish/fixtures), so the publish tests read real
 * output with lists, nulls, provenance and astral characters.
 */
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildInTemp } from '../helpers/build.ts';

/** Builds raw/ plus the fixture page into a temporary folder. */
export async function buildPublishFixture() {
  const raw = await mkdtemp(join(tmpdir(), 'wsw-publish-raw-'));
  await cp('raw', raw, { recursive: true });
  await cp(join(import.meta.dirname, 'fixtures', 'emoji-cjk', 'source.html'), join(raw, 'made-up-summit.html'));
  return buildInTemp(raw, 'publish');
}
