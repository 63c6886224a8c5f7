/**
 * The browser store of the handbook's tools (scorecard calculator, debrief, onboarding tracker,
 * self-assessment and check-ins). Its one promise: **no data is ever lost**.
 *
 * What is kept, per tool, in localStorage:
 *   handbook:<tool>                        the envelope { format, tool, version, revision, savedAt, data }
 *   handbook:<tool>:unreadable:<keptAt>    each value or record that could not be read, kept as it was
 *   handbook:<tool>:undo                   the data before the last import, replace or clear
 *
 * Lifecycle and rules:
 * - Every read validates the envelope and the data with the tool's schema (zod/mini, so the islands
 *   stay small) and migrates older versions (`migrations[n]` turns version n into n + 1).
 * - Validation is per record: a record (a candidate, a goal, a check-in) that fails is set aside
 *   under its own `:unreadable:` key at once, and the others load. A value that cannot be read at
 *   all is set aside whole. A second corruption gets a key of its own, never the first one's; the
 *   same text is never kept twice. The main key is never written while something unreadable in it
 *   has not been kept aside (when even that fails, saving stops and the page says why).
 * - A change is a function applied to the latest stored data: `update(change)` re-reads storage,
 *   applies `change`, validates the result and writes it with the next `revision`. Two tabs
 *   therefore never erase each other's work; `subscribe` tells a tab at once when another one wrote.
 *   A change to a record another tab deleted returns the data unchanged (it saves nothing), and
 *   text typed for that record is never saved into another: the page keeps it and offers to bring
 *   the record back with it (gone-records.ts, components/tools/text-sync.ts).
 * - A failed save returns an error in words (storage full, storage refused, which field is invalid);
 *   nothing claims to be saved when it was not.
 * - Imports are validated strictly (every error names the record and field and states the limit),
 *   planned (added / updated / unchanged records, see import-plan.ts) and applied only when the
 *   reader agrees; `replace` and `clear` keep the previous data for `undo` (in the page alone when
 *   the storage has no room for the copy: the change is made, undoable while the page is open), offered while nothing
 *   changed since; a `clear` stays undoable after that, bringing the deleted records back beside
 *   those saved since, but only for `clearUndoMinutes`: then the copy kept for its undo is removed,
 *   so that what the reader deleted leaves the browser as the question before it promised.
 *
 * Nothing leaves the browser: there is no network code here. Imported by the islands: no Astro or
 * Node imports.
 */
import type * as z from 'zod/mini';
import { issuesText, type IssueLike, type IssueVocabulary } from './issue-text.ts';
import { mergeImport } from './import-merge.ts';
import { fileSlug } from './download.ts';

export const storageFormat = 'ml-career-handbook';
/** The `format` of a value kept aside under an `:unreadable:` key. */
export const unreadableFormat = 'ml-career-handbook-unreadable';
/**
 * How long a deletion of everything can be undone (“right after”, as the question before it says).
 * Its copy of the deleted data is then removed at the next reading of the undo point (any page of
 * the tool opening, any save's redraw of the data panel): a reader who deleted everything expects it
 * gone from this browser, not kept under another key until some other change replaces it.
 */
export const clearUndoMinutes = 15;

/** What a value kept aside whole is (`SetAside.what`): unreadable as a whole, it leaves the tool's key. */
const keptWhole = 'saved data';

/** Imports larger than this are refused before parsing. */
export const maxImportBytes = 1_000_000;
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** The part of the Web Storage API the store uses (localStorage, or `memoryStorage()`). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

/**
 * A collection of records inside a tool's data, validated one record at a time. A `list` field is an
 * array of objects with a stable id field; a `map` field is an object whose keys are the ids.
 */
export interface RecordCollection {
  /** Field of the data that holds the records, e.g. `candidates`. */
  field: string;
  /** The record in words, e.g. `candidate` and `candidates`. */
  noun: string;
  plural: string;
  /** Most records kept or imported. */
  max: number;
  /** For a list: the field of each record that holds its id (default `id`). */
  idField?: string;
  /**
   * How the page names a record, e.g. by its `name` field; defaults to its id. `data`, when given, is
   * the whole data the record is in (the file's, or what is stored), so that a record that is part of
   * another (`partOf`) can be named by it. The record may be one that failed validation.
   */
  labelOf?: (record: Record<string, unknown>, id: string, data?: Record<string, unknown>) => string;
  /**
   * For a record that is part of a record of another collection (a manager's review of a check-in):
   * that collection's field, and the field of this record that holds its id. Deleted with it, it is
   * brought back with it (gone-records.ts). An import's merge keeps a record deleted on one side while
   * a part of it is kept (import-plan.ts). `one`: a record has at most one such part, and a merge of
   * two keeps the newer (its `changedAt`).
   */
  partOf?: { field: string; by: string; one?: boolean };
  /**
   * When the record was last changed (a stamp), for one that carries no `changedAt` of its own (a
   * person of a team: their latest part's), which tells an import whether a deletion of it is later.
   */
  changedAt?: (record: Record<string, unknown>) => string | undefined;
  /** The collections inside each record (a person's check-ins), so that a problem in one names it too. */
  records?: readonly RecordCollection[];
  /**
   * How an imported record merges into the stored one with its id (default: the file's version
   * replaces it), for records that hold records of their own, e.g. a person's check-ins and reviews.
   */
  merge?: (stored: Record<string, unknown>, incoming: Record<string, unknown>) => Record<string, unknown>;
  /**
   * What a replace leaves of a record both hold (default: the file's), for records whose own parts
   * are remembered when deleted: the file's, remembering as deleted the parts of the stored one it
   * lacks (a person's check-ins and reviews), as a replace does the records themselves: `replaceData`,
   * the import's replace of a tool's data (import-apply.ts), for a record that is one (a person's
   * growth record), handed over so that the spec does not bring the import's code to the page.
   */
  replace?: (stored: Record<string, unknown>, incoming: Record<string, unknown>, now: string, replaceData: <T>(spec: ToolSpec<T>, stored: T, incoming: T, now: string) => T) => Record<string, unknown>;
}

