import { loadContent, type LoadedContent } from './load.ts';
import { compareProblems, type Problem } from './problem.ts';
import { rules } from './rules/index.ts';

export interface ValidationResult {
  problems: Problem[];
  filesChecked: number;
}

/** Validates all content under `root/content` with every rule (the schema-level ones report what the loader found). */
export function validateContent(root: string): ValidationResult {
  return checkContent(loadContent(root));
}

/** Checks content already read with `loadContent` (the build reads it once, for the sidebar and for this). */
export function checkContent(content: LoadedContent): ValidationResult {
  const problems = rules.flatMap((rule): Problem[] => rule.check(content));
  return { problems: dedupe(problems).sort(compareProblems), filesChecked: content.filesChecked };
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}:${p.line}:${p.column}:${p.rule}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
