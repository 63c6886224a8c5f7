import { openPagefind } from '../../scripts/search/pagefind-index.ts';

export interface SearchHit {
  url: string;
  title: string;
  excerpt: string;
}

/** The first `limit` results of one query on the Pagefind index of the site built in `dist`. */
export async function searchDist(dist: string, query: string, limit = 10): Promise<SearchHit[]> {
  const index = await openPagefind(dist);
  try {
    const results = await index.search(query, { limit });
    return results.map((data) => ({ url: data.url, title: data.meta['title'] ?? '', excerpt: data.excerpt }));
  } finally {
    await index.close();
  }
}
