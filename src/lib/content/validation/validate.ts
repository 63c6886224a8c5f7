import { loadContent, type LoadedContent } from './load.ts';
import { compareProblems, type Problem } from './problem.ts';
import { rules, stageOf } from './rules/index.ts';

export interface ValidationResult {
  problems: Problem[];
  filesChecked: number;
}

/** Validates all content under `root/content` with every rule (the schema-level ones report what the loader found). */
export function validateContent(root: string): ValidationResult {
  return checkContent(loadContent(root));
}

/**
 * The problems found, each once, in report order: by the stage of their rule (`stageOf`), so that a
 * cause (a duplicate id) comes before what it causes (a release snapshot that no longer matches),
 * then by file, line and column.
 */
export const inReportOrder = (problems: Problem[]): Problem[] =>
  dedupe(problems).sort((a, b) => stageOf(a.rule) - stageOf(b.rule) || compareProblems(a, b));

const result = (problems: Problem[], { filesChecked }: LoadedContent): ValidationResult => ({ problems: inReportOrder(problems), filesChecked });

/** Checks content already read with `loadContent` (the build reads it once, for the sidebar and for this). */
export function checkContent(content: LoadedContent): ValidationResult {
  return result(rules.flatMap((rule): Problem[] => rule.check(content)), content);
}

/** Lets the event loop run: pending I/O callbacks first, then what follows (`setImmediate`). */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The same check as `checkContent`, one rule per turn of the event loop. A build starts it as it sets
 * up and awaits it before bundling (src/integrations/handbook.ts): the rules then run while the main
 * thread would wait on Vite's workers and the file system as the content syncs, instead of before
 * any of that starts. `turn` is how it yields (the tests count its calls).
 */
export async function checkContentInTurns(content: LoadedContent, turn: () => Promise<void> = nextTurn): Promise<ValidationResult> {
  const problems: Problem[] = [];
  for (const rule of rules) {
    await turn();
    problems.push(...rule.check(content));
  }
  return result(problems, content);
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
