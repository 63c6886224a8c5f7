/**
 * `/search-api/pagefind.js`: the Pagefind module the search dialog loads (its `bundlePath`), which is
 * Pagefind's own (`/pagefind/pagefind.js`, imported relatively so the site's base path holds) with
 * `search` also finding other forms of the query's words and the pages that hold all its words but
 * one, and answering queries that find nothing, as src/lib/site/search-fallback.ts says (with the
 * forms of search-word-forms.ts, job titles' abbreviations spelled out), then putting first the pages where one name holds the whole query
 * (search-name-match.ts). Each function is carried as its source text, so each is self-contained.
 */
import type { APIRoute } from 'astro';
import { searchWithFallback } from '~/lib/site/search-fallback';
import { otherWordForms } from '~/lib/site/search-word-forms';
import { nameMatchesFirst } from '~/lib/site/search-name-match';
import { namedSearchFields } from '~/lib/site/search-weights';
import { jobTitleAbbreviations, nameAbbreviations } from '~/lib/site/search-query';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(
    [
      `import * as pagefind from '../pagefind/pagefind.js';`,
      `export const { options, init, preload, filters, mergeIndex, destroy, debouncedSearch } = pagefind;`,
      `const searchWithFallback = ${String(searchWithFallback)};`,
      `const otherWordForms = ${String(otherWordForms)};`,
      `const nameMatchesFirst = ${String(nameMatchesFirst)};`,
      `const namedSearchFields = ${JSON.stringify(namedSearchFields)};`,
      `const otherForms = (word) => otherWordForms(word, ${JSON.stringify(jobTitleAbbreviations)});`,
      `const nameAbbreviations = ${JSON.stringify(nameAbbreviations)};`,
      `export const search = async (term, options) => nameMatchesFirst(await searchWithFallback(pagefind.search, term, options, otherForms), term, namedSearchFields, nameAbbreviations);`,
      '',
    ].join('\n'),
    { headers: { 'content-type': 'text/javascript; charset=utf-8' } },
  );
