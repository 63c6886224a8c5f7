/**
 * `--help` for the npm scripts: the script's own leading doc comment, which already says what it
 * does and how to call it, printed as plain text (one source for both). Call it first, before the
 * script checks for a build or starts anything.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The text of the doc comment (`/** … *\/`) that opens `source`, without its comment markup; '' when it has none. */
export function leadingDocComment(source: string): string {
  const comment = /^\s*\/\*\*([\s\S]*?)\*\//.exec(source)?.[1];
  if (comment === undefined) return '';
  return comment
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '').trimEnd())
    .join('\n')
    .trim();
}

/** Whether `args` ask for help. */
export const asksForHelp = (args: readonly string[]): boolean => args.includes('--help') || args.includes('-h');

/** With `--help` or `-h` among the arguments, prints the leading doc comment of the script at `scriptUrl` (its `import.meta.url`) and exits. */
export function usageOnHelp(scriptUrl: string, args: readonly string[] = process.argv.slice(2)): void {
  if (!asksForHelp(args)) return;
  console.log(leadingDocComment(readFileSync(fileURLToPath(scriptUrl), 'utf8')));
  process.exit(0);
}
