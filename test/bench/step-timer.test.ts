import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const STEP_TIMER = new URL('../../pipeline/lib/step-timer.ts', import.meta.url).pathname;

/** Runs a build stage in a fresh process (WSW_TIMINGS is read once, when the module loads) and returns its stderr. */
function stageStderr(env: Record<string, string>): string {
  const script = `import { stage } from ${JSON.stringify(STEP_TIMER)}; await stage('made-up stage', async () => 1);`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    env: { ...process.env, WSW_TIMINGS: '', ...env },
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stderr;
}

describe('timing lines of the build stages', () => {
  it('are printed for a stage when WSW_TIMINGS=1, without the bench recording stage peaks', () => {
    expect(stageStderr({ WSW_TIMINGS: '1' })).toMatch(/^timing: made-up stage +\d+ ms wall +\d+ ms CPU peak +\d+ MiB$/m);
  });

  it('are not printed when WSW_TIMINGS is unset', () => {
    expect(stageStderr({})).not.toMatch(/timing:/);
  });
});
