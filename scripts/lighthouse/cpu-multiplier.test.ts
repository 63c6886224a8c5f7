import { describe, expect, test } from 'vitest';
import { cpuSlowdownMultiplier } from './cpu-multiplier.ts';

describe('cpuSlowdownMultiplier', () => {
  test('gives the calculator’s anchor points: 150 → 1×, 800 → 2×, 1,300 → 3×, 1,533 → 4×, 2,000 → 6×', () => {
    expect(cpuSlowdownMultiplier(150)).toBe(1);
    expect(cpuSlowdownMultiplier(800)).toBe(2);
    expect(cpuSlowdownMultiplier(1300)).toBe(3);
    expect(cpuSlowdownMultiplier(1533)).toBe(4);
    expect(cpuSlowdownMultiplier(2000)).toBeCloseTo(6.004, 3);
  });

  test('is a straight line within each segment', () => {
    expect(cpuSlowdownMultiplier(475)).toBe(1.5);
    expect(cpuSlowdownMultiplier(1050)).toBe(2.5);
    expect(cpuSlowdownMultiplier(809.5)).toBeCloseTo(2.019, 3);
  });

  test('never falls as the host gets faster, and has no step at the segments’ ends', () => {
    const indexes = Array.from({ length: 300 }, (_, i) => 150 + 10 * i);
    const multipliers = indexes.map((i) => cpuSlowdownMultiplier(i)!);
    for (let i = 1; i < multipliers.length; i++) {
      expect(multipliers[i]! - multipliers[i - 1]!).toBeGreaterThanOrEqual(0);
      expect(multipliers[i]! - multipliers[i - 1]!).toBeLessThan(0.05);
    }
  });

  test('gives none for a host too slow to emulate the target device, or an index that is not a number', () => {
    expect(cpuSlowdownMultiplier(149.9)).toBeUndefined();
    expect(cpuSlowdownMultiplier(0)).toBeUndefined();
    expect(cpuSlowdownMultiplier(Number.NaN)).toBeUndefined();
  });
});
