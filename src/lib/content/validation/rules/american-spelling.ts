import { britishSpellings } from '../../american-spelling.ts';
import type { Problem } from '../problem.ts';
import { bodyLines, positionIn, proseValues, written } from '../prose.ts';
import { defineRule } from '../rule.ts';

export const americanSpelling = defineRule({
  id: 'american-spelling',
  description: 'Prose is in American spelling, as the role description is (organization, judgment, behavior, prioritize), in data values, frontmatter and page text.',
  hint: 'Use the American spelling given in the message.',
  check(content) {
    const problem = (file: string, at: { line: number; column: number }, word: string, american: string): Problem<'american-spelling'> => ({
      file,
      ...at,
      rule: 'american-spelling',
      message: `British spelling “${word}”`,
      expected: `“${american}”`,
      found: `“${word}”`,
    });
    const inValues = proseValues(content).flatMap((p) => britishSpellings(written(p)).map((m) => problem(p.file, positionIn(p, m.index), m.word, m.american)));
    const inBodies = bodyLines(content).flatMap(({ file, line, text }) => britishSpellings(text).map((m) => problem(file, { line, column: m.index + 1 }, m.word, m.american)));
    return [...inValues, ...inBodies];
  },
});
