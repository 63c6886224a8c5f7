/**
 * `--help` for the npm scripts: the script's own leading doc comment, which already says what it
 * does and how to call it, printed as plain text (one source for both). Call it first, before the
 * script checks for a build or starts anything. `scriptArgs` also refuses what the script does not
 * know, in one line with its usage, where node:util's parseArgs would end the script with a stack trace
 * (and a script that read only the options it knew went on to run for minutes, or wrote files).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';

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

/**
 * How to call the script, from its usage text: the line that begins `Usage:` (without its notes after
 * a wide gap), else the first `npm run …` call it names in backticks; '' when it names none.
 */
export function usageLine(usage: string): string {
  const line = /^Usage:\s*(.+)$/im.exec(usage)?.[1];
  if (line) return line.replace(/`/g, '').replace(/\s{2,}\(.*$/, '').trim();
  return /`(npm run [^`]+)`/.exec(usage)?.[1] ?? '';
}

/**
 * The script's arguments, parsed by node:util's `parseArgs` with `config`: with `--help` or `-h` its
 * usage printed and the script ended (status 0); an unknown option, or an option without its value,
 * refused in one line that names it and the script's usage (status 1, as the scripts' other refusals; nothing done).
 */
export function scriptArgs<T extends Omit<ParseArgsConfig, 'args'>>(scriptUrl: string, config: T, args: readonly string[] = process.argv.slice(2)) {
  usageOnHelp(scriptUrl, args);
  try {
    return parseArgs({ ...config, args: [...args] } as T & { args: string[] });
  } catch (error) {
    const usage = usageLine(leadingDocComment(readFileSync(fileURLToPath(scriptUrl), 'utf8')));
    // parseArgs's own message ends by explaining `--` to programmers; the first sentence is the reader's.
    const reason = (error as Error).message.split('. ')[0]!.replace(/\.$/, '');
    const name = /^npm run (\S+)/.exec(usage)?.[1];
    console.error(`${name ? `${name}: ` : ''}${reason}.${usage ? `\nusage: ${usage}` : ''}\n(--help says more)`);
    process.exit(1);
  }
}
