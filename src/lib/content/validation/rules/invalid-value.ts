import { defineRule, reportedByLoader } from '../rule.ts';

/** Checked by the loader (load.ts) against the Zod schemas of src/schemas. */
export const invalidValue = defineRule({
  id: 'invalid-value',
  description: 'Every value meets its schema’s constraints: ids in kebab case, versions and dates in their format, numbers in range, lists not empty.',
  hint: 'Change the value so that it meets the constraint in the message.',
  check: (content) => reportedByLoader(content, 'invalid-value'),
});
