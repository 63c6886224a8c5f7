/**
 * Small Markdown writers for the renderers of src/lib/llms: text from the data is escaped where
 * Markdown would read it as markup, and tables and lists are built from rows and items. Pure.
 */
import { listWords } from '../text/list-words.ts';

/** Text as Markdown shows it literally: characters that start markup are escaped. */
export const text = (value: string): string => value.replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/\s*\n\s*/g, ' ');

/** A link; `href` is a site path (`/ladder/`) or a URL. */
export const link = (label: string, href: string): string => `[${text(label)}](${href})`;

/** A heading of `depth` (1–6). */
export const heading = (depth: number, title: string): string => `${'#'.repeat(Math.min(Math.max(depth, 1), 6))} ${text(title)}`;

/** A bulleted list; items are Markdown already (use `text()` for data). */
export const list = (items: readonly string[]): string => items.map((item) => `- ${item}`).join('\n');

/** A numbered list. */
export const numbered = (items: readonly string[]): string => items.map((item, i) => `${i + 1}. ${item}`).join('\n');

/** A list of plain texts from the data. */
export const textList = (items: readonly string[]): string => list(items.map(text));

/** A table; cells are Markdown already (use `text()` for data), with line breaks turned into spaces. */
export function table(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (c: string) => c.replace(/\s*\n\s*/g, ' ').trim() || ' ';
  return [`| ${columns.map((c) => cell(text(c))).join(' | ')} |`, `| ${columns.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

/** `Label: value` lines as a list, e.g. the facts of an interview kit. */
export const facts = (entries: readonly [string, string][]): string => list(entries.map(([label, value]) => `**${text(label)}:** ${value}`));

/** Blocks of Markdown, one blank line apart; empty blocks are left out. */
export const blocks = (...parts: (string | false | undefined | null)[]): string => parts.filter((p): p is string => !!p && p.trim() !== '').join('\n\n');

/** Joins names as prose: `a`, `a and b`, `a, b and c` (all of them: the llms files leave none out). */
export const and = (items: readonly string[]): string => listWords(items);

/** Headings moved `by` levels deeper (at most `######`), code blocks left as they are. */
export function shiftHeadings(markdown: string, by: number): string {
  let fence: string | undefined;
  return markdown
    .split('\n')
    .map((line) => {
      const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
      if (marker && (!fence || marker.startsWith(fence))) {
        fence = fence ? undefined : marker;
        return line;
      }
      if (fence) return line;
      return line.replace(/^(#{1,6}) /, (_, hashes: string) => `${'#'.repeat(Math.min(hashes.length + by, 6))} `);
    })
    .join('\n');
}
