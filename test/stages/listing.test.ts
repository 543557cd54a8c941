/**
 * The raw folder's listing (listing.ts): checksums reused while size and
 * time are unchanged, and the count of snapshots with new bytes, which
 * datasets.ts uses to start an extraction worker early.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LISTING_FILE, updateListing } from '../../pipeline/listing.ts';

describe('listing', () => {
  it('counts the snapshots whose bytes are new since the last listing, and writes only the listing', async () => {
    const raw = await mkdtemp(join(tmpdir(), 'wsw-listing-raw-'));
    const build = await mkdtemp(join(tmpdir(), 'wsw-listing-build-'));
    await writeFile(join(raw, 'a.html'), '<p>Quorvex</p>');
    await writeFile(join(raw, 'b.html'), '<p>Dana Whitfield</p>');
    await writeFile(join(raw, 'manifest.json'), '[]');
    const first = await updateListing(raw, build);
    expect(first.changed).toBe(2);
    expect(first.files.map((f) => f.path)).toEqual(['manifest.json', 'a.html', 'b.html']);
    expect(Object.keys(JSON.parse(await readFile(join(build, LISTING_FILE), 'utf8')) as object).sort()).toEqual(['digest', 'files']);
    const again = await updateListing(raw, build);
    expect(again.changed).toBe(0);
    expect(again.digest).toBe(first.digest);
    await writeFile(join(raw, 'b.html'), '<p>Dana Whitfield said so.</p>');
    await writeFile(join(raw, 'manifest.json'), '[ ]');
    const edited = await updateListing(raw, build);
    expect(edited.changed).toBe(1);
    expect(edited.digest).not.toBe(first.digest);
  });
});
