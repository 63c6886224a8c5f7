/**
 * How an import changes the data: merged into what is stored (records matched by their stable id,
 * deletions on either side remembered) or replacing it. Apart from the plan and its sentences
 * (import-plan.ts) because the store merges with it on every page load (an undo that brings data
 * back, a manager's person file), while the plan is read only when a reader imports, in the chunk
 * tool pages load then (src/components/tools/import-code.ts).
 */
import type { RecordCollection, ToolSpec } from './store.ts';
import { deletedSince, latestTombstones, tombstoneKey, tombstonesKept, tombstonesOf } from './tombstones.ts';
import { nextStamp, stampTime } from './stamps.ts';

export type ImportMode = 'merge' | 'replace';

export type Data = Record<string, unknown>;
export const isObject = (v: unknown): v is Data => v !== null && typeof v === 'object' && !Array.isArray(v);
/** Same JSON text, keys in any order. */
export function same(a: unknown, b: unknown): boolean {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(canonical) : isObject(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical(v[k])])) : v;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
export const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0) || (isObject(v) && Object.keys(v).length === 0);

/** The records of one collection by id, in order. */
export function byId(collection: RecordCollection, container: unknown): Map<string, Data> {
  if (Array.isArray(container)) return new Map(container.filter(isObject).map((r) => [String(r[collection.idField ?? 'id']), r]));
  if (isObject(container)) return new Map(Object.entries(container).filter((e): e is [string, Data] => isObject(e[1])));
  return new Map();
}

/** What a merge leaves of a record both sides hold. */
export const merged = (collection: RecordCollection, stored: Data, incoming: Data): Data => (collection.merge ? collection.merge(stored, incoming) : incoming);
/** When a record was last changed: its `changedAt`, or what its collection says (a person: their latest part). */
export const stampOf = (collection: RecordCollection, r: Data): unknown => (collection.changedAt ? collection.changedAt(r) : r['changedAt']);

/**
 * True when `field` is the data's identity and `here` holds no record yet: the file's identity is
 * taken, as an empty field is filled. Without a record collection nothing tells that the data is not
 * yet anyone's, so the identity is kept.
 */
export const identityYields = (spec: ToolSpec<unknown>, field: string, here: Data): boolean =>
  field === spec.identityField && !!spec.records?.length && spec.records.every((c) => byId(c, here[c.field]).size === 0);

/** The fields a merge treats on their own: the record collections, what is on screen, the tombstones. */
export const ownFields = (spec: ToolSpec<unknown>) => new Set([...(spec.records ?? []).map((c) => c.field), ...(spec.screenFields ?? []), spec.deletions?.field]);

/** The latest deletion of each record either side deleted (tombstones.ts). */
export const deletions = (spec: ToolSpec<unknown>, here: Data, there: Data) => latestTombstones([...tombstonesOf(here, spec.deletions?.field), ...tombstonesOf(there, spec.deletions?.field)]);

/**
 * What a merge keeps and leaves of the parts of records (`partOf`), by collection and id
 * (`tombstoneKey`): `wholes`, the records a part that the merge keeps belongs to, which are kept
 * even when one side deleted them (a review written here of a check-in the file deleted would
 * otherwise name nothing, and the merge was refused: the review is the reader's, so the check-in
 * stays with it); `superseded`, the parts of a record that has at most one (`partOf.one`) left out
 * for a newer one (its `changedAt`; the file's when both say the same, as `newerCopy`).
 */
export function partsKept(spec: ToolSpec<unknown>, here: Data, there: Data, deleted: ReturnType<typeof deletions>) {
  const wholes = new Set<string>();
  const superseded = new Set<string>();
  for (const collection of spec.records ?? []) {
    const { field, partOf } = collection;
    if (!partOf) continue;
    const stored = byId(collection, here[field]);
    const incoming = byId(collection, there[field]);
    const newest = new Map<string, { key: string; at: number }>();
    for (const id of new Set([...stored.keys(), ...incoming.keys()])) {
      const [s, i] = [stored.get(id), incoming.get(id)];
      const copy = s && i ? merged(collection, s, i) : (s ?? i)!;
      if (deletedSince(deleted, field, id, stampOf(collection, copy))) continue;
      const whole = String(copy[partOf.by]);
      wholes.add(tombstoneKey(partOf.field, whole));
      const part = { key: tombstoneKey(field, id), at: stampTime(copy['changedAt']) ?? -Infinity };
      const other = partOf.one && newest.get(whole);
      if (other) superseded.add((other.at > part.at ? part : other).key);
      if (!other || other.at <= part.at) newest.set(whole, part);
    }
  }
  return { wholes, superseded };
}

