import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keepThemeWhereStorageRefused, themeOnlyStorage, themeStorageKey } from './theme-storage';

const refusal = new Error('The operation is insecure.');

describe('themeOnlyStorage', () => {
  it('keeps the theme for the page and refuses every other use as the browser did', () => {
    const storage = themeOnlyStorage(refusal);
    expect(storage.getItem(themeStorageKey)).toBeNull();
    storage.setItem(themeStorageKey, 'light');
    expect(storage.getItem(themeStorageKey)).toBe('light');
    storage.removeItem(themeStorageKey);
    expect(storage.getItem(themeStorageKey)).toBeNull();
    expect(() => storage.getItem('another-key')).toThrow(refusal);
    expect(() => storage.setItem('another-key', 'x')).toThrow(refusal);
    expect(() => storage.length).toThrow(refusal);
    expect(() => storage.clear()).toThrow(refusal);
    expect(() => Object.keys(storage)).toThrow(refusal);
  });
});

describe('keepThemeWhereStorageRefused', () => {
  it('replaces a localStorage whose reading throws', () => {
    const win = {} as Window;
    Object.defineProperty(win, 'localStorage', { configurable: true, get: () => { throw refusal; } });
    keepThemeWhereStorageRefused(win);
    win.localStorage.setItem(themeStorageKey, 'dark');
    expect(win.localStorage.getItem(themeStorageKey)).toBe('dark');
    expect(() => win.localStorage.getItem('handbook:probe')).toThrow(refusal);
  });

  it('leaves a readable localStorage alone', () => {
    const storage = {} as Storage;
    const win = { localStorage: storage } as Window;
    keepThemeWhereStorageRefused(win);
    expect(win.localStorage).toBe(storage);
  });
});

describe('the theme provider’s inline script', () => {
  // Inline before the first paint, it cannot import the key: it names Starlight's key in its text.
  it('reads the theme under the key the guards keep', () => {
    const source = readFileSync(new URL('../../components/overrides/ThemeProvider.astro', import.meta.url), 'utf8');
    expect(source).toContain(`localStorage.getItem('${themeStorageKey}')`);
  });
});
