/** One thing wrong with the content, located precisely enough for an editor to fix it. */
export interface Problem {
  /** Path relative to the content root's parent (the repository), with forward slashes. */
  file: string;
  /** 1-based line of the offending key or value. */
  line: number;
  /** 1-based column. */
  column: number;
  rule: RuleId;
  message: string;
  expected?: string;
  found?: string;
}

/** Every rule the validator applies, with the one-line hint an editor sees when it fails. */
export const rules = {
  'yaml-syntax': 'Fix the YAML syntax: check indentation, quotes around text containing ": " or "#", and list dashes.',
  'unknown-key': 'Remove the key or fix its spelling; the Content reference page lists every allowed field.',
  'required-field': 'Add the missing field; the Content reference page shows an example.',
  'invalid-type': 'Give the field a value of the expected type (text, number, list or map).',
  'enum-value': 'Use one of the allowed values listed in the message.',
  'invalid-value': 'Change the value so that it meets the constraint in the message.',
  'duplicate-id': 'Give each entry its own id; ids must be unique within their collection.',
  'broken-reference': 'Point the reference at an id that exists, or add the missing entry.',
  'missing-expectation': 'Add an expectation for the competency to the level’s `expectations` map.',
  'rank-sequence': 'Number the levels of each track 1, 2, 3, … without gaps or repeats.',
  'proficiency-decrease': 'Raise the proficiency of the higher level, or lower the one below it: it may never fall as rank rises.',
  'changelog-version': 'List releases newest first and make the newest one the version in content/family/family.yaml.',
  'weights-sum': 'Adjust the scorecard weights so that they add up to exactly 100.',
  'rubric-coverage': 'Add a rubric for the dimension, with an anchor for every rating, to the kit of an exercise that informs it (`competencies` and `kit.rubrics` in hiring.yaml).',
  'page-metadata': 'Give every page a `title` and a `description` (one sentence, shown in search results).',
  'damaged-character': 'Replace the damaged character with the one it stands for (– — → ’ “ ” ≥).',
  'placeholder-text': 'Replace the TODO placeholder with real content (`npm run new:role` leaves them for you to fill in).',
  'empty-section': 'Write the section’s content, or remove the heading.',
} as const;

export type RuleId = keyof typeof rules;

export function compareProblems(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}
