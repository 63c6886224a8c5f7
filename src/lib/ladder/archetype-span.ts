/**
 * Where a Staff+ archetype (`archetypes.yaml`) applies in one track: an unbroken run of its levels, from
 * the lowest-ranked level it lists to the highest. The validator (rule `archetype-levels`) reports the
 * levels of that run it leaves out, and `new:role --rank` (archetypes-of-inserted-level.ts) adds an
 * inserted level to each archetype whose run it falls in; both ask this one function, so the scaffold
 * adds exactly what the rule would ask for.
 */
import { inLadderOrder, type Ranked } from './level-order.ts';

/** The run of a track's levels an archetype applies at, by its ends. */
export interface ArchetypeSpan<L extends Ranked> {
  /** The lowest-ranked level of the track the archetype lists (of two at one rank, the first by id). */
  lowest: L;
  /** The highest-ranked level of the track the archetype lists (of two at one rank, the last by id). */
  highest: L;
  /** The levels ranked strictly between the two that it does not list, by rank. */
  missing: L[];
}

/**
 * The span of the archetype that lists the level ids `listed` over `track`, the levels of one track
 * (in any order); undefined where it lists fewer than two of them, as it then spans nothing between.
 * Ids of other tracks' levels in `listed` are not of this track and play no part. A level at the rank
 * of either end is not between them (two levels of one rank, which rule rank-sequence reports): only
 * a level whose rank is strictly between the ends' is missing.
 */
export function archetypeSpan<L extends Ranked>(listed: readonly string[], track: readonly L[]): ArchetypeSpan<L> | undefined {
  // Within one track, ladder order is rank, then id.
  const ordered = inLadderOrder(track, []);
  const listedHere = ordered.filter((level) => listed.includes(level.id));
  const [lowest, highest] = [listedHere[0], listedHere.at(-1)];
  if (!lowest || !highest || lowest === highest) return undefined;
  const missing = ordered.filter((level) => level.rank > lowest.rank && level.rank < highest.rank && !listed.includes(level.id));
  return { lowest, highest, missing };
}
