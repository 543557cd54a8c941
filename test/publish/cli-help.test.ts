/**
 * Every command answers --help with its options (exit 0), and an unknown
 * option gets one line saying which, then the usage: no stack trace.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'pipeline/cli.ts', ...args], { encoding: 'utf8' });
}

const OPTIONS: Record<string, string[]> = {
  fetch: ['--sources', '--raw', '--concurrency', '--per-host', '--delay', '--timeout', '--retries', '--max-bytes', '--user-agent', '--allow-hosts'],
  extract: ['--raw', '--build'],
  validate: ['--raw', '--build', '--allow-invalid'],
  publish: ['--raw', '--build', '--out'],
  datasets: ['--raw', '--out', '--build', '--allow-invalid'],
  bench: ['--raw', '--rounds'],
};
const STACK_LINE = /^\s+at /m;

describe('CLI help', () => {
  it.each(Object.keys(OPTIONS))('%s --help lists its options and exits 0', (command) => {
    const run = cli(command, '--help');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^usage: /);
    for (const option of OPTIONS[command]!) expect(run.stdout).toContain(option);
  });

  it.each(Object.keys(OPTIONS))('%s --frobnicate says which option is wrong, then the usage, without a stack trace', (command) => {
    const run = cli(command, '--frobnicate');
    expect(run.status).not.toBe(0);
    expect(run.stderr.split('\n')[0]).toContain("'--frobnicate'");
    expect(run.stderr).toContain('usage:');
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});
