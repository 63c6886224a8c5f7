/**
 * The guards of the theme's storage (src/lib/browser/theme-storage.ts), put in place before Starlight's theme select
 * runs (ThemeSelect.astro): first the theme-only storage where the browser refuses storage, then the
 * best-effort write of the theme in a full one.
 */
import { guardThemeWrites, keepThemeWhereStorageRefused } from '~/lib/browser/theme-storage';

keepThemeWhereStorageRefused();
guardThemeWrites();
