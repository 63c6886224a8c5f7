import { defineRule, reportedByLoader } from '../rule.ts';

/** Checked by the loader (load.ts) against the Zod schemas of src/schemas. */
export const requiredField = defineRule({
  id: 'required-field',
  description: 'Every required field is present.',
  hint: 'Add the missing field; the Content reference page shows an example.',
  check: (content) => reportedByLoader(content, 'required-field'),
});
