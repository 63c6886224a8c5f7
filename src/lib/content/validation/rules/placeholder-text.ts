import { defineRule } from '../rule.ts';
import type { Problem } from '../problem.ts';

export const placeholderText = defineRule({
  id: 'placeholder-text',
  description: 'No `TODO` placeholder is left in any file (`npm run new:role` writes them for the editor to fill in).',
  hint: 'Replace the TODO placeholder with real content (`npm run new:role` leaves them for you to fill in).',
  check: (content) =>
    content.files.flatMap(({ file, text }) =>
      text.split('\n').flatMap((line, i): Problem<'placeholder-text'>[] => {
        const at = line.search(/\bTODO\b/);
        return at < 0 ? [] : [{ file, line: i + 1, column: at + 1, rule: 'placeholder-text', message: 'placeholder text is not filled in', expected: 'real content', found: JSON.stringify(line.slice(at, at + 60).trim()) }];
      }),
    ),
});
