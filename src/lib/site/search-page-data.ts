/**
 * One call at a time per key, for the search's `data()` calls of a page (src/lib/site/handbook-search.ts):
 * Pagefind keeps one object per page and rewrites it at each `data()` call of any result of that
 * page, so two calls of one page must not overlap. Self-contained (no imports): the dialog's module
 * carries its source text.
 */

/** What `oneAtATimePerKey` returns: `run` a call after the key's pending ones; `pending`, how many keys have calls not yet settled. */
export interface OneAtATime {
  run<T>(key: string, call: () => Promise<T>): Promise<T>;
  readonly pending: number;
}

/**
 * Runs each call after the calls of the same key that came before it have settled (a failed one
 * too). It holds only the last pending call of each key, as a promise of nothing: a key leaves once
 * its calls have settled, so the search keeps no page's data between queries (the dialog's module
 * lives as long as the page, and a copy kept per page grew with every page a session found) and
 * hands no call another's result: each call's value is its own, from its own `call`, so a page
 * found again after the index is loaded anew gets that load's data.
 */
export function oneAtATimePerKey(): OneAtATime {
  const last = new Map<string, Promise<void>>();
  return {
    run<T>(key: string, call: () => Promise<T>): Promise<T> {
      const value = (last.get(key) ?? Promise.resolve()).then(call);
      const settled = value.then(
        () => undefined,
        () => undefined,
      );
      last.set(key, settled);
      void settled.then(() => {
        if (last.get(key) === settled) last.delete(key);
      });
      return value;
    },
    get pending() {
      return last.size;
    },
  };
}
