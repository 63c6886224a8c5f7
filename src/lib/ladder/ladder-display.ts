/** How the ladder pages word the kinds of change between two levels and the kinds of path out of the ladder. */
import type { PathKind } from '../../schemas/family.ts';
import type { ChangeKind } from './compare.ts';

export interface ChangeLabel {
  label: string;
  explain: string;
}

/** How each kind of change reads on a comparison within a track, for a reader going from the first level to the second. */
export const changeLabels: Record<ChangeKind, ChangeLabel> = {
  new: { label: 'New', explain: 'expected only at the second level' },
  raised: { label: 'Raised', explain: 'a higher proficiency at the second level' },
  reframed: { label: 'Reframed', explain: 'the same proficiency, applied to a wider scope or in a different way: the page says what differs' },
  unchanged: { label: 'Unchanged', explain: 'the same proficiency and the same behaviors' },
  dropped: { label: 'Not expected', explain: 'expected only at the first level' },
};

/**
 * The same, across tracks: what only the second track expects is new in kind, and a competency
 * both tracks expect with other behaviors is applied differently (its number may be lower, which
 * is a different emphasis, not less depth).
 */
export const changeLabelsAcrossTracks: Record<ChangeKind, ChangeLabel> = {
  ...changeLabels,
  new: { label: 'New in kind', explain: 'expected only on the second level’s track: work of a different kind, not more of the same' },
  raised: { label: 'Raised', explain: 'a higher proficiency at the second level, applied as its track applies it' },
  reframed: { label: 'Reframed', explain: 'applied the way the other track applies it, at the proficiency that track expects: a different emphasis, not less depth' },
  dropped: { label: 'Not expected', explain: 'expected only on the first level’s track' },
};

/** The labels for a comparison within a track or across tracks. */
export const labelsFor = (acrossTracks: boolean): Record<ChangeKind, ChangeLabel> => (acrossTracks ? changeLabelsAcrossTracks : changeLabels);

export interface PathKindLabel {
  /** Heading of the kind's paths: the map in words, its Markdown, the progression map's column or section. */
  title: string;
  /** Before the path's levels in the map in words: a feeder role "Leads into" them. */
  verb: string;
}

/** How each kind of path (pathKindSchema, src/schemas/family.ts) reads; a kind added there needs its words here. */
export const pathKindLabels: Record<PathKind, PathKindLabel> = {
  feeder: { title: 'Feeder roles', verb: 'Leads into' },
  adjacent: { title: 'Adjacent paths', verb: 'Reached from' },
};