export interface ToolSpec<T> {
  /** Tool name, part of the storage key and of exported files, e.g. `scorecard`. */
  tool: string;
  /** Version of `data`'s shape; bump it and add a migration when the shape changes. */
  version: number;
  schema: z.ZodMiniType<T>;
  empty: () => T;
  /**
   * `migrations[n]` turns data of version n into data of version n + 1. `envelope` tells when the
   * data was saved (`null` when the envelope does not say), e.g. to date what the migration makes.
   * `say` takes a sentence for the reader on what the migration could not carry over as it was (a
   * level a fork removed, given way to another), shown as a mend's is, stored or imported.
   */
  migrations?: Record<number, (data: unknown, envelope: { savedAt: string | null }, say: (sentence: string) => void) => unknown>;
  /** The record collections of the data, validated one record at a time. */
  records?: readonly RecordCollection[];
  /** Words for field names in error messages, e.g. `{ completedOn: 'completion date' }`. */
  fieldWords?: Record<string, string>;
  /**
   * Other tools' files this page reads in a field of its own rather than its data panel (the
   * debrief's scorecard files), by their store's name: where on this page to add one, said when
   * one is imported here instead of sending the reader to that tool's page.
   */
  readsElsewhere?: Readonly<Record<string, string>>;
  /**
   * Fields that only say what was on screen (e.g. the candidate shown): an import neither asks
   * about them nor changes them.
   */
  screenFields?: readonly string[];
  /**
   * A field that names the data rather than holds it (a record's id, which other browsers match it
   * by). Made up by this browser while it holds no record, it is no one's yet: an import takes the
   * file's without asking, so a record carried to a new browser keeps its identity there.
   */
  identityField?: string;
  /**
   * Where the data remembers the records deleted from its collections (`{ field, id, deletedAt }`,
   * tombstones.ts), and the most it keeps: an import's merge brings none back that was deleted after
   * the file's copy was changed, and removes one the file deleted after the copy here was changed; a
   * replace remembers the records it removes.
   */
  deletions?: {
    field: string;
    max: number;
    /** How the plan says a record left, `deleted` by default (a person is `removed` from a team). */
    word?: string;
    /** What the plan says, after their names, of records a merge removes for the file deleted them (default: counted, `deleted in the file`). */
    inFile?: string;
  };
  /**
   * `after`, written by a change that brings back records `before` remembers as deleted without
   * editing them (an undo, a replace), as it is stored: the growth tools stamp each check-in,
   * evidence entry or review it brings back as changed after its deletion, and the team each person
   * it adds back as added after their removal (changed-at.ts), so that a file made in between,
   * merged later, does not delete them again.
   */
  addedBack?(before: T, after: T, now: string): T;
  /**
   * Mends stored data that the page's model no longer fits, where the reader can finish the mend
   * (a fork removed the level a growth record aims for: the target is cleared, the reader chooses
   * another): called on stored data before it is validated (and, without its sentences, on the
   * copy kept for undo, which the page then shows mended; not on an imported file), it returns the
   * data to validate and a sentence for the reader per mend. Nothing the reader wrote may be dropped here; what it leaves
   * unreadable is set aside as before. The mended data is saved with the reader's next change.
   */
  mendStored?(data: unknown): { data: unknown; mended: string[] };
  /**
   * Mends an imported file's data (after its migrations, before it is validated) as `mendStored`
   * and a stored read's validation would: a growth record whose target level a fork removed comes
   * in with its target cleared, its check-ins at a gone level left out, the competencies and KPIs
   * the handbook lacks cleared from the parts that name them. It returns the data to
   * validate and a sentence per mend, which the import shows; the file itself is never changed, so
   * what is left out of the import stays in it. Anything else wrong refuses the file as before.
   * `leftOut`: the records of the data's collections it left out, so that the import's plan does
   * not speak of the copy here of one as a record only this browser has (import-plan.ts).
   */
  mendImport?(data: unknown): { data: unknown; mended: string[]; leftOut?: LeftOutRecord[] };
}

/** A record of a collection (`RecordCollection.field`, its id) that an import's mend left out of the file's data. */
export interface LeftOutRecord {
  field: string;
  id: string;
}

/**
 * `spec` with a schema built the first time it is read. A tool's schema is built from the page's
 * model (its levels, competencies, dimensions), and building it is a good part of a tool's setup (on
 * the check-in page, about a fifth of its island's script time at Lighthouse's 4× slower CPU); a
 * first visit reads nothing stored, so it is built with the first save or import instead.
 */
export function withSchemaOnFirstUse<T>(spec: Omit<ToolSpec<T>, 'schema'>, build: () => z.ZodMiniType<T>): ToolSpec<T> {
  let schema: z.ZodMiniType<T> | undefined;
  return Object.defineProperty({ ...spec }, 'schema', { enumerable: true, get: () => (schema ??= build()) }) as ToolSpec<T>;
}

export interface Envelope<T> {
  format: typeof storageFormat;
  tool: string;
  version: number;
  /** How many times this browser saved the value; exports leave it out. */
  revision?: number;
  savedAt: string;
  data: T;
}

export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };
/**
 * An import read: its value, what was mended to take it in (`ToolSpec.mendImport`), one sentence
 * each, and the records the mend left out of it (absent when none); or why it is refused.
 */
export type ImportRead<T> = { ok: true; value: T; notices: string[]; leftOut?: LeftOutRecord[] } | { ok: false; error: string };

/** A record that failed validation and was set aside, with the reason in words. */
export interface SetAside {
  /** `candidate 3 (“Ada”)`, or `saved data` for a whole value. */
  what: string;
  problem: string;
  /** The record or value exactly as it was, as text. */
  text: string;
}

/** Something the page should tell the reader after a read. */
export interface StoreNotice {
  kind: 'unavailable' | 'set-aside' | 'blocked' | 'mended';
  message: string;
}

export interface Snapshot<T> {
  data: T;
  /** 0 when nothing is stored. */
  revision: number;
  savedAt: string | null;
  notices: StoreNotice[];
  /** False when saving would lose data (something unreadable could not be kept aside) or storage is refused. */
  writable: boolean;
}

export interface SaveError {
  kind: 'quota' | 'unavailable' | 'invalid' | 'blocked' | 'stale';
  message: string;
}

export type UpdateResult<T> = Result<Snapshot<T>, SaveError>;

/** A value kept aside under an `:unreadable:` key, as the page lists it. */
export interface UnreadableEntry {
  key: string;
  keptAt: string;
  what: string;
  problem: string;
  text: string;
  /** A file name for its download. */
  fileName: string;
}

/** An undo on offer (`Store.undoable`). */
export interface UndoOffer {
  /** What it undoes, e.g. `the import of “team.json”`. */
  label: string;
  /**
   * The undo point's own token, made when it was kept: two changes of the same label, one replacing
   * the other's undo, are told apart by it. Not their revision: “Delete all” starts the count again,
   * so another tab's import can leave the revision an earlier one of this tab left.
   */
  id: string;
  /** The deleted data comes back beside what was saved since. */
  bringsBack?: true;
  /** For a deletion of everything: the time, in ms, after which it can no longer be undone. */
  until?: number;
  /** Its copy is kept in this page only (the storage had no room for it): it goes when the page is left, and other tabs do not offer it. */
  inMemory?: true;
}

/** Whether two undo offers are of the same change: an offer a later change replaced is not the one on offer, whatever its label. */
export const sameUndo = (a: UndoOffer | null | undefined, b: UndoOffer | null | undefined): boolean => !!a && !!b && a.id === b.id;

/** A token for a new undo point, unique across tabs: its time, and a random part for points of the same millisecond. */
const newUndoId = (time: Date): string => `${time.getTime().toString(36)}-${Math.random().toString(36).slice(2)}`;

