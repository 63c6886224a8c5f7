/**
 * What an import the reader chose does to the data: merged into it (import-merge.ts) or replacing
 * it. Loaded with the import code (src/components/tools/import-code.ts), since only an import the
 * reader chose applies it, never a page load; the store, which loads with the page, merges with
 * import-merge.ts alone.
 */
import type { ToolSpec } from './store.ts';
import { latestTombstones, tombstonesKept, tombstonesOf } from './tombstones.ts';
import { nextStamp } from './stamps.ts';
import { byId, isObject, mergeImport, stampOf, type Data, type ImportMode } from './import-merge.ts';

/** The value an import leaves: merged into what is stored (`mergeImport`), or replacing it (`replaceImport`). */
export const applyImport = <T>(spec: ToolSpec<T>, current: T, imported: T, mode: ImportMode, now = new Date().toISOString()): T =>
  mode === 'merge' ? mergeImport(spec, current, imported) : replaceImport(spec, current, imported, now);

/**
 * The file's data as it is, screen fields kept. A replace remembers as deleted at `now`
 * (`ToolSpec.deletions`) each record it removes, and the parts it takes from a record that stays
 * (`RecordCollection.replace`, given this function for a record that is a tool's data of its own),
 * and keeps what both sides remember of others the file lacks: a file made before the replace,
 * merged later, does not bring them back. A record it brings back that was deleted here is stamped
 * so (`ToolSpec.addedBack`): a file made between the deletion and the replace does not delete it again.
 */
export function replaceImport<T>(spec: ToolSpec<T>, current: T, imported: T, now: string): T {
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
        return was ? c.replace!(was, r, now, replaceImport) : r;
      });
  }
  return (spec.addedBack ? spec.addedBack(current, next as T, now) : next) as T;
}
