/**
 * When each check-in, evidence entry and manager's review was last changed. An engineer and their
 * manager hand one record back and forth as files; each may change it between two hand-overs (the
 * engineer a check-in's notes, the manager a review). An import's merge took the file's copy of
 * every part both sides held, so a file made before such a change undid it, and its question said
 * only “updates 1 check-in”. Now the pages stamp each part a change touches as they save it
 * (`stampChanges`, `stampTeamChanges`), and a merge keeps, of two copies of one part, the one
 * changed last (`newerCopy`): the file's copy only when it is newer, or as new. A copy without a
 * stamp (made before stamps, or by hand) counts as older than any stamped one.
 *
 * Stamps are compared as instants, not as text (../browser/stamps.ts). A stamp is never earlier
 * than the one it replaces: an edit made on a machine whose clock is behind the one that stamped the
 * copy it edited (a record exported on one laptop and edited on another) is stamped just after that
 * copy's stamp, so a merge keeps the edit instead of the copy it replaced.
 * Pure and free of Astro and Node imports (the islands use it).
 */
import { limits, stampedParts, type GrowthRecord } from './growth-record.ts';
import type { TeamData } from './growth-store.ts';
import { nextStamp, stampTime } from '../browser/stamps.ts';
import { latestTombstones, tombstoneKey, tombstonesKept } from '../browser/tombstones.ts';

/** The same part but for its stamp. */
const sameBut = (a: object, b: object) => JSON.stringify({ ...a, changedAt: '' }) === JSON.stringify({ ...b, changedAt: '' });

/**
 * `after` (a change of `before`) with each check-in, evidence entry and review that the change made
 * or altered stamped `now`, and a tombstone for each it deleted (its deletion stamped as an edit
 * is), so that an older file's merge does not bring it back. A part added again loses its tombstone,
 * and is stamped after it.
 */
export function stampChanges(before: GrowthRecord, after: GrowthRecord, now: string): GrowthRecord {
  if (before === after) return after;
  let stamped = after;
  const tombstones = [...(after.deleted ?? [])];
  /** The latest deletion of each part deleted before, after which a part added again is stamped. */
  const latest = latestTombstones(tombstones);
  const ids = new Map<string, Set<string>>();
  for (const field of stampedParts) {
    const parts: readonly { id: string }[] = after[field];
    ids.set(field, new Set(parts.map((p) => p.id)));
    if (parts === before[field]) continue;
    const earlier = new Map<string, { id: string; changedAt?: string }>(before[field].map((p) => [p.id, p]));
    for (const [id, p] of earlier) if (!ids.get(field)!.has(id)) tombstones.push({ field, id, deletedAt: nextStamp(now, p.changedAt) });
    stamped = {
      ...stamped,
      [field]: parts.map((p) => {
        const was = earlier.get(p.id);
        return was === p || sameBut(was ?? {}, p) ? p : { ...p, changedAt: nextStamp(now, was ? was.changedAt : latest.get(tombstoneKey(field, p.id))?.deletedAt) };
      }),
    };
  }
  const deleted = tombstonesKept(latestTombstones(tombstones), (field, id) => !!ids.get(field)?.has(id), limits.deleted);
  return deleted.length === tombstones.length && tombstones.length === (after.deleted?.length ?? 0) ? stamped : { ...stamped, deleted };
}

/**
 * `person`, added back now to a team that removed them (`removal`: their latest tombstone there, if
 * any), stamped as added after it (`addedAt`): their parts may all be older than the removal, and a
 * team file made between the two, merged later, would remove them again.
 */
export const addedBack = (person: GrowthRecord, removal: { deletedAt: string } | undefined, now: string): GrowthRecord =>
  removal ? { ...person, addedAt: nextStamp(now, removal.deletedAt) } : person;

/**
 * `person` (what a merge or a replace of the team made of the two copies of one person, `stored`
 * and `incoming`) with the later of their `addedAt` stamps: the copy a merge or a replace takes may
 * be one made before the person was added back, and without the stamp a team file made between
 * their removal and the adding back, merged later, would remove them again.
 */
export function withLaterAddedAt<T extends Stamped>(person: T, stored: Stamped, incoming: Stamped): T {
  const { addedAt } = (stampTime(incoming.addedAt) ?? -Infinity) > (stampTime(stored.addedAt) ?? -Infinity) ? incoming : stored;
  // `person` is made from the two copies: when neither has a stamp, it has none either, and is returned.
  return addedAt === person.addedAt ? person : { ...person, addedAt };
}
/** A person's copy as `withLaterAddedAt` reads it (a team's record collection hands it over untyped). */
type Stamped = { addedAt?: unknown };

/**
 * `after`, which brings back parts `before` remembers as deleted without editing them (an undo of
 * the deletion, a replace with a file that holds them), with each stamped as changed after its
 * deletion: it may be older than the deletion, and a file made between the two, merged later, would
 * delete it again. A part already changed after its deletion is left as it is.
 */
