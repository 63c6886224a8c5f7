/**
 * Where a list of level ids applies in one track: an unbroken run of its levels, from the lowest-ranked
 * level it lists to the highest. A Staff+ archetype (`archetypes.yaml`) applies at every level of that
 * run, and a feeder or adjacent path (`paths.yaml`) concerns every level of it. The validator (rules
 * `archetype-levels` and `path-levels`) reports the levels of the run a list leaves out, and
 * `new:role --rank` (spans-of-inserted-level.ts) adds an inserted level to each list whose run it falls
 * in; all ask this one function, so the scaffold adds exactly what the rules would ask for.
 */
import { inLadderOrder, type Ranked } from './level-order.ts';

/** The run of a track's levels a list of level ids applies at, by its ends. */
export interface LevelSpan<L extends Ranked> {
  /** The lowest-ranked level of the track the list names (of two at one rank, the first by id). */
  lowest: L;
  /** The highest-ranked level of the track the list names (of two at one rank, the last by id). */
  highest: L;
  /** The levels ranked strictly between the two that it does not name, by rank. */
  missing: L[];
}

/**
 * The span of the level ids `listed` (an archetype's or a path's `levels`) over `track`, the levels of
 * one track (in any order); undefined where it names fewer than two of them, as it then spans nothing
 * between. Ids of other tracks' levels in `listed` are not of this track and play no part. A level at
 * the rank of either end is not between them (two levels of one rank, which rule rank-sequence
 * reports): only a level whose rank is strictly between the ends' is missing.
 */
export function levelSpan<L extends Ranked>(listed: readonly string[], track: readonly L[]): LevelSpan<L> | undefined {
  // Within one track, ladder order is rank, then id.
  const ordered = inLadderOrder(track, []);
  const listedHere = ordered.filter((level) => listed.includes(level.id));
  const [lowest, highest] = [listedHere[0], listedHere.at(-1)];
  if (!lowest || !highest || lowest === highest) return undefined;
  const missing = ordered.filter((level) => level.rank > lowest.rank && level.rank < highest.rank && !listed.includes(level.id));
  return { lowest, highest, missing };
}
