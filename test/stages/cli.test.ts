import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'pipeline/cli.ts', ...args], { encoding: 'utf8' });
}

describe('the CLI', () => {
  it('lists its commands', () => {
    const run = cli('help');
    expect(run.status).toBe(0);
    for (const command of ['fetch', 'extract', 'validate', 'publish', 'datasets', 'bench']) expect(run.stdout).toContain(command);
  });

  it('names the stage, the folder and what to do when the raw folder is missing', () => {
    const run = cli('extract', '--raw', '/nonexistent/raw', '--build', '/tmp/wsw-cli-build');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('[extract] /nonexistent/raw: cannot read the raw folder');
    expect(run.stderr).toContain('check the RAW path');
  });

  it('refuses an unknown command with the usage', () => {
    const run = cli('frobnicate');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown command 'frobnicate'");
  });
});
