/**
 * Starlight's theme select stores the reader's choice under `starlight-theme` when each page opens
 * and at each change, and does not catch a refusal. In a full storage (the quota reached, by the
 * tools' data or anything else of the origin) its setup threw before it listened to the select:
 * the select changed nothing, and every page logged an uncaught QuotaExceededError.
 *
 * A theme is a preference the page can do without keeping: its write is made best-effort here, for
 * that key only, before Starlight's script runs (ThemeSelect.astro). The theme then applies to the
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

guardThemeWrites();
