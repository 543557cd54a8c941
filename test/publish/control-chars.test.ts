/**
 * Control characters never reach a published copy: each becomes U+FFFD, one
 * code point for one, so offsets still hold (the emoji/CJK fixture carries
 * ESC, U+0085, U+202E and U+2066; slice_offsets.py checks the offsets).
 */
import { execFileSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTROL_CHARS, replaceControls } from '../../pipeline/extract/control-chars.ts';
import { buildPublishFixture } from './built.ts';

let dir: string;
beforeAll(async () => {
  dir = (await buildPublishFixture()).latest;
});

describe('control characters', () => {
  it('are replaced one for one, keeping tab and newline', () => {
    expect(replaceControls('a\u0000b\u001bc\u202ed\u0085e\tf\ng')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\tf\ng');
  });

  it('appear in no published CSV or JSON file, while the page had them', async () => {
    const source = await readFile(join(import.meta.dirname, 'fixtures', 'emoji-cjk', 'source.html'), 'utf8');
    expect(source).toMatch(new RegExp(CONTROL_CHARS.source));
    const files = (await readdir(dir)).filter((f) => /\.(csv|json)$/.test(f));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      // CSV rows end in CRLF (RFC 4180): the only carriage returns allowed.
      const text = (await readFile(join(dir, f), 'utf8')).replaceAll('\r\n', '\n');
      expect(text.match(new RegExp(CONTROL_CHARS.source, 'g')), f).toBeNull();
      // JSON escapes of controls (\u001b) would be read back as the control itself.
      expect(text.match(/\\u00(?:[01][0-9a-fA-F]|7[fF]|[89][0-9a-fA-F])/g), f).toBeNull();
    }
    const articles = JSON.parse(await readFile(join(dir, 'articles.json'), 'utf8')) as Array<{ text: string }>;
    expect(articles.some((a) => a.text.includes('\uFFFDevil.exe'))).toBe(true);
  });

  it('leave every offset slicing the right text', () => {
    const out = execFileSync('python3', [join(import.meta.dirname, 'slice_offsets.py'), dir], { encoding: 'utf8' });
    expect(JSON.parse(out).wrong).toEqual([]);
  });
});
