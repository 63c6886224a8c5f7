/**
 * The levels that a list of the family's data leaves out between two it names: the `levels` of each
 * entry of a collection whose items apply at an unbroken run of a track's levels (the Staff+ archetypes,
 * the feeder and adjacent paths), with the run they fall in, as levelSpan (ladder/level-span.ts) decides
 * it. Rules archetype-levels and path-levels report them, each in its own words; `new:role --rank` asks
 * the same function, so it adds what they would ask for.
 */
import type { Entry, LoadedContent } from './load.ts';
import { levelSpan, type LevelSpan } from '../../ladder/level-span.ts';
import { asStrings, dataOf, entriesOf, levelsByTrack, type TrackLevel } from './rule.ts';

/** A level ranked between two that an entry's `levels` name, which it leaves out. */
export interface SpanGap {
  entry: Entry;
  /** The entry's `levels`, as written. */
  listed: string[];
  track: string;
  span: LevelSpan<TrackLevel>;
  level: TrackLevel;
}

/** Every gap in the `levels` of the entries of `collection`, entry by entry, then track by track, by rank. */
export function spanGaps(content: LoadedContent, collection: string): SpanGap[] {
  const tracks = levelsByTrack(content);
  return entriesOf(content, collection).flatMap((entry) => {
    const listed = asStrings(dataOf(entry)['levels']);
    return tracks.flatMap(({ track, levels }) => {
      const span = levelSpan(listed, levels);
      return (span?.missing ?? []).map((level) => ({ entry, listed, track, span: span!, level }));
    });
  });
}
