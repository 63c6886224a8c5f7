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

/** The name of the step with this value, e.g. `Practitioner`; empty when the scale has no such step. */
export const stepName = (steps: readonly ProficiencyStep[], value: number): string => stepOf(steps, value)?.name ?? '';

/** A proficiency against the top of the scale, with the step's name: `3 of 5 (Practitioner)`. */
export function outOf(value: number, steps: readonly ProficiencyStep[]): string {
  const name = stepName(steps, value);
  return `${value} of ${highestStep(steps).value}${name ? ` (${name})` : ''}`;
}

/**
 * A level's proficiency after its name, for text that may itself sit in parentheses or after a
 * label: `Lead MLE, proficiency 4 of 5 (Expert)`. The step's name is its only parenthesis, so a
 * sentence never reads `Lead MLE (4 of 5 (Expert))`.
 */
export const levelProficiency = (level: string, value: number, steps: readonly ProficiencyStep[]): string => `${level}, proficiency ${outOf(value, steps)}`;

/** A proficiency with the step's name, for table cells: `3 Practitioner`. */
export function stepLabel(value: number, steps: readonly ProficiencyStep[]): string {
  const name = stepName(steps, value);
  return name ? `${value} ${name}` : String(value);
}

/**
 * The values of the steps that no level's expectation uses (a scale a team keeps for levels it may
 * add): the scale's page and its Markdown copy both mark them (`unusedStepNote`).
 */
export const unusedSteps = (steps: readonly ProficiencyStep[], levels: readonly { expectations: Readonly<Record<string, { proficiency: number }>> }[]): ReadonlySet<number> => {
  const used = new Set(levels.flatMap((l) => Object.values(l.expectations).map((e) => e.proficiency)));
  return new Set(steps.filter((s) => !used.has(s.value)).map((s) => s.value));
};

/**
 * What the entry of a step that no level expects says, on the scale's page (ProficiencyScale.astro)
 * and in its Markdown copy (src/lib/llms/ladder.ts): why the scale keeps a step the ladder does not use.
 */
export const unusedStepNote = 'No level of the ladder expects it yet: the scale also describes the depth of levels a team may add.';

/** The range of the scale, e.g. `1 to 5`. */
export const scaleRange = (steps: readonly ProficiencyStep[]): string => `${lowestStep(steps).value} to ${highestStep(steps).value}`;
