import { defineRule } from '../rule.ts';
import type { Problem } from '../problem.ts';

/** Thai letters and the replacement character (UTF-8 read as TIS-620), and `\u00E2\u20AC` pairs (UTF-8 read as Windows-1252; written escaped here so that this file holds no damaged text itself). */
const damaged = /[\u0E00-\u0E7F\uFFFD]+|\u00E2\u20AC./g;

export const damagedCharacter = defineRule({
  id: 'damaged-character',
  description: 'No file holds mis-decoded characters (text that was read with the wrong encoding).',
  hint: 'Replace the damaged character with the one it stands for (– — → ’ “ ” ≥).',
  check: (content) =>
    content.files.flatMap(({ file, text }) =>
      text.split('\n').flatMap((line, i) =>
        [...line.matchAll(damaged)].map(
          (m): Problem<'damaged-character'> => ({ file, line: i + 1, column: m.index + 1, rule: 'damaged-character', message: 'damaged character (mis-decoded text)', expected: 'the intended character, e.g. – — → ’ “ ” ≥', found: JSON.stringify(m[0]) }),
        ),
      ),
    ),
});
