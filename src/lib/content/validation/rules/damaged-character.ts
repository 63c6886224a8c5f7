import { defineRule } from '../rule.ts';
import type { Problem } from '../problem.ts';

/** Thai letters and the replacement character (UTF-8 read as TIS-620), and `\u00E2\u20AC` pairs (UTF-8 read as Windows-1252; written escaped here so that this file holds no damaged text itself). */
const damaged = /[\u0E00-\u0E7F\uFFFD]+|\u00E2\u20AC./g;

export const damagedCharacter = defineRule({
  id: 'damaged-character',
  description: 'No file holds mis-decoded characters (text that was read with the wrong encoding), and every file is saved as UTF-8.',
  hint: 'Replace the damaged character with the one it stands for (– — → ’ “ ” ≥); save a file that is not UTF-8 as UTF-8 in your editor (Save As, Encoding), then check its dashes and quotes.',
  check: (content) =>
    content.files.flatMap(({ file, text, notUtf8 }) => {
      const found = text.split('\n').flatMap((line, i) => [...line.matchAll(damaged)].map((m) => ({ line: i + 1, column: m.index + 1, text: m[0] })));
      // A file saved in another encoding (a Windows editor's “ANSI”, Windows-1252) shows its dashes and quotes
      // to its editor as written: the one fix is to save it as UTF-8, said once, where the first of them is.
      const unreadable = notUtf8 ? found.filter((f) => f.text.includes('\uFFFD')) : [];
      const [first] = unreadable;
      if (first) {
        // Characters, not bytes: the decoder turns a run of bad bytes (a multi-byte sequence cut short) into one U+FFFD.
        const count = unreadable.reduce((n, f) => n + f.text.split('\uFFFD').length - 1, 0);
        const problem: Problem<'damaged-character'> = {
          file,
          line: first.line,
          column: first.column,
          rule: 'damaged-character',
          message: 'the file is not saved as UTF-8, so its characters beyond plain ASCII (dashes, quotes, accents) cannot be read',
          expected: 'the file saved as UTF-8',
          found: `${count} ${count === 1 ? 'character that is' : 'characters that are'} not UTF-8, the first here`,
        };
        return [problem];
      }
      return found.map(
        (f): Problem<'damaged-character'> => ({ file, line: f.line, column: f.column, rule: 'damaged-character', message: 'damaged character (mis-decoded text)', expected: 'the intended character, e.g. – — → ’ “ ” ≥', found: JSON.stringify(f.text) }),
      );
    }),
});
