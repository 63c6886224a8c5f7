/**
 * Starlight's theme select stores the reader's choice under `starlight-theme` when each page opens
 * and at each change, and does not catch a refusal. In a full storage (the quota reached, by the
 * tools' data or anything else of the origin) its setup threw before it listened to the select:
 * the select changed nothing, and every page logged an uncaught QuotaExceededError.
 *
 * A theme is a preference the page can do without keeping: its write is made best-effort here, for
 * that key only, before Starlight's script runs (src/components/overrides/ThemeSelect.astro). The theme then applies to the
 * page open, as chosen. Every other write, the tools' stores' included, still throws as before:
 * they say when the storage is full.
 */
export const themeStorageKey = 'starlight-theme';

/** Makes `Storage#setItem` of the theme's key ignore a refusal; other keys are untouched. Idempotent. */
export function guardThemeWrites(proto: Pick<Storage, 'setItem'> = Storage.prototype): void {
  const setItem = proto.setItem;
  if ((setItem as { themeGuard?: true }).themeGuard) return;
  const guarded = function (this: Storage, key: string, value: string): void {
    if (key !== themeStorageKey) return setItem.call(this, key, value);
    try {
      setItem.call(this, key, value);
    } catch {
      // Not kept: the next page follows the stored choice of before, or the system's.
    }
  };
  proto.setItem = Object.assign(guarded, { themeGuard: true as const });
}

/**
 * Where the browser refuses localStorage (site data blocked), reading `localStorage` throws a
 * SecurityError, and Starlight's theme select, which reads and writes the theme through it without a
 * catch, threw as it started: the select changed nothing, and every page logged the error.
 *
 * There `localStorage` becomes a storage of the theme's key alone, kept in memory for the page open:
 * the select works, the choice lasts until the next page. Any other use of it throws the browser's own
 * refusal, as before, so the tools still find the storage refused and say so (tool-island.ts).
 */
export function themeOnlyStorage(refusal: unknown): Storage {
  let theme: string | null = null;
  const methods: Record<string, (key: string, value?: string) => string | null | void> = {
    getItem: (key) => (key === themeStorageKey ? theme : refuse()),
    setItem: (key, value) => (key === themeStorageKey ? void (theme = String(value)) : refuse()),
    removeItem: (key) => (key === themeStorageKey ? void (theme = null) : refuse()),
  };
  const refuse = (): never => {
    throw refusal;
  };
  return new Proxy({} as Storage, {
    get: (_, name) => (typeof name === 'string' && Object.hasOwn(methods, name) ? methods[name] : refuse()),
    set: refuse,
    has: refuse,
    ownKeys: refuse,
    getOwnPropertyDescriptor: refuse,
  });
}

/** Puts `themeOnlyStorage` in place of a refused `localStorage` of `win`; nothing where it is readable. */
export function keepThemeWhereStorageRefused(win: Pick<Window, 'localStorage'> = window): void {
  try {
    void win.localStorage;
  } catch (refusal) {
    Object.defineProperty(win, 'localStorage', { configurable: true, enumerable: true, value: themeOnlyStorage(refusal) });
  }
}
