import { mdxSyntaxError } from '../mdx-syntax-errors.ts';
import type { Problem } from '../problem.ts';
import { defineRule } from '../rule.ts';

/** The pages the build compiles as MDX: `.md` pages are Markdown, where `<` and `{` are text. */
const isMdxPage = (file: string) => file.startsWith('content/docs/') && file.endsWith('.mdx');

export const mdxSyntax = defineRule({
  id: 'mdx-syntax',
  description: 'Every MDX page can be read as MDX: each component’s tag is closed, and a `<` or `{` is part of a tag or an expression (the page’s `import` lines are checked by `mdx-import`).',
  hint: 'Close the component where its content ends (`<Aside>` … `</Aside>`, or `<Aside … />`), and write a `<` or `{` meant as text as `&lt;` or `\\{` (the first mistake of a page is reported: fix it, then validate again).',
  check: (content) =>
    content.files
      .filter(({ file }) => isMdxPage(file))
      .flatMap(({ file, text }): Problem<'mdx-syntax'>[] => {
        const error = mdxSyntaxError(text);
        return error ? [{ file, ...error.position, rule: 'mdx-syntax', message: error.message, ...(error.expected === undefined ? {} : { expected: error.expected }), ...(error.found === undefined ? {} : { found: error.found }) }] : [];
      }),
});
