/**
 * The order of the ladder's levels, in one place: tracks in the order of `tracks.yaml`, then rank
 * within a track (then id, so that even an invalid ladder with two equal ranks sorts the same way
 * every time). The data layer, the sidebar, the validator, the scaffold, the islands and the
 * comparison pairs all order levels with these functions.
 */

/** What ordering needs of a level. */
export interface Ranked {
  id: string;
  track: string;
  rank: number;
}

/** Compares two levels in ladder order; a track missing from `trackOrder` sorts after the known ones. */
export function ladderOrder(trackOrder: readonly string[]): (a: Ranked, b: Ranked) => number {
  const position = (track: string) => (trackOrder.includes(track) ? trackOrder.indexOf(track) : trackOrder.length);
  return (a, b) => position(a.track) - position(b.track) || a.rank - b.rank || a.id.localeCompare(b.id);
}

/** A sorted copy of `levels`, in ladder order. */
export function inLadderOrder<L extends Ranked>(levels: readonly L[], trackOrder: readonly string[]): L[] {
  return [...levels].sort(ladderOrder(trackOrder));
}

/** The levels of one track, by rank. */
export function levelsOfTrack<L extends Ranked>(levels: readonly L[], track: string): L[] {
  return inLadderOrder(
    levels.filter((l) => l.track === track),
    [track],
  );
}

/**
 * The rank `level` has once a level is inserted at rank `at.rank` of track `at.track` (`new:role --rank`):
 * a level of that track at or above that rank moves up one, to make room; any other keeps its rank. The
 * scaffold's rank edits and the lists it adds the inserted level to (spans-of-inserted-level.ts) both
 * read the ladder after the insertion through this.
 */
export function rankAfterInsertion(level: Ranked, at: { track: string; rank: number }): number {
  return level.track === at.track && level.rank >= at.rank ? level.rank + 1 : level.rank;
}

/**
 * Orders two level ids as their comparison page does: by position in `order` (level ids in ladder
 * order). Throws on an unknown id or on the same id twice.
 */
export function orderPair(a: string, b: string, order: readonly string[]): [string, string] {
  const i = order.indexOf(a);
  const j = order.indexOf(b);
  if (i < 0 || j < 0) throw new Error(`orderPair: unknown level \`${i < 0 ? a : b}\` (expected one of ${order.join(', ')})`);
  if (i === j) throw new Error(`orderPair: a level is not compared with itself (\`${a}\`)`);
  return i < j ? [a, b] : [b, a];
}

/** Every unordered pair of levels, each once and in ladder order: n·(n−1)/2 pairs. */
export function allPairs(order: readonly string[]): [string, string][] {
  return order.flatMap((a, i) => order.slice(i + 1).map((b): [string, string] => [a, b]));
}
