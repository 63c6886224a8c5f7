/**
 * Local storage for the handbook's tools (scorecard calculator, self-assessment, onboarding tracker).
 *
 * What is kept: one JSON envelope per tool under `handbook:<tool>`:
 *   { format: "ml-career-handbook", tool, version, savedAt, data }
 * `data` is validated on every read and every import with the tool's schema (zod/mini, to keep the
 * islands small). Nothing leaves the browser: there is no network code here.
 *
 * Lifecycle: `load()` never throws and never overwrites what it cannot read; a stored value that
 * fails validation is copied to `handbook:<tool>:unreadable` before the tool saves over it, so a
 * user's data is never silently lost. `importText()` validates first and writes only when valid.
 */
import type * as z from 'zod/mini';

export const storageFormat = 'ml-career-handbook';
/** Imports larger than this are refused before parsing. */
export const maxImportBytes = 1_000_000;
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface StoreSpec<T> {
  /** Tool name, part of the storage key and of exported files, e.g. `scorecard`. */
  tool: string;
  /** Version of `data`'s shape; bump it and add a migration when the shape changes. */
  version: number;
  schema: z.ZodMiniType<T>;
  empty: () => T;
  /** `migrations[n]` turns data of version n into data of version n + 1. */
  migrations?: Record<number, (data: unknown) => unknown>;
}

export interface Envelope<T> {
  format: typeof storageFormat;
  tool: string;
  version: number;
  savedAt: string;
  data: T;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Throws on keys that could reach an object's prototype, anywhere in a parsed value. */
function assertNoForbiddenKeys(value: unknown, path: string[] = []): void {
  if (value === null || typeof value !== 'object') return;
  for (const key of Object.keys(value)) {
    if (forbiddenKeys.has(key)) throw new Error(`the file contains the key “${key}”${path.length ? ` (in ${path.join('.')})` : ''}, which is not allowed`);
    assertNoForbiddenKeys((value as Record<string, unknown>)[key], [...path, key]);
  }
}

/**
 * The first issue, named by its path. zod/mini has no English messages of its own ("Invalid input"),
 * so an unknown key is named here: it is the issue an edited or foreign file most often has.
 */
function firstIssue(error: { issues: readonly { path: PropertyKey[]; message: string; keys?: string[] }[] }): string {
  const issue = error.issues[0];
  if (!issue) return 'the data is not valid';
  const where = issue.path.length ? issue.path.map(String).join('.') : 'data';
  if (issue.keys?.length) return `${where}: unknown field ${issue.keys.map((k) => `“${k.slice(0, 40)}”`).join(', ')}`;
  return `${where}: ${issue.message}`;
}

/** Checks an envelope (already parsed from JSON) and returns its data, migrated to the current version. */
export function readEnvelope<T>(spec: StoreSpec<T>, value: unknown): Result<T> {
  try {
    assertNoForbiddenKeys(value);
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, error: 'the file is not a handbook export (expected a JSON object)' };
  const env = value as Partial<Envelope<unknown>>;
  if (env.format !== storageFormat) return { ok: false, error: 'the file is not a handbook export (its “format” is missing or different)' };
  if (env.tool !== spec.tool) return { ok: false, error: `the file was exported by ${typeof env.tool === 'string' ? `the “${env.tool.slice(0, 40)}” tool` : 'an unknown tool'}, not the ${spec.tool} tool` };
  if (typeof env.version !== 'number' || !Number.isInteger(env.version) || env.version < 1) return { ok: false, error: 'the file has no valid “version”' };
  if (env.version > spec.version) return { ok: false, error: `the file was made by a newer version of this tool (version ${env.version}; this page reads up to ${spec.version})` };
  let data: unknown = env.data;
  for (let v = env.version; v < spec.version; v++) {
    const migrate = spec.migrations?.[v];
    if (!migrate) return { ok: false, error: `no migration from version ${v}` };
    data = migrate(data);
  }
  const parsed = spec.schema.safeParse(data);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: `the data is not valid: ${firstIssue(parsed.error)}` };
}

export function parseExport<T>(spec: StoreSpec<T>, text: string): Result<T> {
  if (text.length > maxImportBytes) return { ok: false, error: `the file is too large (${Math.round(text.length / 1000)} kB; the limit is ${maxImportBytes / 1000} kB)` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'the file is not valid JSON' };
  }
  return readEnvelope(spec, value);
}

export function toEnvelope<T>(spec: StoreSpec<T>, data: T, now = new Date()): Envelope<T> {
  return { format: storageFormat, tool: spec.tool, version: spec.version, savedAt: now.toISOString(), data };
}

export interface Store<T> {
  readonly key: string;
  /** The stored data, or the empty value with an explanation when nothing valid is stored. */
  load(): { value: T; problem?: string };
  save(data: T): Result<T>;
  /** JSON text of an export file. */
  exportText(data: T): string;
  /** Validates `text` and, only if it is valid, stores its data. */
  importText(text: string): Result<T>;
  clear(): void;
}

export function createStore<T>(spec: StoreSpec<T>, storage: KeyValueStorage): Store<T> {
  const key = `handbook:${spec.tool}`;
  const unreadableKey = `${key}:unreadable`;
  let unreadable: string | null = null;

  const write = (data: T): Result<T> => {
    const checked = spec.schema.safeParse(data);
    if (!checked.success) return { ok: false, error: `not saved: ${firstIssue(checked.error)}` };
    try {
      if (unreadable !== null) {
        storage.setItem(unreadableKey, unreadable);
        unreadable = null;
      }
      storage.setItem(key, JSON.stringify(toEnvelope(spec, checked.data)));
      return { ok: true, value: checked.data };
    } catch (e) {
      return { ok: false, error: `the browser refused to save (${(e as Error).name}); storage may be full or disabled` };
    }
  };

  return {
    key,
    load() {
      let raw: string | null;
      try {
        raw = storage.getItem(key);
      } catch {
        return { value: spec.empty(), problem: 'this browser does not allow local storage here; nothing will be kept after you leave the page' };
      }
      if (raw === null) return { value: spec.empty() };
      const result = parseExport(spec, raw);
      if (result.ok) return { value: result.value };
      unreadable = raw;
      return { value: spec.empty(), problem: `saved data could not be read (${result.error}); it will be kept under “${unreadableKey}” when you save` };
    },
    save: write,
    exportText: (data) => JSON.stringify(toEnvelope(spec, data), null, 2),
    importText(text) {
      const result = parseExport(spec, text);
      return result.ok ? write(result.value) : { ok: false, error: `Import failed: ${result.error}. Nothing was changed.` };
    },
    clear() {
      storage.removeItem(key);
    },
  };
}

/** A `KeyValueStorage` in memory, for tests and for browsers that refuse localStorage. */
export function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { dump(): Record<string, string> } {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    dump: () => Object.fromEntries(map),
  };
}
