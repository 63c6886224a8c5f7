/**
 * Tombstones: what a tool remembers of the records a reader deleted, so that an import's merge does
 * not bring them back. Two browsers hand one value back and forth as files (an engineer and their
 * manager); a merge matches records by id, so a record deleted here and still in a file made before
 * the deletion came back as “added”, and with nothing else new was even imported without a question.
 *
 * A tool that keeps them names, in its spec (`ToolSpec.deletions`), the field of its data that lists
 * them, `{ field, id, deletedAt }` (the collection's field, the record's id, a stamp: stamps.ts),
 * and how many it keeps. Its records say when they were last changed in `changedAt`. Of a record and
 * a tombstone of it, the later wins: a copy changed at or before the deletion stays deleted (one
 * without a stamp counts as older than any), one changed after it (added again, or edited in another
 * browser) is kept and its tombstone dropped. Pure and free of Astro and Node imports.
 */
import { stampTime } from './stamps.ts';

export interface Tombstone {
  /** The collection's field, e.g. `evidence`. */
  field: string;
  id: string;
  /** When it was deleted (a stamp). */
  deletedAt: string;
}

type Data = Record<string, unknown>;
/** How a record is found among tombstones (`latestTombstones`): its collection and id. */
export const tombstoneKey = (field: string, id: string): string => `${field} ${id}`;
const time = (t: Tombstone) => stampTime(t.deletedAt) ?? 0;

/** The tombstones `data` lists under `field`; none when it lists none (files made before tombstones). */
export const tombstonesOf = (data: unknown, field: string | undefined): Tombstone[] => {
  const list = field && (data as Data | null)?.[field];
  return Array.isArray(list) ? list : [];
};

/** Each record's latest tombstone of `tombstones`, by collection and id, newest first. */
export function latestTombstones<T extends Tombstone>(tombstones: readonly T[]): Map<string, T> {
  const latest = new Map<string, T>();
  // Reversed before the (stable) sort, so that tombstones of one time keep their order once reversed back.
  for (const t of [...tombstones].reverse().sort((a, b) => time(b) - time(a))) if (!latest.has(tombstoneKey(t.field, t.id))) latest.set(tombstoneKey(t.field, t.id), t);
  return latest;
}

/** Whether the record `id` of the collection `field`, last changed `changedAt` (a stamp, or none), was deleted (`latest`: `latestTombstones`) at or after that change. */
export const deletedSince = (latest: Map<string, Tombstone>, field: string, id: string, changedAt: unknown): boolean => {
  const t = latest.get(tombstoneKey(field, id));
  return !!t && time(t) >= (stampTime(changedAt) ?? -Infinity);
};

/** The tombstones to keep of `latest`: none of a record `kept` (its copy is newer), the newest `max`, oldest first. */
export const tombstonesKept = <T extends Tombstone>(latest: Map<string, T>, kept: (field: string, id: string) => boolean, max: number): T[] =>
  [...latest.values()].filter((t) => !kept(t.field, t.id)).slice(0, max).reverse();
