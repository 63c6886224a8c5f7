import { describe, expect, it } from 'vitest';
import { highestStep, levelProficiency, lowestStep, outOf, scaleRange, stepLabel, stepName, stepOf, unusedSteps } from './proficiency-scale';

const steps = [
  { value: 1, name: 'Aware' },
  { value: 2, name: 'Able' },
  { value: 3, name: 'Master' },
];

describe('the proficiency scale', () => {
  it('reads its range and steps from the steps it is given, however many', () => {
    expect([lowestStep(steps).name, highestStep(steps).name]).toEqual(['Aware', 'Master']);
    expect(scaleRange(steps)).toBe('1 to 3');
    expect(outOf(2, steps)).toBe('2 of 3 (Able)');
    expect(outOf(2, [...steps, { value: 4, name: 'Legend' }])).toBe('2 of 4 (Able)');
    expect(stepOf(steps, 2)?.name).toBe('Able');
    expect(stepOf(steps, 4)).toBeUndefined();
  });

  it('names a step wherever it gives its number, and only the number for a value off the scale', () => {
    expect(stepName(steps, 3)).toBe('Master');
    expect(stepLabel(3, steps)).toBe('3 Master');
    expect(stepName(steps, 7)).toBe('');
    expect(stepLabel(7, steps)).toBe('7');
    expect(outOf(7, steps)).toBe('7 of 3');
  });

  it('puts a level’s proficiency after its name without parentheses inside parentheses', () => {
    expect(levelProficiency('Lead', 2, steps)).toBe('Lead, proficiency 2 of 3 (Able)');
    expect(levelProficiency('Lead', 7, steps)).toBe('Lead, proficiency 7 of 3');
  });

  it('gives the steps no level’s expectation uses', () => {
    const level = (...proficiencies: number[]) => ({ expectations: Object.fromEntries(proficiencies.map((p, i) => [`c${i}`, { proficiency: p }])) });
    expect([...unusedSteps(steps, [level(2, 2), level(3)])]).toEqual([1]);
    expect([...unusedSteps(steps, [level(1, 2, 3)])]).toEqual([]);
    expect([...unusedSteps(steps, [])]).toEqual([1, 2, 3]);
  });

  it('refuses an empty scale instead of inventing a top', () => {
    expect(() => highestStep([])).toThrow(/no steps/);
    expect(() => lowestStep([])).toThrow(/no steps/);
  });
});
