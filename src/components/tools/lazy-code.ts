/**
 * Code a tool page loads when a reader first needs it rather than with the page (a dynamic
 * `import()`, a chunk of its own under /_astro/ like the rest): what reads and plans an import runs
 * only when a reader imports, and every tool page's first load is smaller without it
 * (tests/dist/budgets.test.ts; issue 20, “less work on load”).
 */
export interface LazyCode<M> {
  /** The module, loaded once; a load that failed (offline) is tried again on the next call. */
  get(): Promise<M>;
  /**
   * Starts the load when the reader points at or focuses `control`: a file dialog or a paste takes
   * longer than the load, so the import is as instant as before (a failure waits for `get`).
   */
  preloadOn(control: Element | null | undefined): void;
}

export function lazyCode<M>(load: () => Promise<M>): LazyCode<M> {
  let loading: Promise<M> | undefined;
  const get = (): Promise<M> =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  return {
    get,
    preloadOn(control) {
      const preload = () => void get().catch(() => {});
      for (const type of ['pointerenter', 'focusin']) control?.addEventListener(type, preload, { once: true });
    },
  };
}

/** What an import says when its code could not be loaded (the reader went offline since the page loaded). */
export const importCodeFailed =
  'Import failed: the page could not load the code that reads an import (the connection may be down). Nothing was changed: try again once you are online, or reload the page.';
