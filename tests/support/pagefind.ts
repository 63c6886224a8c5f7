import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface SearchHit {
  url: string;
  title: string;
  excerpt: string;
}

/**
 * Searches a built site's Pagefind index from Node: Pagefind fetches its index files, so `fetch`
 * is shimmed to serve them from disk while the search runs.
 */
export async function searchDist(dist: string, query: string, limit = 10): Promise<SearchHit[]> {
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'file:///');
    const path = url.protocol === 'file:' ? decodeURIComponent(url.pathname) : join(dist, url.pathname);
    const file = path.startsWith(dist) ? path : join(dist, path);
    return new Response(new Uint8Array(await readFile(file)));
  }) as typeof fetch;
  try {
    const pagefind = await import(/* @vite-ignore */ `${pathToFileURL(join(dist, 'pagefind/pagefind.js')).href}?t=${Date.now()}`);
    await pagefind.options({ baseUrl: '/', basePath: pathToFileURL(join(dist, 'pagefind')).href + '/' });
    await pagefind.init();
    const { results } = await pagefind.search(query);
    const hits: SearchHit[] = [];
    for (const r of results.slice(0, limit)) {
      const data = await r.data();
      hits.push({ url: data.url, title: data.meta?.title ?? '', excerpt: data.excerpt });
    }
    await pagefind.destroy?.();
    return hits;
  } finally {
    globalThis.fetch = realFetch;
  }
}
