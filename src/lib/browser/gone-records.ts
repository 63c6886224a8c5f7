/**
 * Records another tab deleted, and putting one back. When a reader was typing in a record that
 * another tab deleted, the page offers to keep it with their text (components/tools/text-sync.ts):
 * the tab remembers the records that disappeared from the data it showed (`goneRecords`) and puts
 * one back into the latest stored data on request (`withRecordBack`). Works on the record
 * collections a tool's spec declares (store.ts), so every tool gets it the same way.
 */
import { isObject, type RecordCollection } from './store.ts';

/** A record that was in a collection and is no longer. */
export interface GoneRecord {
  /** The collection's field, e.g. `candidates`. */
  field: string;
  id: string;
  /** Where it was: its index in a list, its key in a map. */
  at: number | string;
  record: unknown;
}

/** The records of a collection by id, with where each is. */
function byId(collection: RecordCollection, container: unknown): Map<string, { at: number | string; record: unknown }> {
  const out = new Map<string, { at: number | string; record: unknown }>();
  if (Array.isArray(container))
    container.forEach((record, at) => {
      const id = isObject(record) ? record[collection.idField ?? 'id'] : undefined;
      if (typeof id === 'string' && !out.has(id)) out.set(id, { at, record });
    });
  else if (isObject(container)) for (const [id, record] of Object.entries(container)) out.set(id, { at: id, record });
  return out;
}

/** The records of `before` that `after` no longer holds, collection by collection. */
export function goneRecords(collections: readonly RecordCollection[], before: unknown, after: unknown): GoneRecord[] {
  if (!isObject(before)) return [];
  const out: GoneRecord[] = [];
  for (const collection of collections) {
    const now = byId(collection, isObject(after) ? after[collection.field] : undefined);
    for (const [id, { at, record }] of byId(collection, before[collection.field])) if (!now.has(id)) out.push({ field: collection.field, id, at, record });
  }
  return out;
}

/**
 * `data` with `gone` back where it was (a list keeps its order otherwise), or `data` itself when a
 * record with its id is there already: nothing stored is ever replaced by the copy.
 */
export function withRecordBack<T>(collections: readonly RecordCollection[], data: T, gone: GoneRecord): T {
  const collection = collections.find((c) => c.field === gone.field);
  if (!collection || !isObject(data)) return data;
  const container = data[gone.field];
  if (byId(collection, container).has(gone.id)) return data;
  if (Array.isArray(container) || container === undefined) {
    const list = [...(container ?? [])];
    list.splice(typeof gone.at === 'number' ? Math.min(gone.at, list.length) : list.length, 0, gone.record);
    return { ...data, [gone.field]: list };
  }
  if (isObject(container)) return { ...data, [gone.field]: { ...container, [gone.id]: gone.record } };
  return data;
}

/** The records of `candidates` that are part of `gone` (a check-in's reviews), by their collection's `partOf`: they come back with it. */
export function partsOf(collections: readonly RecordCollection[], gone: GoneRecord, candidates: Iterable<GoneRecord>): GoneRecord[] {
  const out: GoneRecord[] = [];
  for (const candidate of candidates) {
    const partOf = collections.find((c) => c.field === candidate.field)?.partOf;
    if (partOf?.field === gone.field && isObject(candidate.record) && candidate.record[partOf.by] === gone.id) out.push(candidate);
  }
  return out;
}

/** Whether `data` holds a record with id `id` in the collection `field`. */
export function hasRecord(collections: readonly RecordCollection[], data: unknown, field: string, id: string): boolean {
  const collection = collections.find((c) => c.field === field);
  return !!collection && isObject(data) && byId(collection, data[field]).has(id);
}
