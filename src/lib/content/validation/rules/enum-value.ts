import { defineRule, reportedByLoader } from '../rule.ts';

/** Checked by the loader (load.ts) against the Zod schemas of src/schemas. */
export const enumValue = defineRule({
  id: 'enum-value',
  description: 'A field with a fixed set of values holds one of them.',
  hint: 'Use one of the allowed values listed in the message.',
  check: (content) => reportedByLoader(content, 'enum-value'),
});
