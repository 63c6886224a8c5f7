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
const key = (field: string, id: string) => `${field} ${id}`;

/** The tombstones `data` lists under `field`; none when it lists none (files made before tombstones). */
export const tombstonesOf = (data: unknown, field: string | undefined): Tombstone[] => {
  const list = field && (data as Data | null)?.[field];
  return Array.isArray(list) ? list : [];
};

/** When each record of `tombstones` was last deleted, as an instant, by collection and id. */
export function deletionTimes(tombstones: readonly Tombstone[]): Map<string, number> {
  const times = new Map<string, number>();
  for (const t of tombstones) times.set(key(t.field, t.id), Math.max(times.get(key(t.field, t.id)) ?? -Infinity, stampTime(t.deletedAt) ?? -Infinity));
  return times;
}

/** Whether `record` (of the collection `field`) was deleted at or after its last change. */
export const deletedSince = (times: Map<string, number>, field: string, id: string, record: Data): boolean => {
  const deleted = times.get(key(field, id));
  return deleted !== undefined && deleted >= (stampTime(record['changedAt']) ?? -Infinity);
};

/**
 * `tombstones` with one per record, its latest, none for a record `kept` (its copy is newer than
 * the deletion), the newest `max` of them, oldest first.
 */
export function latestTombstones<T extends Tombstone>(tombstones: readonly T[], kept: (field: string, id: string) => boolean, max: number): T[] {
  const times = deletionTimes(tombstones);
  const latest = new Map<string, T>();
  for (const t of tombstones) if (!kept(t.field, t.id) && stampTime(t.deletedAt) === times.get(key(t.field, t.id))) latest.set(key(t.field, t.id), t);
  return [...latest.values()].sort((a, b) => stampTime(a.deletedAt)! - stampTime(b.deletedAt)!).slice(-max);
}
