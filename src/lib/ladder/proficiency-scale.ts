/**
 * The proficiency scale (content/family/proficiency-scale.yaml) as pages, islands and the validator
 * use it: its steps, lowest first, numbered 1, 2, 3 … Nothing else in the code knows how many steps
 * there are. Pure and free of imports (the islands use it).
 */

export interface ProficiencyStep {
  value: number;
  name: string;
  description?: string;
}

/** The lowest step (where a new level starts when nothing below it says otherwise). */
export function lowestStep<S extends ProficiencyStep>(steps: readonly S[]): S {
  const step = steps[0];
  if (!step) throw new Error('the proficiency scale has no steps');
  return step;
}

/** The highest step. */
export function highestStep<S extends ProficiencyStep>(steps: readonly S[]): S {
  const step = steps[steps.length - 1];
  if (!step) throw new Error('the proficiency scale has no steps');
  return step;
}

/** The step with this value, if the scale has one. */
export const stepOf = <S extends ProficiencyStep>(steps: readonly S[], value: number): S | undefined => steps.find((s) => s.value === value);

/** A proficiency against the top of the scale, e.g. `3 of 5`. */
export const outOf = (value: number, steps: readonly ProficiencyStep[]): string => `${value} of ${highestStep(steps).value}`;

/** The range of the scale, e.g. `1 to 5`. */
export const scaleRange = (steps: readonly ProficiencyStep[]): string => `${lowestStep(steps).value} to ${highestStep(steps).value}`;
