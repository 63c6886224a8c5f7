import type { RuleId } from './rules/index.ts';

export type { RuleId };

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

export function compareProblems(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}