export interface Store<T> {
  readonly key: string;
  readonly spec: ToolSpec<T>;
  /** The stored data now, after setting aside anything unreadable. Never throws. */
  read(): Snapshot<T>;
  /** Applies `change` to the latest stored data and saves the result. Returning the same object saves nothing. */
  update(change: (current: T) => T): UpdateResult<T>;
  /** Replaces everything with `data`, keeping what was there for `undo`; `label` says what happened (“Import of scorecards.json”). */
  replace(data: T, label: string): UpdateResult<T>;
  /** Deletes the stored data, keeping it for `undo`. */
  clear(label: string): UpdateResult<T>;
  /**
   * What `undo` would undo, while nothing changed since (or, for a deletion of everything, with
   * `bringsBack`: the deleted data comes back beside what was saved since, and `until`: the time,
   * in ms, after which it can no longer be undone); `null` otherwise, and the copy kept for an undo
   * that can no longer be made is removed.
   */
  undoable(): UndoOffer | null;
  undo(): UpdateResult<T>;
  /** Values and records kept aside, oldest first. */
  unreadable(): UnreadableEntry[];
  discardUnreadable(key: string): void;
  /**
   * Calls `listener` with a fresh snapshot whenever another tab changes this tool's keys, and
   * whether that change removed the data (`StorageChange.removed`). Returns an unsubscribe function.
   */
  subscribe(listener: (snapshot: Snapshot<T>, change: StorageChange) => void, events?: StorageEventSource): () => void;
  /** JSON text of an export file. */
  exportText(data: T): string;
  /** The tool pages the store names other tools' data by (`StoreOptions.toolPages`), for the reading of an import (parse-export.ts). */
  readonly pages: ToolPages;
}

/** The part of a `storage` event the store reads: `newValue` is null when the key was removed (`key` null: the whole storage was cleared). */
export interface StorageEventLike {
  key: string | null;
  newValue?: string | null;
  storageArea?: unknown;
}

/** Where storage events come from: `window` in a page, a fake in tests. */
export interface StorageEventSource {
  addEventListener(type: 'storage', listener: (event: StorageEventLike) => void): void;
  removeEventListener(type: 'storage', listener: (event: StorageEventLike) => void): void;
}

/**
 * What another tab's change was, beside the data it left (`Store.subscribe`). `removed`: it removed
 * the tool's data (a deletion of everything, an undo of an import into an empty storage, data set
 * aside as unreadable), so the count of revisions starts again from 0. The snapshot read with it
 * may already hold a later write (an import right after the deletion: a browser's tab sees other
 * tabs' writes a moment late, and reads them all at once), whose revision then repeats one written
 * before the deletion: only this tells that tab that it was not written on the data it knew. Said
 * once a removal: not again while the data read is what this tab already knew (told of with an
 * earlier event of the same removal, or saved on what it was told).
 */
export interface StorageChange {
  removed: boolean;
}

// ——— Reading values ———

/**
 * The path of a key that could reach an object's prototype, anywhere in a parsed value; `null` when
 * there is none. Iterative, so a file of 10,000 nested arrays cannot exhaust the call stack.
 */
export function forbiddenKeyPath(value: unknown): string[] | null {
  const stack: { value: unknown; path: string[] }[] = [{ value, path: [] }];
  while (stack.length) {
    const { value: v, path } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    for (const key of Object.keys(v)) {
      if (forbiddenKeys.has(key)) return [...path, key];
      stack.push({ value: (v as Record<string, unknown>)[key], path: path.length < 20 ? [...path, key] : path });
    }
  }
  return null;
}

