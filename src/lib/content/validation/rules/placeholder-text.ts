import { defineRule } from '../rule.ts';
import type { Problem } from '../problem.ts';

/** A placeholder left to fill in, as `npm run new:role` writes them. */
const placeholder = /\bTODO\b/;

/** Whether a text is, or holds, a placeholder left to fill in. */
export const holdsPlaceholder = (text: string) => placeholder.test(text);

export const placeholderText = defineRule({
  id: 'placeholder-text',
  description: 'No `TODO` placeholder is left in any file (`npm run new:role` writes them for the editor to fill in).',
  hint: 'Replace the TODO placeholder with real content (`npm run new:role` leaves them for you to fill in).',
  check: (content) =>
    content.files.flatMap(({ file, text }) =>
      text.split('\n').flatMap((line, i): Problem<'placeholder-text'>[] => {
        const at = line.search(placeholder);
        return at < 0 ? [] : [{ file, line: i + 1, column: at + 1, rule: 'placeholder-text', message: 'placeholder text is not filled in', expected: 'real content', found: JSON.stringify(placeholderAt(line, at)) }];
      }),
    ),
});

/** The placeholder as the editor reads it: without the quote that closes a quoted value, and cut with “…” when long. */
function placeholderAt(line: string, at: number): string {
  const opening = line[at - 1];
  let text = line.slice(at).trim();
  if ((opening === '"' || opening === "'") && text.endsWith(opening)) text = text.slice(0, -1);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