export function stampPartsBack(before: GrowthRecord, after: GrowthRecord, now: string): GrowthRecord {
  const deletions = latestTombstones(before.deleted ?? []);
  let stamped = after;
  for (const field of stampedParts) {
    const had = new Set(before[field].map((p) => p.id));
    const parts: readonly { id: string; changedAt?: string }[] = after[field];
    const back = parts.map((p) => {
      const deletedAt = had.has(p.id) ? undefined : deletions.get(tombstoneKey(field, p.id))?.deletedAt;
      return deletedAt && (stampTime(p.changedAt) ?? -Infinity) <= stampTime(deletedAt)! ? { ...p, changedAt: nextStamp(now, deletedAt) } : p;
    });
    if (back.some((p, i) => p !== parts[i])) stamped = { ...stamped, [field]: back };
  }
  // It remembers deletions from now on, as a change does (`stampChanges`): a merge of the file that remembers its deletion leaves it as it is.
  return stamped === after ? after : { ...stamped, deleted: after.deleted ?? [] };
}

/**
 * `after`, which brings back what the team `before` had removed without editing it (an undo of the
 * removal, a replace with a file that holds it): each person it adds back stamped as added back
 * (`addedBack`), and each part it brings back to a person who stays as changed after its deletion
 * (`stampPartsBack`).
 */
export function stampAddedBack(before: TeamData, after: TeamData, now: string): TeamData {
  const removals = latestTombstones(before.removed ?? []);
  const had = new Map(before.people.map((p) => [p.id, p]));
  const people = after.people.map((p) => (had.has(p.id) ? stampPartsBack(had.get(p.id)!, p, now) : addedBack(p, removals.get(tombstoneKey('people', p.id)), now)));
  return people.some((p, i) => p !== after.people[i]) ? { ...after, people } : after;
}

/**
 * `after` (a change of the team `before`) with the parts each person's change touched stamped `now`,
 * and a tombstone for each person removed (stamped after their latest change), so that a team file
 * made before the removal does not bring them back; a person added again loses theirs, and is
 * stamped as added after it (`addedBack`).
 */
export function stampTeamChanges(before: TeamData, after: TeamData, now: string): TeamData {
  if (before === after || before.people === after.people) return after;
  const earlier = new Map(before.people.map((p) => [p.id, p]));
  const ids = new Set(after.people.map((p) => p.id));
  const gone = before.people.filter((p) => !ids.has(p.id)).map((p) => ({ field: 'people' as const, id: p.id, deletedAt: nextStamp(now, lastChangedAt(p)) }));
  const tombstones = [...(after.removed ?? []), ...gone];
  const removed = tombstonesKept(latestTombstones(tombstones), (_, id) => ids.has(id), limits.deleted);
  const removals = latestTombstones([...(before.removed ?? []), ...tombstones]);
  const people = after.people.map((p) => (earlier.has(p.id) ? stampChanges(earlier.get(p.id)!, p, now) : addedBack(p, removals.get(tombstoneKey('people', p.id)), now)));
  return { ...after, people, ...(removed.length < tombstones.length || gone.length ? { removed } : {}) };
}

/** Of two copies of one part, the one changed last (shared with the onboarding tracker, so it lives with the stamps). */
export { newerCopy } from '../browser/stamps.ts';

/** The latest stamp of any part of `r`, as an instant, or `-Infinity` when nothing is stamped. */
export function latestStamp(r: GrowthRecord): number {
  return Math.max(-Infinity, ...stampedParts.flatMap((field) => r[field].map((p) => stampTime(p.changedAt) ?? -Infinity)));
}

/** The latest stamp of any part of `r`, or of their adding back (`addedAt`), or none: when a person of a team was last changed. */
export const lastChangedAt = (r: GrowthRecord): string | undefined => {
  const at = Math.max(latestStamp(r), stampTime(r.addedAt) ?? -Infinity);
  return at > -Infinity ? new Date(at).toISOString() : undefined;
};

/**
 * The person's own fields (name, target) a manager's merge takes from the person's file: those
 * that differ, when the file is at least as recent as the copy the team holds (its latest stamp is
 * not earlier). A manager never edits them; an older file of the person changes nothing.
 */
export function ownFieldsFromFile(stored: GrowthRecord, incoming: GrowthRecord): Partial<Pick<GrowthRecord, 'name' | 'target'>> | undefined {
  if (latestStamp(incoming) < latestStamp(stored)) return undefined;
  const own: Partial<Pick<GrowthRecord, 'name' | 'target'>> = {};
  if (incoming.name !== stored.name) own.name = incoming.name;
  if (incoming.target !== stored.target) own.target = incoming.target;
  return Object.keys(own).length > 0 ? own : undefined;
}