/** A plain object (not null, not a list): what records and envelopes are. */
export const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
/** The plain object `text` holds as JSON; null for anything else (no text, not JSON, not an object). */
const parsedObject = (text: string | null | undefined): Record<string, unknown> | null => {
  try {
    const value: unknown = JSON.parse(text ?? 'null');
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
};
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const vocabularyOf = (spec: ToolSpec<unknown>): IssueVocabulary => ({
  records: Object.fromEntries((spec.records ?? []).map((r) => [r.field, { noun: r.noun, plural: r.plural }])),
  fields: spec.fieldWords ?? {},
});

/** Where an envelope comes from, for its messages: an imported file, text pasted in, or this browser's storage. */
export type EnvelopeSource = 'file' | 'paste' | 'storage';
/**
 * The words of each source. Each refusal of an import says what to do next, not only what is wrong:
 * a file of another tool names the page to import it on, a newer file where it can be read.
 */
type SourceWords = { it: string; notOurs: string; madeBy: (other: string) => string; newer: string };
/** An export brought in (a file, or its text pasted), called `it`. */
const exportWords = (it: string): SourceWords => ({
  it,
  notOurs: `${it} is not a handbook export`,
  madeBy: (other) => `${it} was exported from ${other}, not from this page`,
  newer: ': open it in the handbook that made it, or in this one once it is updated',
});
export const sourceWords: Record<EnvelopeSource, SourceWords> = {
  file: exportWords('the file'),
  paste: exportWords('the pasted text'),
  storage: { it: 'the saved data', notOurs: 'the saved data is not in the handbook’s format', madeBy: (other) => `the saved data belongs to ${other}, not to this page`, newer: '' },
};

/** A tool's page as the reader knows it: its title as the content gives it, and its address (under the site's base path). */
export interface ToolPage {
  title: string;
  href?: string;
}

/**
 * The tool pages by the name of the store each keeps (`{ 'growth-team': { title: 'Manager’s view',
 * href: '/growth/manager/' } }`), as the content gives them: a refusal names another tool's page as
 * the reader knows it, and where it is, never by its store's name. The server renders them into each
 * tool's markup (ToolData.astro).
 */
export type ToolPages = Readonly<Record<string, ToolPage>>;

/** The page of `tool`, never one read from the prototype of `pages`. */
const pageOf = (pages: ToolPages, tool: string): ToolPage | undefined => (Object.hasOwn(pages, tool) ? pages[tool] : undefined);

/**
 * What names a store's files (exports, data kept aside): its page's title, as the reader knows the
 * tool; the store's own name only where no page has one.
 */
export const storeFileWords = (pages: ToolPages, tool: string): string => pageOf(pages, tool)?.title || tool;

/** Another tool's store, named by its page's title; by the name the file gives when no page has it. */
function otherTool(tool: unknown, pages: ToolPages): string {
  if (typeof tool !== 'string') return 'an unknown tool';
  const title = pageOf(pages, tool)?.title;
  return title ? `the page “${title}”` : `another tool (“${tool.slice(0, 40)}”)`;
}

/**
 * Where to import another tool's file instead: in this page's own field for it (`here`, the spec's
 * `readsElsewhere`), else on that tool's page when it is known: `: import it there (/its/page/)`.
 */
function importThere(tool: unknown, pages: ToolPages, here: Readonly<Record<string, string>> = {}): string {
  if (typeof tool === 'string' && Object.hasOwn(here, tool)) return `: ${here[tool]}`;
  const page = typeof tool === 'string' ? pageOf(pages, tool) : undefined;
  return page?.title ? `: import it there${page.href ? ` (${page.href})` : ''}` : '';
}

/**
 * Checks an envelope (already parsed from JSON) and returns its data migrated to the current version
 * (not yet validated), with what its migrations said (`notices`). `pages`: the tool pages, to name
 * the tool that made another tool's file.
 */
export function openEnvelope<T>(spec: ToolSpec<T>, value: unknown, source: EnvelopeSource = 'file', pages: ToolPages = {}): Result<{ data: unknown; revision: number; savedAt: string | null; notices: string[] }> {
  const words = sourceWords[source];
  const forbidden = forbiddenKeyPath(value);
  if (forbidden) return { ok: false, error: `${words.it} contains the key “${forbidden.at(-1)}”${forbidden.length > 1 ? ` (in ${forbidden.slice(0, -1).join('.')})` : ''}, which is not allowed` };
  if (!isObject(value)) return { ok: false, error: `${words.notOurs} (expected a JSON object)` };
  if (value['format'] !== storageFormat) return { ok: false, error: `${words.notOurs} (its “format” is missing or different)` };
  const tool = value['tool'];
  if (tool !== spec.tool) return { ok: false, error: words.madeBy(otherTool(tool, pages)) + (source === 'storage' ? '' : importThere(tool, pages, spec.readsElsewhere)) };
  const version = value['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, error: `${words.it} has no valid “version”` };
  if (version > spec.version) return { ok: false, error: `${words.it} was made by a newer version of this tool (version ${version}; this page reads up to ${spec.version})${words.newer}` };
  let data: unknown = value['data'];
  const saved = { savedAt: typeof value['savedAt'] === 'string' ? value['savedAt'] : null };
  const notices: string[] = [];
  for (let v = version; v < spec.version; v++) {
    const migrate = spec.migrations?.[v];
    if (!migrate) return { ok: false, error: `${words.it} has version ${version}, and this page cannot update version ${v}` };
    try {
      data = migrate(data, saved, (sentence) => notices.push(sentence));
    } catch (e) {
      return { ok: false, error: `the data of version ${v} could not be updated (${(e as Error).message})` };
    }
  }
  const revision = value['revision'];
  const savedAt = value['savedAt'];
  return {
    ok: true,
    value: { data, revision: typeof revision === 'number' && Number.isInteger(revision) && revision > 0 ? revision : 0, savedAt: typeof savedAt === 'string' ? savedAt : null, notices },
  };
}

interface RecordRef {
  collection: RecordCollection;
  /** Array index or map key. */
  at: number | string;
  id: string | undefined;
  value: unknown;
}

function recordsOf(collection: RecordCollection, container: unknown): RecordRef[] {
  if (Array.isArray(container))
    return container.map((value, at) => {
      const id = isObject(value) ? value[collection.idField ?? 'id'] : undefined;
      return { collection, at, id: typeof id === 'string' ? id : undefined, value };
    });
  if (isObject(container)) return Object.entries(container).map(([at, value]) => ({ collection, at, id: at, value }));
  return [];
}

/** How the page names a record (its collection's `labelOf`); undefined when it names none but the id. `container`: the data the record is in. */
function labelOfRef(ref: RecordRef, container: unknown): string | undefined {
  if (!isObject(ref.value)) return undefined;
  const id = ref.id ?? '';
  const label = ref.collection.labelOf?.(ref.value, id, isObject(container) ? container : undefined)?.trim();
  return label && label !== id && label !== ref.at ? (label.length > 40 ? `${label.slice(0, 40)}…` : label) : undefined;
}

/**
 * A record in words, by the name it holds, as the page names it: `person “Ada”`; with its place as
 * well where another record of `siblings` (its collection, in `container`) holds the same name:
 * `person “Ada” (number 3)`. A record that holds no name is named by its place: `person 3`.
 */
function recordWhat(ref: RecordRef, siblings: readonly RecordRef[], container: unknown): string {
  const label = labelOfRef(ref, container);
  const place = typeof ref.at === 'number' ? `number ${ref.at + 1}` : `“${ref.at.slice(0, 60)}”`;
  if (!label) return typeof ref.at === 'number' ? `${ref.collection.noun} ${ref.at + 1}` : `${ref.collection.noun} ${place}`;
  const twins = siblings.some((s) => s.at !== ref.at && labelOfRef(s, container) === label);
  return `${ref.collection.noun} “${label}”${twins ? ` (${place})` : ''}`;
}

/**
 * The records `path` (a validation issue's) starts in, in words (`recordWhat`), each inside the one
 * before (a person, then one of their check-ins), and how many parts of the path they cover.
 */
export function recordsAt(collections: readonly RecordCollection[], data: unknown, path: readonly PropertyKey[]): { words: string[]; length: number } | undefined {
  const words: string[] = [];
  let length = 0;
  let container = data;
  let inside: readonly RecordCollection[] | undefined = collections;
  while (inside && isObject(container) && path.length >= length + 2) {
    const collection: RecordCollection | undefined = inside.find((c) => c.field === path[length]);
    if (!collection) break;
    const siblings = recordsOf(collection, container[collection.field]);
    const ref = siblings.find((r) => r.at === path[length + 1]);
    if (!ref) break;
    words.push(recordWhat(ref, siblings, container));
    length += 2;
    container = ref.value;
    inside = collection.records;
  }
  return words.length ? { words, length } : undefined;
}

/** The tool's words for `data`'s records and fields, each record named by what it holds (`recordsAt`), each part missing said so (issue-text.ts). */
const vocabularyFor = (spec: ToolSpec<unknown>, data: unknown): IssueVocabulary => ({
  ...vocabularyOf(spec),
  recordsAt: (path) => recordsAt(spec.records ?? [], data, path),
  data,
});

/** A record of `data` in words (`recordWhat`), among the other records of its collection. */
const recordIn = (data: Record<string, unknown>, ref: RecordRef): string => recordWhat(ref, recordsOf(ref.collection, data[ref.collection.field]), data);

function withoutRecords(data: Record<string, unknown>, drop: readonly RecordRef[]): Record<string, unknown> {
  const next = { ...data };
  for (const ref of drop) {
    const container = next[ref.collection.field];
    if (Array.isArray(container)) next[ref.collection.field] = container.map((v, i) => (i === ref.at ? dropped : v));
    else if (isObject(container)) {
      const copy = { ...container };
      delete copy[ref.at as string];
      next[ref.collection.field] = copy;
    }
  }
  for (const collection of new Set(drop.map((d) => d.collection))) {
    const container = next[collection.field];
    if (Array.isArray(container)) next[collection.field] = container.filter((v) => v !== dropped);
  }
  return next;
}
const dropped = Symbol('dropped');

/** Records beyond a collection's limit, and records whose id an earlier record already has. */
function surplusRecords(spec: ToolSpec<unknown>, data: Record<string, unknown>): { ref: RecordRef; problem: string }[] {
  const out: { ref: RecordRef; problem: string }[] = [];
  for (const collection of spec.records ?? []) {
    const seen = new Map<string, RecordRef>();
    let kept = 0;
    for (const ref of recordsOf(collection, data[collection.field])) {
      const first = ref.id === undefined ? undefined : seen.get(ref.id);
      if (first) out.push({ ref, problem: `the same id as ${recordIn(data, first)}` });
      else if (kept >= collection.max) out.push({ ref, problem: `beyond the limit of ${collection.max} ${collection.plural}` });
      else {
        kept++;
        if (ref.id !== undefined) seen.set(ref.id, ref);
      }
    }
  }
  return out;
}

/**
 * Validates strictly, as an import must be: the limits of each collection, unique ids, then the
 * schema. Errors name the record and field in words.
 */
export function validateStrict<T>(spec: ToolSpec<T>, data: unknown): Result<T> {
  const vocabulary = vocabularyFor(spec as ToolSpec<unknown>, data);
  if (isObject(data))
    for (const collection of spec.records ?? []) {
      const count = recordsOf(collection, data[collection.field]).length;
      if (count > collection.max) return { ok: false, error: `${collection.plural}: at most ${collection.max} (the file has ${count})` };
      const surplus = surplusRecords(spec as ToolSpec<unknown>, data).find((s) => s.ref.collection === collection);
      if (surplus) return { ok: false, error: `${recordIn(data, surplus.ref)}: ${surplus.problem}` };
    }
  const parsed = spec.schema.safeParse(data);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: issuesText(parsed.error.issues as readonly IssueLike[], vocabulary) };
}

/**
 * Validates leniently, as a stored value is read: records that fail are set aside and the rest is
 * kept. Fails only when something outside the records is wrong.
 */
export function validateLenient<T>(spec: ToolSpec<T>, data: unknown): Result<{ value: T; setAside: SetAside[] }> {
  const setAside: SetAside[] = [];
  const fields = new Map((spec.records ?? []).map((c) => [c.field, c]));
  let current = data;
  if (isObject(current)) {
    const surplus = surplusRecords(spec as ToolSpec<unknown>, current);
    for (const { ref, problem } of surplus) setAside.push({ what: recordIn(current, ref), problem, text: JSON.stringify(ref.value) ?? 'undefined' });
    current = withoutRecords(current, surplus.map((s) => s.ref));
  }
  // Each pass drops the records that have issues; a pass can only reveal issues of the shrunken data, so two suffice in practice.
  for (let pass = 0; pass < 4; pass++) {
    const parsed = spec.schema.safeParse(current);
    if (parsed.success) return { ok: true, value: { value: parsed.data, setAside } };
    const issues = parsed.error.issues as readonly IssueLike[];
    const vocabulary = vocabularyFor(spec as ToolSpec<unknown>, current);
    const inRecords = (i: IssueLike) => i.path.length >= 2 && fields.has(String(i.path[0]));
    const outside = issues.filter((i) => !inRecords(i));
    if (outside.length || !isObject(current)) return { ok: false, error: issuesText(outside.length ? outside : issues, vocabulary) };
    const bad = new Map<string, { ref: RecordRef; issues: IssueLike[] }>();
    for (const issue of issues) {
      const collection = fields.get(String(issue.path[0]))!;
      const ref = recordsOf(collection, current[collection.field]).find((r) => r.at === issue.path[1]);
      if (!ref) continue;
      const mark = `${collection.field}\u0000${String(ref.at)}`;
      bad.set(mark, { ref, issues: [...(bad.get(mark)?.issues ?? []), issue] });
    }
    for (const { ref, issues: recordIssues } of bad.values())
      setAside.push({ what: recordIn(current, ref), problem: issuesText(recordIssues, vocabulary), text: JSON.stringify(ref.value) ?? 'undefined' });
    current = withoutRecords(current, [...bad.values()].map((b) => b.ref));
  }
  return { ok: false, error: 'the data could not be read' };
}

export function toEnvelope<T>(spec: ToolSpec<T>, data: T, now: Date, revision?: number): Envelope<T> {
  const envelope: Envelope<T> = { format: storageFormat, tool: spec.tool, version: spec.version, savedAt: now.toISOString(), data };
  return revision === undefined ? envelope : { format: storageFormat, tool: spec.tool, version: spec.version, revision, savedAt: envelope.savedAt, data };
}

// ——— Writing ———

/** Data that left its key and could not be stored again (another tab took the room meanwhile). */
const notStored = 'Your data is no longer stored in this browser: export it now, while this page holds it.';

/** How a save refused by a full storage begins, said by the store and by what the page adds for typed text (field-messages.ts). */
export const storageFullSentence = 'Not saved: this browser’s storage for the site is full.';

function saveError(e: unknown): SaveError {
  const name = (e as { name?: string })?.name ?? '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED')
    return { kind: 'quota', message: `${storageFullSentence} Export your data to keep a copy, then delete what you no longer need here.` };
  return { kind: 'unavailable', message: `Not saved: this browser refused to store data (${name || 'unknown error'}). Export your data before you leave the page.` };
}

