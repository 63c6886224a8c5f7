import { describe, expect, it } from 'vitest';
import { highestStep, lowestStep, outOf, scaleRange, stepOf } from './proficiency-scale';

const steps = [
  { value: 1, name: 'Aware' },
  { value: 2, name: 'Able' },
  { value: 3, name: 'Master' },
];

describe('the proficiency scale', () => {
  it('reads its range and steps from the steps it is given, however many', () => {
    expect([lowestStep(steps).name, highestStep(steps).name]).toEqual(['Aware', 'Master']);
    expect(scaleRange(steps)).toBe('1 to 3');
    expect(outOf(2, steps)).toBe('2 of 3');
    expect(outOf(2, [...steps, { value: 4, name: 'Legend' }])).toBe('2 of 4');
    expect(stepOf(steps, 2)?.name).toBe('Able');
    expect(stepOf(steps, 4)).toBeUndefined();
  });

  it('refuses an empty scale instead of inventing a top', () => {
    expect(() => highestStep([])).toThrow(/no steps/);
    expect(() => lowestStep([])).toThrow(/no steps/);
  });
});
