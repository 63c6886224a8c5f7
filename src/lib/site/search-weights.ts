/**
 * How the handbook's search ranks its pages: Pagefind's ranking options and the weights the pages
 * give their parts (`data-pagefind-weight`), in one place, each with the reason for its value.
 * Measured by `npm run bench:search` on tests/search/queries.yaml.
 */

/**
 * Pagefind's ranking options (Starlight's `pagefind.ranking`), passed to the search dialog and used
 * by the search benchmark, so both rank alike. Every option is set here rather than left to
 * Starlight's defaults, which the measured figures would otherwise silently depend on.
 */
export const searchRanking = {
  pageLength: 0.1,
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
  diacriticSimilarity: 0.8,
  metaWeights: { title: 5 },
} as const;
