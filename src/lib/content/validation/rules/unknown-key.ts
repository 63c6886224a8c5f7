import { defineRule, reportedByLoader } from '../rule.ts';

/** Checked by the loader (load.ts) against the Zod schemas of src/schemas. */
export const unknownKey = defineRule({
  id: 'unknown-key',
  description: 'Every field is one the schema knows (a misspelled key would otherwise be ignored).',
  hint: 'Remove the key or fix its spelling; the Content reference page lists every allowed field.',
  check: (content) => reportedByLoader(content, 'unknown-key'),
});
