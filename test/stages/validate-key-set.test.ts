/**
 * The primary-key set of the validate stage (validate/key-set.ts): exact on
 * made-up keys across its growth, and bounded in size by what it holds
 * (counted in bytes of its table, never by a memory figure).
 */
import { describe, expect, it } from 'vitest';
import { KeySet } from '../../pipeline/validate/key-set.ts';

describe('the key set of the validate stage', () => {
  it('says which keys it has seen, across many doublings of its table', () => {
    const keys = new KeySet();
    const key = (i: number) => JSON.stringify([`art_${i.toString(16).padStart(16, '0')}`, `act_${(i * 7).toString(16)}`, i % 97, i % 89]);
    for (let i = 0; i < 50_000; i += 1) expect(keys.add(key(i))).toBe(true);
    for (let i = 0; i < 50_000; i += 1000) expect(keys.add(key(i))).toBe(false);
    expect(keys.add('')).toBe(true);
    expect(keys.add('')).toBe(false);
    expect(keys.add('["人权", 1]')).toBe(true);
    expect(keys.size).toBe(50_002);
  });

  it('takes 16 bytes a key, in a table at most four times that', () => {
    const keys = new KeySet();
    for (let i = 0; i < 100_000; i += 1) keys.add(`["made-up key number ${i}"]`);
    expect(keys.bytes).toBeLessThanOrEqual(100_000 * 16 * 4);
    expect(keys.bytes).toBeGreaterThanOrEqual(100_000 * 16 * 2);
  });
});
