import type { AstroPrerenderer } from 'astro';
import { describe, expect, it } from 'vitest';
import { finishingPrerenderer, pageFile } from './finishing-prerenderer';

describe('pageFile', () => {
  it('names the file Astro writes a page to, in the directory format', () => {
    expect(pageFile('/', '/')).toBe('/index.html');
    expect(pageFile('/ladder/levels/lead/', '/')).toBe('/ladder/levels/lead/index.html');
    expect(pageFile('/404', '/')).toBe('/404.html');
    expect(pageFile('/caf%C3%A9/', '/')).toBe('/café/index.html');
  });

  it('reads the path under the base path the site is served from', () => {
    expect(pageFile('/ml-handbook/', '/ml-handbook/')).toBe('/index.html');
    expect(pageFile('/ml-handbook', '/ml-handbook')).toBe('/index.html');
    expect(pageFile('/ml-handbook/ladder/', '/ml-handbook')).toBe('/ladder/index.html');
    expect(pageFile('/ml-handbook/404', '/ml-handbook/')).toBe('/404.html');
  });
});

describe('finishingPrerenderer', () => {
  const route = (type: string) => ({ routeData: { type } as never });
  /** A prerenderer that answers each request with `body`, as the default one does. */
  const fake = (body: string, init: ResponseInit = {}): AstroPrerenderer => ({
    name: 'fake',
    getStaticPaths: async () => [],
    render: async () => ({ response: new Response(body, { headers: { 'content-type': 'text/html' }, ...init }), metadata: { kept: true } as never }),
  });
  const finished: [string, string][] = [];
  const finish = (file: string, html: string) => (finished.push([file, html]), html.toUpperCase());

  it('finishes a page before Astro writes it, keeping its status, headers and metadata', async () => {
    const prerenderer = finishingPrerenderer(fake('<p>page</p>', { status: 404 }), { base: '/docs/', finish });
    const result = (await prerenderer.render(new Request('http://x/docs/404'), route('page'))) as { response: Response; metadata: unknown };
    expect(await result.response.text()).toBe('<P>PAGE</P>');
    expect(result.response.status).toBe(404);
    expect(result.response.headers.get('content-type')).toBe('text/html');
    expect(result.metadata).toEqual({ kept: true });
    expect(finished.at(-1)).toEqual(['/404.html', '<p>page</p>']);
  });

  it('leaves what is not a page as it was made: endpoints and redirects', async () => {
    const count = finished.length;
    for (const [type, init] of [['endpoint', {}], ['page', { status: 301 }]] as const) {
      const result = (await finishingPrerenderer(fake('text', init), { base: '/', finish }).render(new Request('http://x/llms.txt'), route(type))) as { response: Response };
      expect(await result.response.text()).toBe('text');
    }
    expect(finished.length).toBe(count);
  });
});
