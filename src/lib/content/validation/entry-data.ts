/**
 * Reading the loaded content's entries defensively: a rule runs on schema-valid and invalid content
 * alike. Shared by the rules (through rule.ts), references.ts and unresolved.ts; a module of its own,
 * importing nothing of theirs, so that rule.ts (which needs unresolved.ts, which needs references.ts)
 * and references.ts do not import each other in a cycle.
 */
import type { Entry, LoadedContent } from './load.ts';

export type Data = Record<string, unknown>;
export const asList = (v: unknown): Data[] => (Array.isArray(v) ? (v as Data[]) : []);
export const asStrings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
export const dataOf = (e: Entry): Data => (e.data && typeof e.data === 'object' ? (e.data as Data) : {});

/** The entries of one collection. */
export const entriesOf = (content: LoadedContent, collection: string): Entry[] => content.entries.filter((e) => e.collection === collection);

/** The ids of a collection's entries; `undefined` when one of its files could not be parsed, so references into it cannot be judged. */
export const idsOf = (content: LoadedContent, collection: string): Set<string> | undefined =>
  content.unreadable.has(collection) ? undefined : new Set(entriesOf(content, collection).map((e) => e.id));

/** The ids of the items of a list inside every entry of a collection (skills inside skill files); `undefined` as for `idsOf`. */
export const nestedIdsOf = (content: LoadedContent, collection: string, listKey: string): Set<string> | undefined =>
  content.unreadable.has(collection) ? undefined : new Set(entriesOf(content, collection).flatMap((e) => asList(dataOf(e)[listKey]).map((s) => String(s['id']))));
