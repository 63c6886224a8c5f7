import { defineRule, reportedByLoader } from '../rule.ts';

/** Checked by the loader (load.ts) as it parses each file. */
export const yamlSyntax = defineRule({
  id: 'yaml-syntax',
  description: 'Every data file, and the frontmatter of every page, is well-formed YAML.',
  hint: 'Fix the YAML syntax where it is reported (the first mistake in the file), then validate again: check indentation (spaces, never tabs), a `:` after every key, that each key is given once, that every quote, `[` and `{` is closed, quotes around text containing ": " or "#", and list dashes.',
  check: (content) => reportedByLoader(content, 'yaml-syntax'),
});
