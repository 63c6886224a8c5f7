/** How the ladder pages word the kinds of change between two levels. */
import type { ChangeKind } from './compare.ts';

/** How each kind of change reads on a comparison, for a reader going from the first level to the second. */
export const changeLabels: Record<ChangeKind, { label: string; explain: string }> = {
  new: { label: 'New', explain: 'expected only at the second level' },
  raised: { label: 'Raised', explain: 'a higher proficiency at the second level' },
  reframed: { label: 'Reframed', explain: 'the same proficiency, with different behaviors' },
  unchanged: { label: 'Unchanged', explain: 'the same proficiency and the same behaviors' },
  lower: { label: 'Less depth', explain: 'a lower proficiency at the second level (across tracks only)' },
  dropped: { label: 'Not expected', explain: 'expected only at the first level' },
};
