import { importSourceWords, type ImportSource } from '~/lib/browser/import-source';

/**
 * Code a tool page loads when a reader first needs it rather than with the page (a dynamic
 * `import()`, a chunk of its own under /_astro/ like the rest): what reads and plans an import runs
 * only when a reader imports, and every tool page's first load is smaller without it
 * (tests/dist/budgets.test.ts; issue 20, “less work on load”).
 */
export interface LazyCode<M> {
  /**
   * The module, loaded once, or `null` when it could not load (offline): the caller says why in its
   * own words, and a load that failed is tried again on the next call.
   * While it loads, `reading` says which file is being read (on a slow network the reader who chose
   * one sees it being read), then takes that back once the module came or failed, putting back what
   * the line said before, for the outcome (if any) to replace. Never said when the module is loaded
   * already, so that nothing flashes.
   */
  getOrNull(reading?: ReadingStatus): Promise<M | null>;
  /**
   * Starts the load when the reader points at or focuses `control`: a file dialog or a paste takes
   * longer than the load, so the import is as instant as before (a failure waits for `getOrNull`).
   */
  preloadOn(control: Element | null | undefined): void;
}

export function lazyCode<M>(load: () => Promise<M>): LazyCode<M> {
  let loading: Promise<M> | undefined;
  let loaded = false;
  const get = (): Promise<M> =>
    (loading ??= load().then(
      (module) => ((loaded = true), module),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  // Per status line (`key`), its latest reading line and the line shown before its first one: a
  // reading line said over its own reading line (a second choice while the first loads) replaced that
  // same earlier line, and over anything else (a line said since) replaced that. Another status
  // line's reading line is not its own, even with the same words (a file of the same name read in
  // another panel, two pastes).
  const readingOn = new WeakMap<object, { line: string; before: string }>();
  const getOrNull = async (reading?: ReadingStatus) => {
    const waits = loaded ? undefined : reading;
    if (waits) {
      const shown = waits.shown();
      const latest = readingOn.get(waits.key);
      readingOn.set(waits.key, { line: waits.line, before: latest?.line === shown ? latest.before : shown });
      waits.say(waits.line);
    }
    const module = await get().catch(() => null);
    // Only a reading line still shown is taken back, and the line from before the first comes back (a
    // line said before, such as “Exported …”, still true when nothing was imported); a line said since
    // (a later choice's, an export's) stays, since a choice dropped while the module loaded has no
    // outcome to say in its place.
    if (waits && waits.shown() === waits.line) waits.say(readingOn.get(waits.key)!.before);
    return module;
  };
  return {
    getOrNull,
    preloadOn(control) {
      const preload = () => void getOrNull();
      for (const type of ['pointerenter', 'focusin']) control?.addEventListener(type, preload, { once: true });
    },
  };
}

/** The module a `LazyCode` loads. */
export type CodeOf<L> = L extends LazyCode<infer M> ? M : never;

/** A status line that `getOrNull` tells which file is being read: `say` writes it, `shown` is what it reads now. */
export interface ReadingStatus {
  /** The status line itself (its element): what one status line's reading lines replaced is kept apart from another's. */
  key: object;
  /** What it says while the module loads (`readingLine`). */
  line: string;
  say: (text: string) => void;
  shown: () => string;
}

/** What a status line says while the import code of `source` loads (`getOrNull`): named as every line about the import names it. */
export const readingLine = (source: ImportSource): string => `Reading ${importSourceWords(source)}…`;

/** What an import says when its code could not be loaded (the reader went offline since the page loaded). */
export const importCodeFailed =
  'Import failed: the page could not load the code that reads an import (the connection may be down). Nothing was changed: try again once you are online, or reload the page.';
