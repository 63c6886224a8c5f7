import { defineRule, reportedByLoader } from '../rule.ts';

/** Checked by the loader (load.ts) against the Zod schemas of src/schemas. */
export const invalidType = defineRule({
  id: 'invalid-type',
  description: 'Every field holds the type its schema expects: text, number, list or map.',
  hint: 'Give the field a value of the expected type (text, number, list or map).',
  check: (content) => reportedByLoader(content, 'invalid-type'),
});
