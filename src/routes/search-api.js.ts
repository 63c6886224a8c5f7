/**
 * `/search-api/pagefind.js`: the Pagefind module the search dialog loads (its `bundlePath`), which is
 * Pagefind's own (`/pagefind/pagefind.js`, imported relatively so the site's base path holds) with
 * `search` also finding other forms of the query's words and the pages that hold all its words but
 * one, and answering queries that find nothing, as src/lib/site/search-fallback.ts says (with the
 * forms of search-word-forms.ts, job titles' abbreviations spelled out, and slips corrected to the
 * nearest word of the handbook's names, search-typos.ts, whose `vocabulary` the module exports for
 * the search benchmark), then putting first the pages where one name holds the whole query
 * (search-name-match.ts). Each function is carried as its source text, so each is self-contained.
 */
import type { APIRoute } from 'astro';
import { searchWithFallback } from '~/lib/site/search-fallback';
import { otherWordForms } from '~/lib/site/search-word-forms';
import { nameMatchesFirst } from '~/lib/site/search-name-match';
import { alsoCalledField, commonWordShare, namedSearchFields } from '~/lib/site/search-weights';
import { pageSharesOf } from '~/lib/site/search-word-shares';
import { nameAbbreviations, spelledOutAbbreviations } from '~/lib/site/search-query';
import { foundAsTyped, nearestNameWords } from '~/lib/site/search-typos';
import { getSearchVocabulary } from '~/data/search';

export const prerender = true;

export const GET: APIRoute = async () =>
  new Response(
    [
      `import * as pagefind from '../pagefind/pagefind.js';`,
      `export const { options, init, preload, filters, mergeIndex, destroy, debouncedSearch } = pagefind;`,
      `const searchWithFallback = ${String(searchWithFallback)};`,
      `const otherWordForms = ${String(otherWordForms)};`,
      `const nameMatchesFirst = ${String(nameMatchesFirst)};`,
      `const namedSearchFields = ${JSON.stringify(namedSearchFields)};`,
      `const nearestNameWords = ${String(nearestNameWords)};`,
      `export const vocabulary = ${JSON.stringify(await getSearchVocabulary())};`,
      `const foundAsTyped = ${String(foundAsTyped)};`,
      `const foundInIndex = (word) => foundAsTyped(pagefind.search, word);`,
      `const otherForms = async (word) => [...otherWordForms(word, ${JSON.stringify(spelledOutAbbreviations)}), ...(await nearestNameWords(word, vocabulary, foundInIndex))];`,
      `const pageSharesOf = ${String(pageSharesOf)};`,
      `const pageShare = pageSharesOf((term) => pagefind.search(term));`,
      `const nameAbbreviations = ${JSON.stringify(nameAbbreviations)};`,
      `export const search = async (term, options) => nameMatchesFirst(await searchWithFallback(pagefind.search, term, options, otherForms, pageShare, ${commonWordShare}), term, namedSearchFields, nameAbbreviations, otherForms, ${JSON.stringify([alsoCalledField])});`,
      '',
    ].join('\n'),
    { headers: { 'content-type': 'text/javascript; charset=utf-8' } },
  );
