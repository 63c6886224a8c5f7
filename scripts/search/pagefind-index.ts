/**
 * A built site's Pagefind index, searched from Node as the browser searches it. Pagefind's script
 * fetches its index files, so while a session is open `fetch` is shimmed to serve them from disk;
 * `close()` puts the real `fetch` back. One session at a time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SearchHit } from '../../src/lib/site/search-eval.ts';
import { handbookSearch, searchParts } from '../../src/lib/site/handbook-search.ts';
import type { ReaderWords } from '../../src/lib/site/search-reader-words.ts';
import type { LevelStep } from '../../src/lib/site/search-level-steps.ts';
import type { GlossaryEntryNames } from '../../src/lib/site/search-definitions.ts';
import { searchApiRoute } from '../../src/lib/site/urls.ts';

/** Pagefind's ranking options (`pagefind.options({ ranking })`), as Starlight passes them to its search UI. */
export type PagefindRanking = Record<string, number | Record<string, number>>;

/** One result as Pagefind's `data()` returns it, as far as the handbook reads it. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: { url: string; title: string; excerpt: string; locations: number[]; weighted_locations: { weight: number; balanced_score: number; location: number }[] }[];
  anchors: { id: string; element: string; location: number; text?: string }[];
  /** The page's indexed text, words separated by spaces. */
  content: string;
  word_count: number;
}

export interface PagefindSession {
  /**
   * The first `limit` results of a query (all of them with `limit` Infinity), `null` to list by
   * filters alone; with `fallback`, a query that finds nothing is answered as the search dialog
   * answers it (src/lib/site/search-fallback.ts).
   */
  search(query: string | null, options?: { filters?: Record<string, unknown>; limit?: number; fallback?: boolean | undefined }): Promise<PagefindResultData[]>;
  /** The filters of the index and how many pages have each value. */
  filters(): Promise<Record<string, Record<string, number>>>;
  close(): Promise<void>;
}

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: Record<string, unknown>): Promise<{ results: { id: string; score: number; data(): Promise<PagefindResultData> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
  destroy?(): Promise<void>;
}

/** Opens the index of the site built in `dist`, ranking as `ranking` says (Pagefind's defaults when absent). */
/**
 * The words of the handbook's names that the search dialog corrects slips to, as the built site's
 * search module holds them (src/routes/search-api.js.ts); none for a site without it.
 */
export function builtSearchVocabulary(dist: string): string[] {
  return builtSearchData(dist, 'vocabulary') ?? [];
}

/** The glossary's names as the built site's search module holds them; none for a site without it. */
export function builtGlossaryNames(dist: string): GlossaryEntryNames[] {
  return builtSearchData(dist, 'glossaryNames') ?? [];
}

/** The levels' names, tracks and ranks as the built site's search module holds them; none for a site without it. */
export function builtLevelSteps(dist: string): LevelStep[] {
  return builtSearchData(dist, 'levelSteps') ?? [];
}

/** The readers' thesaurus as the built site's search module holds it; none for a site without it. */
export function builtReaderWords(dist: string): ReaderWords {
  return builtSearchData(dist, 'readerWords') ?? {};
}

/** The interview kits' names as the built site's search module holds them; none for a site without it. */
export function builtKitNames(dist: string): string[] {
  return builtSearchData(dist, 'kitNames') ?? [];
}

/** The lexicon as the built site's search module holds it; none for a site without it. */
export function builtLexicon(dist: string): ReaderWords {
  return builtSearchData(dist, 'lexicon') ?? {};
}

/** A constant the built site's search module exports as JSON (`export const <name> = …;`). */
function builtSearchData<T>(dist: string, name: string): T | undefined {
  const file = join(dist, searchApiRoute.href);
  if (!existsSync(file)) return undefined;
  const line = new RegExp(`^export const ${name} = (.*);$`, 'm').exec(readFileSync(file, 'utf8'));
  return line ? (JSON.parse(line[1]!) as T) : undefined;
}

export async function openPagefind(dist: string, ranking?: PagefindRanking): Promise<PagefindSession> {
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'file:///');
    const path = url.protocol === 'file:' ? decodeURIComponent(url.pathname) : join(dist, url.pathname);
    const file = path.startsWith(dist) ? path : join(dist, path);
    return new Response(new Uint8Array(await readFile(file)));
  }) as typeof fetch;
  try {
    // A fresh module per session: Pagefind keeps its index in module state.
    const pagefind = (await import(/* @vite-ignore */ `${pathToFileURL(join(dist, 'pagefind/pagefind.js')).href}?t=${Date.now()}`)) as PagefindModule;
    await pagefind.options({ baseUrl: '/', basePath: pathToFileURL(join(dist, 'pagefind')).href + '/', ...(ranking ? { ranking } : {}) });
    await pagefind.init();
    // The dialog's search, put together as its module does (src/routes/search-api.js.ts).
    const dialogSearch = handbookSearch({ ...searchParts, search: (t, o) => pagefind.search(t, o as Record<string, unknown>), vocabulary: builtSearchVocabulary(dist), readerWords: builtReaderWords(dist), lexicon: builtLexicon(dist), glossaryNames: builtGlossaryNames(dist), levelSteps: builtLevelSteps(dist), kitNames: builtKitNames(dist) });
    return {
      async search(query, { filters, limit = 10, fallback = false } = {}) {
        const options = filters ? { filters } : {};
        const { results } =
          fallback && query !== null ? await dialogSearch(query, options) : await pagefind.search(query, options);
        return Promise.all(results.slice(0, limit).map((r) => r.data()));
      },
      filters: () => pagefind.filters(),
      async close() {
        await pagefind.destroy?.();
        globalThis.fetch = realFetch;
      },
    };
  } catch (error) {
    globalThis.fetch = realFetch;
    throw error;
  }
}

/** A result as the evaluation reads it: its page and the sections that matched. */
export const asSearchHit = (data: PagefindResultData): SearchHit => ({
  url: data.url,
  subResults: data.sub_results.map((s) => ({ url: s.url, locations: s.locations })),
  anchors: data.anchors.map((a) => ({ id: a.id, element: a.element, location: a.location })),
});
