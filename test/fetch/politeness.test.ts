import { describe, expect, it } from 'vitest';
import { HostGate } from '../../pipeline/fetch/politeness.ts';

/** A gate on a made-up clock: sleeping advances the clock, so waits are exact. */
function gateOnClock(perHost: number, delayMs: number) {
  let clock = 1_000_000;
  const sleeps: number[] = [];
  const gate = new HostGate(perHost, delayMs, async (ms) => {
    sleeps.push(ms);
    clock += ms;
  }, () => clock);
  return { gate, sleeps, now: () => clock };
}

describe('per-host politeness', () => {
  it('spaces the starts of requests to one host by the delay, but not requests to different hosts', async () => {
    const { gate, sleeps } = gateOnClock(2, 1000);
    const starts: string[] = [];
    const task = (label: string) => async () => {
      starts.push(label);
    };
    await Promise.all([gate.run('a.example', task('a1')), gate.run('a.example', task('a2')), gate.run('b.example', task('b1'))]);
    expect(starts).toHaveLength(3);
    expect(sleeps).toEqual([1000]);
  });

  it('never has more than per-host requests open to one host', async () => {
    const { gate } = gateOnClock(2, 0);
    let open = 0;
    let most = 0;
    const task = async () => {
      open++;
      most = Math.max(most, open);
      await new Promise((r) => setTimeout(r, 5));
      open--;
    };
    await Promise.all(Array.from({ length: 6 }, () => gate.run('a.example', task)));
    expect(most).toBe(2);
  });

  it('a Crawl-delay raises the delay (never lowers it) and counts from the request already started', async () => {
    const { gate, sleeps } = gateOnClock(1, 100);
    await gate.run('a.example', async () => gate.raiseDelay('a.example', 5000));
    gate.raiseDelay('a.example', 50);
    expect(gate.delayFor('a.example')).toBe(5000);
    await gate.run('a.example', async () => undefined);
    expect(sleeps).toEqual([5000]);
  });

  it('a pause (Retry-After) holds every request to the host', async () => {
    const { gate, sleeps } = gateOnClock(2, 0);
    gate.pause('a.example', 7000);
    await gate.run('a.example', async () => undefined);
    await gate.run('b.example', async () => undefined);
    expect(sleeps).toEqual([7000]);
  });
});
