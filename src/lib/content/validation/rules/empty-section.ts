import { bodyOf, extractFrontmatter, findEmptySections } from '../markdown.ts';
import { defineRule } from '../rule.ts';
import type { Problem } from '../problem.ts';

export const emptySection = defineRule({
  id: 'empty-section',
  description: 'No heading of a page is left without content before the next heading of the same or a higher level.',
  hint: 'Write the section’s content, or remove the heading.',
  check: (content) =>
    content.pages.flatMap((page) =>
      findEmptySections(bodyOf(page.text, extractFrontmatter(page.text)), page.bodyStartLine).map(
        (heading): Problem<'empty-section'> => ({ file: page.file, line: heading.line, column: 1, rule: 'empty-section', message: `section “${heading.text}” is empty`, expected: 'content before the next heading', found: 'nothing' }),
      ),
    ),
});
