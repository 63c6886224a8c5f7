/**
 * Where content comes from, in words: the one wording the pages (components/ladder/Provenance.astro)
 * and the Markdown of the llms files and the printable handbook share.
 */
import type { Provenance } from '../../schemas/common.ts';

/** How a line starts for each kind of provenance. */
export const provenanceLead: Record<Provenance['kind'], string> = {
  'role-description': 'from the role description',
  derived: 'derived from the role description',
  handbook: 'written for the handbook',
};

/** One part of an item's provenance (an expectation's behaviors, its evidence), or the whole item without a label. */
export interface ProvenancePart {
  label?: string;
  provenance: Provenance;
}