/**
 * `current` with the file's records added and updated (the file's version wins for a record both
 * have), every other stored record kept in place, but those deleted on either side after their copy
 * was changed (`ToolSpec.deletions`: the two sides' tombstones are joined) unless a part of them is
 * kept, and parts a newer one replaces (`partsKept`). Fields outside the records keep the stored
 * value unless it is empty.
 */
export function mergeImport<T>(spec: ToolSpec<T>, current: T, imported: T): T {
  const here = current as unknown as Data;
  const there = imported as unknown as Data;
  const recordFields = ownFields(spec);
  const deleted = deletions(spec, here, there);
  const { wholes, superseded } = partsKept(spec as ToolSpec<unknown>, here, there, deleted);
  const next: Data = { ...here };
  for (const [field, value] of Object.entries(there)) if (!recordFields.has(field) && (isEmpty(here[field]) || identityYields(spec, field, here))) next[field] = value;
  /** The records left, by collection and id. */
  const left = new Set<string>();
  for (const collection of spec.records ?? []) {
    const { field } = collection;
    const incoming = byId(collection, there[field]);
    const container = here[field];
    const idField = collection.idField ?? 'id';
    const live = (r: unknown, id: string) => {
      const key = tombstoneKey(field, id);
      return !superseded.has(key) && !(isObject(r) && deletedSince(deleted, field, id, stampOf(collection, r)) && !wholes.has(key)) && !!left.add(key);
    };
    if (Array.isArray(container)) {
      const ids = new Set(container.filter(isObject).map((r) => String(r[idField])));
      const updated = container.map((r) => (isObject(r) && incoming.has(String(r[idField])) ? merged(collection, r, incoming.get(String(r[idField]))!) : r));
      next[field] = [...updated, ...[...incoming.entries()].filter(([id]) => !ids.has(id)).map(([, r]) => r)].filter((r) => live(r, String(r?.[idField])));
    } else {
      const stored = isObject(container) ? container : {};
      next[field] = Object.fromEntries(
        Object.entries({ ...stored, ...Object.fromEntries([...incoming].map(([id, r]) => [id, isObject(stored[id]) ? merged(collection, stored[id] as Data, r) : r])) }).filter(([id, r]) => live(r, id)),
      );
    }
  }
  const { field, max } = spec.deletions ?? {};
  if (field && (field in here || field in there)) next[field] = tombstonesKept(deleted, (f, id) => left.has(tombstoneKey(f, id)), max!);
  return next as T;
}

/**
 * The value an import leaves: merged into what is stored, or the file's data as it is (`replace`,
 * screen fields kept). A replace remembers as deleted at `now` (`ToolSpec.deletions`) each record it
 * removes, and the parts it takes from a record that stays (`RecordCollection.replace`), and keeps
 * what both sides remember of others the file lacks: a file made before the replace, merged later,
 * does not bring them back. A record it brings back that was deleted here is stamped so
 * (`ToolSpec.addedBack`): a file made between the deletion and the replace does not delete it again.
 */
export function applyImport<T>(spec: ToolSpec<T>, current: T, imported: T, mode: ImportMode, now = new Date().toISOString()): T {
  if (mode === 'merge') return mergeImport(spec, current, imported);
  const here = current as unknown as Data;
  const there = imported as unknown as Data;
  const screen = Object.fromEntries((spec.screenFields ?? []).filter((f) => f in here).map((f) => [f, here[f]]));
  const { field, max } = spec.deletions ?? {};
  // The file's records of each collection, by id, read once.
  const filed = new Map((spec.records ?? []).map((c) => [c.field, { collection: c, ids: byId(c, there[c.field]) }]));
  const removed = [...filed.values()].flatMap(({ collection: c, ids }) =>
    [...byId(c, here[c.field])].filter(([id]) => !ids.has(id)).map(([id, r]) => ({ field: c.field, id, deletedAt: nextStamp(now, stampOf(c, r)) })),
  );
  const tombstones = [...tombstonesOf(here, field), ...tombstonesOf(there, field), ...removed];
  const inFile = (f: string, id: string) => !!filed.get(f)?.ids.has(id);
  const kept = field ? tombstonesKept(latestTombstones(tombstones), inFile, max!) : [];
  const next: Data = { ...there, ...screen, ...(field && (kept.length || field in there) ? { [field]: kept } : {}) };
  // A record both hold is the file's, with the parts of the stored one it lacks remembered as deleted (`replace`).
  for (const { collection: c } of filed.values()) {
    const stored = byId(c, here[c.field]);
    const list = there[c.field];
    if (c.replace && Array.isArray(list))
      next[c.field] = list.map((r) => {
        const was = isObject(r) && stored.get(String(r[c.idField ?? 'id']));
        return was ? c.replace!(was, r, now) : r;
      });
  }
  return (spec.addedBack ? spec.addedBack(current, next as T, now) : next) as T;
}
