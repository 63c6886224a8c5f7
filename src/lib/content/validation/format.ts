import type { Problem } from './problem.ts';
import { ruleById } from './rules/index.ts';

/** `file:LINE:COL  rule-id  message (expected …, found …)` */
export function formatProblem(p: Problem): string {
  const detail = [p.expected !== undefined ? `expected ${p.expected}` : '', p.found !== undefined ? `found ${p.found}` : '']
    .filter(Boolean)
    .join(', ');
  return `${p.file}:${p.line}:${p.column}  ${p.rule}  ${p.message}${detail ? ` (${detail})` : ''}`;
}

function countBy(problems: Problem[], key: (p: Problem) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const p of problems) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The whole report for a terminal: problems, counts by rule and by file, and a hint per failing rule. */
export function formatReport(problems: Problem[], filesChecked: number): string {
  if (problems.length === 0) return `✓ content valid: ${plural(filesChecked, 'file')} checked, 0 problems`;
  const lines = problems.map(formatProblem);
  lines.push('', `✗ ${plural(problems.length, 'problem')} in ${plural(new Set(problems.map((p) => p.file)).size, 'file')} (${plural(filesChecked, 'file')} checked)`);
  lines.push('By rule:', ...countBy(problems, (p) => p.rule).map(([rule, n]) => `  ${rule.padEnd(22)} ${n}`));
  lines.push('By file:', ...countBy(problems, (p) => p.file).map(([file, n]) => `  ${file}  ${n}`));
  lines.push('How to fix:');
  for (const [rule] of countBy(problems, (p) => p.rule)) lines.push(`  ${rule}: ${ruleById(rule as Problem['rule']).hint}`);
  return lines.join('\n');
}

export function formatJson(problems: Problem[], filesChecked: number): string {
  return JSON.stringify({ filesChecked, problemCount: problems.length, problems }, null, 2);
}
