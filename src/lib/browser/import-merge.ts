/**
 * How an import merges into the data: records matched by their stable id, deletions on either side
 * remembered. Apart from the plan and its sentences (import-plan.ts) and the import's replace
 * (import-apply.ts) because the store merges with it on every page load (an undo that brings data
 * back, a manager's person file), while those run only when a reader imports, in the chunk tool
 * pages load then (src/components/tools/import-code.ts).
 */
import type { RecordCollection, ToolSpec } from './store.ts';
import { deletedSince, latestTombstones, tombstoneKey, tombstonesKept, tombstonesOf } from './tombstones.ts';
import { stampTime } from './stamps.ts';

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