interface UnreadableCopy {
  format: typeof unreadableFormat;
  tool: string;
  keptAt: string;
  what: string;
  problem: string;
  text: string;
}

export interface StoreOptions {
  /** The clock, for tests. */
  now?: () => Date;
  /** The tool pages, to name the tool of another tool's file or saved data, and where to import it (`openEnvelope`). */
  toolPages?: ToolPages;
}

export function createStore<T>(spec: ToolSpec<T>, storage: KeyValueStorage, options: StoreOptions = {}): Store<T> {
  const key = `handbook:${spec.tool}`;
  const unreadablePrefix = `${key}:unreadable:`;
  const undoKey = `${key}:undo`;
  const now = options.now ?? (() => new Date());
  const pages = options.toolPages ?? {};
  /**
   * Data that left its key and could not be stored again: read in place of nothing stored, so that
   * the tool still shows it and can export it, until a save stores something (this one or another).
   */
  let unstored: Snapshot<T> | null = null;
  /**
   * An undo point the storage had no room for (a deletion of a record, an import, near the quota),
   * kept in this page instead: the change goes ahead, since refusing a deletion for want of room
   * for its copy would keep a full storage full, and its Undo works while the page is open.
   * `over`: the undo key's text when it was kept; once another tab keeps a point there, that one
   * is the undo on offer, and this one is dropped.
   */
  let held: { text: string; over: string | null } | null = null;

  const keys = (): string[] => {
    const out: string[] = [];
    try {
      for (let i = 0; i < storage.length; i++) {
        const k = storage.key(i);
        if (k !== null) out.push(k);
      }
    } catch {
      // A browser that refuses storage has nothing kept aside either.
    }
    return out;
  };

  const unreadable = (): UnreadableEntry[] =>
    keys()
      .filter((k) => k.startsWith(unreadablePrefix))
      .map((k) => {
        let raw: string | null = null;
        try {
          raw = storage.getItem(k);
        } catch {
          raw = null;
        }
        // Not written by this store (not JSON, another format): offer the raw text as it is.
        const parsed = parsedObject(raw);
        const copy: Partial<UnreadableCopy> = parsed?.['format'] === unreadableFormat ? (parsed as Partial<UnreadableCopy>) : {};
        const keptAt = typeof copy.keptAt === 'string' ? copy.keptAt : k.slice(unreadablePrefix.length);
        const text = typeof copy.text === 'string' ? copy.text : (raw ?? '');
        const isJson = (() => {
          try {
            JSON.parse(text);
            return true;
          } catch {
            return false;
          }
        })();
        return {
          key: k,
          keptAt,
          what: typeof copy.what === 'string' ? copy.what : keptWhole,
          problem: typeof copy.problem === 'string' ? copy.problem : 'kept aside',
          text,
          fileName: `${fileSlug(storeFileWords(pages, spec.tool))}-unreadable-${keptAt.replace(/[^0-9A-Za-z-]+/g, '-').replace(/-+$/, '')}.${isJson ? 'json' : 'txt'}`,
        };
      })
      .sort((a, b) => (a.keptAt < b.keptAt ? -1 : a.keptAt > b.keptAt ? 1 : a.key.localeCompare(b.key)));

  /** Keeps `item` under a new `:unreadable:` key unless the same text is already kept. Returns false when storage refused it. */
  const keepAside = (item: SetAside): boolean => {
    if (unreadable().some((u) => u.text === item.text)) return true;
    const keptAt = now().toISOString();
    let slot = `${unreadablePrefix}${keptAt}`;
    const taken = new Set(keys());
    for (let n = 2; taken.has(slot); n++) slot = `${unreadablePrefix}${keptAt}-${n}`;
    const copy: UnreadableCopy = { format: unreadableFormat, tool: spec.tool, keptAt, ...item };
    try {
      storage.setItem(slot, JSON.stringify(copy));
      return true;
    } catch {
      return false;
    }
  };

  const empty = (notices: StoreNotice[] = [], writable = true): Snapshot<T> => ({ data: spec.empty(), revision: 0, savedAt: null, notices, writable });

  const blocked = (what: string): StoreNotice => ({
    kind: 'blocked',
    message: `${what} could not be read, and this browser refused to keep a copy aside (its storage may be full). Nothing will be saved over it: export what you see, and free some space.`,
  });

  /**
   * The text of the tool's key as this tab last knew it: told its subscriber with another tab's
   * change, or written by a change made on that text; undefined when unknown, as before any event.
   * Another tab's removal matters to this tab only when what it reads with the removal's event is
   * other data (`subscribe`): each event of one removal says so, and a save this tab made between
   * two of them, on the data read with the first, must not be taken for one made before it.
   */
  let known: string | null | undefined;
  /** The text stored under the tool's key; undefined when it cannot be read. */
  const storedText = (): string | null | undefined => {
    try {
      return storage.getItem(key);
    } catch {
      return undefined;
    }
  };

  /** Stores `data` as `revision`: a change made on the data stored now, which stays known (`known`) if it was. */
  const write = (data: T, revision: number): UpdateResult<T> => {
    const checked = validateStrict(spec, data);
    if (!checked.ok) return { ok: false, error: { kind: 'invalid', message: `Not saved: ${checked.error}.` } };
    const envelope = toEnvelope(spec, checked.value, now(), revision);
    const text = JSON.stringify(envelope);
    const based = known !== undefined && storedText() === known;
    try {
      storage.setItem(key, text);
    } catch (e) {
      return { ok: false, error: saveError(e) };
    }
    unstored = null;
    known = based ? text : undefined;
    return { ok: true, value: { data: checked.value, revision, savedAt: envelope.savedAt, notices: [], writable: true } };
  };

  const read = (): Snapshot<T> => {
    let raw: string | null;
    try {
      raw = storage.getItem(key);
    } catch {
      return empty([{ kind: 'unavailable', message: 'This browser does not let the page store data here: nothing is kept after you leave the page. Export your data before you go.' }], false);
    }
    if (raw === null) return unstored ?? empty();
    let value: unknown;
    let problem: string | null = null;
    try {
      value = JSON.parse(raw);
    } catch {
      problem = 'it is not valid JSON';
    }
    const opened = problem === null ? openEnvelope(spec, value, 'storage', pages) : null;
    if (opened && !opened.ok) problem = opened.error;
    const mended = opened?.ok && spec.mendStored ? spec.mendStored(opened.value.data) : null;
    const checked = opened?.ok ? validateLenient(spec, mended ? mended.data : opened.value.data) : null;
    if (checked && !checked.ok) problem = checked.error;
    if (problem !== null || !opened?.ok || !checked?.ok) {
      // Unreadable as a whole: keep it aside, then free the main key for new data.
      const what = 'Your saved data';
      if (!keepAside({ what: keptWhole, problem: problem ?? 'unreadable', text: raw })) return empty([blocked(what)], false);
      try {
        storage.removeItem(key);
      } catch {
        return empty([blocked(what)], false);
      }
      return empty([{ kind: 'set-aside', message: `${what} could not be read (${problem}). It is kept aside below: download it, or discard it once you no longer need it.` }]);
    }
    const { value: data, setAside } = checked.value;
    // Stored data is at least the first revision, whatever its envelope says: data saved before
    // envelopes had revisions reads as 0, which means “nothing stored” to clear and undo (clear left
    // it in place, and undoing an import over it removed it).
    const revision = Math.max(1, opened.value.revision);
    const { savedAt } = opened.value;
    // What the migrations and the mends said, in that order: each is a mend of what was saved.
    const mendedNotices: StoreNotice[] = [...opened.value.notices, ...(mended?.mended ?? [])].map((message) => ({ kind: 'mended', message }));
    if (!setAside.length) return { data, revision, savedAt, notices: mendedNotices, writable: true };
    const records = spec.records ?? [];
    const noun = records.length === 1 ? [records[0]!.noun, records[0]!.plural] : ['record', 'records'];
    const count = plural(setAside.length, noun[0]!, noun[1]!);
    if (!setAside.every(keepAside)) return { data, revision, savedAt, notices: [...mendedNotices, blocked(`${count} of your saved data`)], writable: false };
    // Everything unreadable is kept aside: store the readable rest, so other tabs read it cleanly.
    const rewritten = write(data, revision + 1);
    const notice: StoreNotice = {
      kind: 'set-aside',
      // A schema issue's text already starts with the record it is in (issueText's place): name it once.
      message: `${count} could not be read and ${setAside.length === 1 ? 'is' : 'are'} kept aside below (${setAside.map((s) => (s.problem.startsWith(s.what) ? s.problem : `${s.what}: ${s.problem}`)).join('; ')}); the rest is loaded.`,
    };
    return rewritten.ok ? { ...rewritten.value, notices: [...mendedNotices, notice] } : { data, revision, savedAt, notices: [...mendedNotices, notice], writable: true };
  };

  interface UndoPoint {
    /** Its token (`UndoOffer.id`); absent from points kept by an older page. */
    id?: string;
    label: string;
    /** The data before, or null when nothing was stored. */
    before: unknown;
    /** The revision the operation left; undo is offered while it is still the stored one. */
    after: number;
    /** When a deletion of everything was made (ISO), for `clearUndoMinutes`. */
    at?: string;
    /**
     * A deletion of everything still undoable when this change was made: undoing this change
     * offers it again, so that an import right after “Delete all” does not take its undo away.
     */
    then?: UndoPoint;
  }

  /** A deletion of everything whose time to be undone has passed (one kept by an older page, without `at`, too). */
  const expired = (point: UndoPoint): boolean =>
    point.after === 0 && !(now().getTime() - Date.parse(point.at ?? '') <= clearUndoMinutes * 60_000);

  /**
   * How `point` can be undone at `revision`: by restoring the data before it, while nothing changed
   * since; a deletion of everything also later, by bringing the deleted data back beside what was
   * saved since (in this tab or another), so that “Delete all” stays undoable as it says and the
   * other tab's new work stays too. Any other change since makes an undo stale.
   *
   * `snapshot` is the data now: data held only in memory (`unstored`, its storage full) reads as
   * nothing stored, the revision a deletion leaves, yet it is the reader's only copy: a deletion's
   * undo brings the deleted data back beside it, never in its place.
   */
  const undoWay = (point: UndoPoint, snapshot: Snapshot<T>): 'restore' | 'bring-back' | null => {
    const inMemoryOnly = unstored !== null && snapshot.data === unstored.data;
    return point.after === snapshot.revision && !inMemoryOnly ? 'restore' : point.after === 0 && point.before !== null ? 'bring-back' : null;
  };

  /** What the undo key holds, seen as it stands now, and the text it was read from. */
  interface UndoReading {
    text: string | null;
    /** The point on offer: none for a deletion of everything whose time has passed; a deletion kept under a change (`then`) left out once its time has passed. */
    point: UndoPoint | null;
    /** True when the stored point keeps a copy of deleted data whose time has passed (that `point` leaves out). */
    outlived: boolean;
  }

  /** Reads the undo key without writing anything. An undo point that cannot be read offers nothing to undo (and is left as it is). */
  const undoReading = (): UndoReading => {
    const text = undoText();
    // Not JSON, or not an undo point: nothing to undo.
    const parsed = parsedObject(text);
    if (!parsed || typeof parsed['label'] !== 'string' || typeof parsed['after'] !== 'number') return { text, point: null, outlived: false };
    const point = parsed as unknown as UndoPoint;
    if (expired(point)) return { text, point: null, outlived: true };
    if (point.then && expired(point.then)) {
      const rest: UndoPoint = { ...point };
      delete rest.then;
      return { text, point: rest, outlived: true };
    }
    return { text, point, outlived: false };
  };

  /**
   * The one write a reading of the undo point makes, and only when it is needed: the stored point
   * (`seen`, its text as read) keeps a copy with no use any more, a deletion of everything whose time
   * has passed or an undo a later change made stale, and that copy must leave the browser, as the
   * question before “Delete all” promised (`clearUndoMinutes`). The key then holds `next`, what the
   * reading offers (nothing: removed). Written only while the key still holds `seen`: another tab may
   * have kept a new undo point since this one read it, and what it kept must not be overwritten with
   * an older one. A write that fails changes nothing on offer: the next reading tries again.
   */
  const forgetOutlived = (seen: string | null, next: UndoPoint | null): void => {
    // A point held in this page: the stored one it was kept over (`over`) holds nothing still on
    // offer but what this one keeps under `then` (a deletion of everything), so it leaves the
    // browser with what outlived, unless what is left on offer is that stored point itself.
    if (held?.text === seen) {
      const { over } = held;
      const text = next && JSON.stringify(next);
      held = text !== over && text ? { text, over: null } : null;
      if (text !== over) {
        seen = over;
        next = null;
      }
    }
    try {
      if (seen === null || storage.getItem(undoKey) !== seen) return;
      if (next) storage.setItem(undoKey, JSON.stringify(next));
      else storage.removeItem(undoKey);
    } catch {
      // The copy stays until the next reading; what is offered is the same either way.
    }
  };

  /**
   * The undo point on offer at `revision`, and how it is undone. A point that a later change made
   * stale gives way to the deletion of everything kept under it (`then`), which stays undoable;
   * without one, nothing is on offer. Not before a later change is stored: another tab sees an
   * import's or a deletion's undo point a moment before the data it goes with (two writes), and
   * must not take it away meanwhile. A stored copy this leaves out is removed (`forgetOutlived`).
   */
  const undoOnOffer = (snapshot: Snapshot<T>): { point: UndoPoint; way: 'restore' | 'bring-back' } | null => {
    const { revision } = snapshot;
    const reading = undoReading();
    let { point, outlived } = reading;
    let offer: { point: UndoPoint; way: 'restore' | 'bring-back' } | null = null;
    while (point) {
      const way = undoWay(point, snapshot);
      if (way) {
        offer = { point, way };
        break;
      }
      if (revision <= point.after) break;
      point = point.then ?? null;
      outlived = true;
    }
    if (outlived) forgetOutlived(reading.text, point);
    return offer;
  };

  /** The undo key's text as stored. */
  const storedUndo = (): string | null => {
    try {
      return storage.getItem(undoKey);
    } catch {
      return null;
    }
  };

  /** The undo point's text: the one held in this page (`held`), while no other tab kept a point since; else the stored one. */
  const undoText = (): string | null => {
    const stored = storedUndo();
    if (held?.over !== stored) held = null;
    return held ? held.text : stored;
  };

  /** Puts back the undo key as it was (`previous`, null when absent) after the change it was kept for failed; whether it could. */
  const restoreUndo = (previous: string | null): boolean => {
    try {
      if (previous === null) storage.removeItem(undoKey);
      else storage.setItem(undoKey, previous);
      return true;
    } catch {
      // The point left names a revision that was not written; the next save makes it stale.
      return false;
    }
  };

  /** `data` is no longer stored: kept in memory for the tool to show and export, and said so. */
  const lost = (data: T): { ok: false; error: SaveError } => {
    unstored = { ...empty([{ kind: 'unavailable', message: notStored }]), data };
    return { ok: false, error: { kind: 'quota', message: notStored } };
  };

  const keepUndo = (label: string, before: Snapshot<T>, after: number, then?: UndoPoint): SaveError | null => {
    const time = now();
    const at = after === 0 ? { at: time.toISOString() } : {};
    const text = JSON.stringify({ id: newUndoId(time), label, before: before.revision ? before.data : null, after, ...at, ...(then ? { then } : {}) } satisfies UndoPoint);
    try {
      storage.setItem(undoKey, text);
      held = null;
      return null;
    } catch (e) {
      const error = saveError(e);
      // A change but a deletion of everything (which makes room for its copy itself, `clear`) goes
      // ahead with its copy held in this page (`held`).
      if (error.kind === 'quota' && after) {
        held = { text, over: storedUndo() };
        return null;
      }
      // A deletion of everything gets here only once even the room its data would leave is too
      // small: deleting is then no way to make room.
      return error.kind === 'quota'
        ? { ...error, message: 'Nothing was deleted: this browser’s storage for the site has no room for the copy its Undo needs, even in the room your data would leave. Export your data first.' }
        : { ...error, message: `${error.message.replace(/^Not saved: /, 'Nothing was changed: ')} (A copy for undo could not be kept.)` };
    }
  };

  const store: Store<T> = {
    key,
    spec,
    read,
    update(change) {
      const current = read();
      if (!current.writable) return { ok: false, error: { kind: 'blocked', message: `Not saved. ${current.notices.map((n) => n.message).join(' ')}` } };
      const next = change(current.data);
      if (Object.is(next, current.data)) return { ok: true, value: current };
      return write(next, current.revision + 1);
    },
    replace(data, label) {
      const current = read();
      if (!current.writable) return { ok: false, error: { kind: 'blocked', message: `Nothing was changed. ${current.notices.map((n) => n.message).join(' ')}` } };
      const checked = validateStrict(spec, data);
      if (!checked.ok) return { ok: false, error: { kind: 'invalid', message: `Nothing was changed: ${checked.error}.` } };
      // A deletion of everything still undoable, on offer or kept under the change on offer, stays
      // kept under this one.
      // The key is written below: what it holds is only read here (a copy whose time has passed is
      // left out of the new point, not removed on its own first).
      const previous = storedUndo();
      const heldBefore = held;
      const pending = undoReading().point;
      const deletion = pending && pending.after === 0 && undoWay(pending, current) ? pending : pending?.then;
      const undoError = keepUndo(label, current, current.revision + 1, deletion);
      if (undoError) return { ok: false, error: undoError };
      const written = write(checked.value, current.revision + 1);
      // Not saved: no undo may be offered for it (it would undo a change that never happened).
      if (!written.ok) {
        if (!held) restoreUndo(previous);
        held = heldBefore;
      }
      return written;
    },
    clear(label) {
      const current = read();
      if (!current.revision) return { ok: true, value: empty() };
      const previous = storedUndo();
      const heldBefore = held;
      const undoError = keepUndo(label, current, 0);
      // A full storage has no room for the copy beside the data, yet deleting is how its reader
      // makes room: the copy then takes the room the data leaves, or the data goes back as it was.
      // Once the data has left its key, the copy is its only one: never overwritten, and if the data
      // cannot go back either (another tab took the room), the reader is told to export it.
      if (undoError?.kind === 'quota') {
        let raw: string;
        try {
          raw = storage.getItem(key)!;
          storage.removeItem(key);
        } catch (e) {
          return { ok: false, error: saveError(e) };
        }
        const copyError = keepUndo(label, current, 0);
        if (!copyError) return { ok: true, value: empty() };
        try {
          storage.setItem(key, raw);
        } catch {
          return lost(current.data);
        }
        return { ok: false, error: copyError };
      }
      if (undoError) return { ok: false, error: undoError };
      try {
        storage.removeItem(key);
      } catch (e) {
        restoreUndo(previous);
        held = heldBefore;
        return { ok: false, error: saveError(e) };
      }
      return { ok: true, value: empty() };
    },
    undoable() {
      const offer = undoOnOffer(read());
      if (!offer) return null;
      const { point, way } = offer;
      const until = point.after === 0 ? { until: Date.parse(point.at!) + clearUndoMinutes * 60_000 } : {};
      // A point kept by an older page has no token: its revision and time stand in for one.
      const id = point.id ?? `${point.after}@${point.at ?? ''}`;
      return { label: point.label, id, ...(way === 'bring-back' ? { bringsBack: true as const } : {}), ...until, ...(held ? { inMemory: true as const } : {}) };
    },
    undo() {
      const current = read();
      const offer = undoOnOffer(current);
      if (!offer) return { ok: false, error: { kind: 'stale', message: 'Nothing to undo: the data changed since, or nothing was replaced.' } };
      const { point, way } = offer;
      // What comes next to undo, if anything: a deletion of everything made before this change.
      const next = () => {
        held = null;
        if (point.then) storage.setItem(undoKey, JSON.stringify(point.then));
        else storage.removeItem(undoKey);
      };
      if (point.before === null) {
        try {
          storage.removeItem(key);
          next();
        } catch (e) {
          return { ok: false, error: saveError(e) };
        }
        return { ok: true, value: empty() };
      }
      // A copy kept from before a fork's change, mended as stored data is (`mendStored`).
      const restored = validateLenient(spec, spec.mendStored ? spec.mendStored(point.before).data : point.before);
      if (!restored.ok) return { ok: false, error: { kind: 'invalid', message: `The copy kept for undo could not be read (${restored.error}).` } };
      const back = way === 'bring-back' ? mergeImport(spec, current.data, restored.value.value) : restored.value.value;
      let data = spec.addedBack ? spec.addedBack(current.data, back, now().toISOString()) : back;
      let written = write(data, current.revision + 1);
      // No room for the stamps of what comes back (a full storage, where the deletion made room): it
      // comes back as it was stored, which fitted, rather than not at all.
      if (!written.ok && written.error.kind === 'quota' && data !== back) written = write((data = back), current.revision + 1);
      // No room for the data beside its copy (a full storage, where the deletion made room): the copy
      // gives way to what it holds, and is put back if even that does not fit. A copy held in the
      // page takes no room: it stays, and the undo stays on offer.
      if (!written.ok && written.error.kind === 'quota' && !held) {
        const kept = undoText();
        if (!restoreUndo(null)) return written;
        written = write(data, current.revision + 1);
        // The copy was the only place of what it held: if it cannot go back either, say what is lost.
        if (!written.ok && !restoreUndo(kept)) {
          if (!current.revision) return lost(data);
          return { ok: false, error: { kind: 'quota', message: 'Nothing was undone, and the copy kept for undo is no longer stored in this browser.' } };
        }
      }
      if (written.ok) {
        try {
          next();
        } catch {
          // The point is stale from now on anyway: its revision is no longer the stored one.
        }
      }
      return written;
    },
    unreadable,
    discardUnreadable(k) {
      if (!k.startsWith(unreadablePrefix)) return;
      try {
        storage.removeItem(k);
      } catch {
        // Nothing to do: the entry stays listed.
      }
    },
    subscribe(listener, events = globalThis as unknown as StorageEventSource) {
      // Whether `event` tells that the data was removed: the key itself was (or the whole storage),
      // or a removal wrote what it writes just before removing the key (a deletion of everything,
      // its copy for undo; unreadable data, its copy kept aside whole): the tab reading that event
      // may read what was written after the removal already, and the removal's own event comes
      // after that reading. (A deletion put back on offer, the point kept over it undone or made
      // stale, writes the same: its event reads data this tab knew already, so it says nothing.)
      const removedBy = (event: StorageEventLike): boolean => {
        if (event.key === null || (event.key === key && event.newValue === null)) return true;
        if (!event.key.startsWith(`${key}:`) || typeof event.newValue !== 'string') return false;
        const written = parsedObject(event.newValue);
        if (event.key !== undoKey) return event.key.startsWith(unreadablePrefix) && written?.['what'] === keptWhole;
        return written?.['after'] === 0;
      };
      const onStorage = (event: StorageEventLike) => {
        if (event.storageArea !== undefined && event.storageArea !== null && event.storageArea !== storage) return;
        if (event.key !== null && event.key !== key && !event.key.startsWith(`${key}:`)) return;
        const snapshot = read();
        const text = storedText();
        const removed = removedBy(event) && (text === undefined || text !== known);
        known = text;
        listener(snapshot, { removed });
      };
      events.addEventListener('storage', onStorage);
      return () => events.removeEventListener('storage', onStorage);
    },
    exportText: (data) => JSON.stringify(toEnvelope(spec, data, now()), null, 2),
    pages,
  };
  return store;
}

/** A `KeyValueStorage` in memory, for browsers that refuse localStorage (nothing outlives the page). */
export function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}
