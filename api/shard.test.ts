import { describe, expect, it } from 'vitest';
import { shardOf } from './shard.ts';

describe('shardOf', () => {
  it('names one of 256 folders with two lowercase hex digits, the same one every time', () => {
    for (const key of ['', 'a', '2026-09-02-tram-test-runs', 'café-opens', '🗳️', '100%']) {
      expect(shardOf(key), key).toMatch(/^[0-9a-f]{2}$/);
      expect(shardOf(key), key).toBe(shardOf(key));
    }
  });

  it('is the top byte of 32-bit FNV-1a, so no URL moves unless the contract changes', () => {
    // The published FNV-1a vectors: '' 811c9dc5, 'a' e40c292c, 'foobar' bf9cf968.
    expect(['', 'a', 'foobar'].map(shardOf)).toEqual(['81', 'e4', 'bf']);
  });

  it('spreads 100,000 slugs of one day evenly over all 256 folders', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 100_000; i++) {
      const folder = shardOf(`2020-10-26-pence-hits-campaign-trail-${i}`);
      counts.set(folder, (counts.get(folder) ?? 0) + 1);
    }
    const mean = 100_000 / 256;
    expect(counts.size).toBe(256);
    expect(Math.max(...counts.values())).toBeLessThan(1.3 * mean);
    expect(Math.min(...counts.values())).toBeGreaterThan(0.7 * mean);
  });
});
