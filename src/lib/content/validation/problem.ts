import type { RuleId } from './rules/index.ts';

export type { RuleId };

/**
 * One thing wrong with the content, located precisely enough for an editor to fix it. A rule builds
 * its problems as `Problem<string>` (its own id); the validator's result names every rule by `RuleId`.
 */
export interface Problem<Rule extends string = RuleId> {
  /** Path relative to the content root's parent (the repository), with forward slashes. */
  file: string;
  /** 1-based line of the offending key or value. */
  line: number;
  /** 1-based column. */
  column: number;
  rule: Rule;
  message: string;
  expected?: string;
  found?: string;
}

export function compareProblems(a: Problem<string>, b: Problem<string>): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}
