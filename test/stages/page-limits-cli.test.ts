import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { warningHint } from '../../pipeline/extract/extract-stage.ts';

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'pipeline/cli.ts', ...args], { encoding: 'utf8' });
}

// A made-up page of twelve invented paragraphs, about 1,300 characters of main text.
const PARAGRAPH = 'The made-up harbour council met on Tuesday to discuss the repair of the old sea wall and the cost of the new lamps.';
const PAGE = `<!doctype html><html lang="en"><head><title>Made-up harbour</title><link rel="canonical" href="https://example.org/made-up-harbour"></head>
<body><article><h1>Made-up harbour</h1>${Array.from({ length: 12 }, (_, i) => `<p>${i + 1}. ${PARAGRAPH}</p>`).join('\n')}</article></body></html>`;

describe('page size limits on the command line (issue 14)', () => {
  it('are listed in the datasets help', () => {
    const run = cli('datasets', '--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('--max-html-chars');
    expect(run.stdout).toContain('--max-text-chars');
  });

  it('reach the extractor, count in the up-to-date check, and give the cut its own hint', async () => {
    const root = await mkdtemp(join(tmpdir(), 'wsw-limits-cli-'));
    const raw = join(root, 'raw');
    await mkdir(raw);
    await writeFile(join(raw, 'page.html'), PAGE);
    const build = (...extra: string[]) => cli('datasets', '--raw', raw, '--out', join(root, 'out'), '--build', join(root, 'build'), '--threads', '0', ...extra);
    const cut = build('--max-text-chars', '500');
    expect(cut.status, cut.stderr).toBe(0);
    expect(cut.stderr).toContain('limit maxTextChars = 500');
    expect(cut.stderr).toContain('raise --max-text-chars');
    expect(cut.stderr).not.toContain('no or little text');
    // Without the option the same folder is built again, whole.
    const whole = build();
    expect(whole.status, whole.stderr).toBe(0);
    expect(whole.stderr).not.toContain('up to date');
    expect(whole.stderr).not.toContain('maxTextChars');
  });

  it('gives each kind of article warning its own hint', () => {
    expect(warningHint('page HTML is 12.0 MB (12000000 characters); only the first 9999990 characters were read (limit maxHtmlChars = 10000000)')).toMatch(/--max-html-chars/);
    expect(warningHint('main text is very short (40 characters)')).toMatch(/no or little text/);
    expect(warningHint('metadata could not be read: too deep')).toMatch(/metadata/);
    expect(warningHint('something new')).toBe('check the page');
  });
});
