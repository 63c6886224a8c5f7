import { materialProblems } from '../hiring/materials-validation.ts';
import { crossFileProblems } from './cross-rules.ts';
import { loadContent } from './load.ts';
import { rubricCoverageProblems } from './rubric-coverage.ts';
import { compareProblems, type Problem } from './problem.ts';

export interface ValidationResult {
  problems: Problem[];
  filesChecked: number;
}

/** Validates all content under `root/content`: schemas first, then the rules that span files. */
export function validateContent(root: string): ValidationResult {
  const content = loadContent(root);
  const materials = materialProblems(root, content);
  const problems = [...content.problems, ...crossFileProblems(content), ...rubricCoverageProblems(content), ...materials.problems];
  return { problems: dedupe(problems).sort(compareProblems), filesChecked: content.files.length + materials.filesChecked };
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
