/**
 * Published offsets count Unicode code points: Python slices every span of a
 * made-up page full of emoji, flags and CJK characters (some beyond U+FFFF)
 * and gets the text each row names.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codePointOffsets, sliceCodePoints } from '../../pipeline/extract/code-points.ts';
import { buildInTemp } from '../helpers/build.ts';

const HERE = import.meta.dirname;

describe('code point offsets', () => {
  it('maps UTF-16 offsets to code points around astral characters', () => {
    const text = 'a😀b𠀀c';
    const map = codePointOffsets(text);
    expect([0, 1, 3, 4, 6, 7].map(map)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(sliceCodePoints(text, 2, 3)).toBe('b');
    expect(codePointOffsets('plain')(3)).toBe(3);
  });

  it('slice in Python to the text of every quote, mention and link', async () => {
    const raw = await mkdtemp(join(tmpdir(), 'wsw-emoji-raw-'));
    await mkdir(raw, { recursive: true });
    await copyFile(join(HERE, 'fixtures', 'emoji-cjk', 'source.html'), join(raw, 'summit.html'));
    const built = await buildInTemp(raw, 'emoji');
    const out = execFileSync('python3', [join(HERE, 'slice_offsets.py'), built.latest], { encoding: 'utf8' });
    const result = JSON.parse(out) as { checked: number; wrong: unknown[] };
    expect(result.wrong).toEqual([]);
    expect(built.publish.rows.quotes).toBeGreaterThanOrEqual(3);
    expect(built.publish.rows.country_mentions).toBeGreaterThanOrEqual(5);
    expect(built.publish.rows.actor_mentions).toBeGreaterThanOrEqual(2);
    expect(built.publish.rows.links).toBe(2);
    expect(result.checked).toBe(
      built.publish.rows.quotes + built.publish.rows.country_mentions + built.publish.rows.actor_mentions + built.publish.rows.links,
    );
  });
});
