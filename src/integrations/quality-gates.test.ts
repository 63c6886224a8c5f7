import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { editBaseUrl } from '../site';
import { qualityGates } from './quality-gates';

const temp = mkdtempSync(join(tmpdir(), 'quality-gates-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** A built site of two pages, one of which links to a page that was never built. */
function builtSite(): URL {
  const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body><main>${body}</main></body></html>`;
  mkdirSync(join(temp, 'about'), { recursive: true });
  writeFileSync(join(temp, 'index.html'), page('<a href="/about/">About</a> <a href="/nowhere/">Gone</a>'));
  writeFileSync(join(temp, 'about', 'index.html'), page('<a href="/">Home</a>'));
  return pathToFileURL(`${temp}/`);
}

describe('the quality gates, on a built site with a broken link', () => {
  it('stop `astro build` with the list of broken links as its only message (no unhandled-error frame, no stack trace)', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
      throw new Error(`process.exit(${code})`);
    }) as never);
    const logger = { error: vi.fn(), warn: vi.fn(), info: vi.fn() };
    const hook = qualityGates().hooks['astro:build:done']!;
    expect(() => hook({ dir: builtSite(), logger } as never)).toThrow('process.exit(1)');
    expect(exit).toHaveBeenCalledWith(1);
    expect(logger.error).toHaveBeenCalledTimes(1);
    const report = String(logger.error.mock.calls[0]![0]);
    expect(report).toMatch(/^1 broken link\(s\) in the built site:\n/);
    expect(report).toContain('/ → /nowhere/');
    expect(report).not.toContain('/about/');
  });
});

/** Runs `render` through the prerenderer the gates set in `astro:build:start`, over a fake one that answers `html` for each request. */
async function renderThroughGates(gates: ReturnType<typeof qualityGates>, pages: Record<string, string>): Promise<Record<string, string>> {
  let wrap: ((p: never) => { render: (request: Request, options: never) => Promise<unknown> }) | undefined;
  gates.hooks['astro:build:start']!({ setPrerenderer: (factory: never) => (wrap = factory), logger: { error: vi.fn(), warn: vi.fn(), info: vi.fn() } } as never);
  const fake = { name: 'fake', render: async (request: Request) => new Response(pages[new URL(request.url).pathname], { headers: { 'content-type': 'text/html' } }) };
  const prerenderer = wrap!(fake as never);
  const written: Record<string, string> = {};
  for (const path of Object.keys(pages)) {
    const rendered = (await prerenderer.render(new Request(`http://localhost${path}`), { routeData: { type: 'page' } } as never)) as Response | { response: Response };
    written[path] = await (rendered instanceof Response ? rendered : rendered.response).text();
  }
  return written;
}

describe('the quality gates, when a page was finished for a file the build did not write', () => {
  it('stop `astro build` with a message only (no stack trace)', async () => {
    vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
      throw new Error(`process.exit(${code})`);
    }) as never);
    const site = mkdtempSync(join(tmpdir(), 'quality-gates-unwritten-'));
    writeFileSync(join(site, 'index.html'), '<!doctype html><html lang="en"><head><title>t</title></head><body><main><p>x</p></main></body></html>');
    const gates = qualityGates();
    await renderThroughGates(gates, { '/elsewhere/': '<!doctype html><html lang="en"><head><title>t</title></head><body><main><p>y</p></main></body></html>' });
    const logger = { error: vi.fn(), warn: vi.fn(), info: vi.fn() };
    expect(() => gates.hooks['astro:build:done']!({ dir: pathToFileURL(`${site}/`), logger } as never)).toThrow('process.exit(1)');
    expect(logger.error).toHaveBeenCalledWith(expect.stringContaining('pages finished for files the build did not write (/elsewhere/index.html)'));
    rmSync(site, { recursive: true, force: true });
  });
});

describe('the quality gates, on pages finished as Astro rendered them', () => {
  it('stop on a broken link at its file and line, and leave a page finished at render as it was written', async () => {
    vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
      throw new Error(`process.exit(${code})`);
    }) as never);
    const project = mkdtempSync(join(tmpdir(), 'quality-gates-project-'));
    const site = mkdtempSync(join(tmpdir(), 'quality-gates-rendered-'));
    mkdirSync(join(project, 'src', 'content', 'docs'), { recursive: true });
    writeFileSync(join(project, 'src', 'content', 'docs', 'guide.mdx'), '---\ntitle: Guide\n---\n\nSee [gone](/nowhere/).\n');
    const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body><main>${body}</main></body></html>`;
    const gates = qualityGates();
    const integrations = [{ name: 'handbook:quality-gates' }, { name: '@astrojs/starlight' }];
    gates.hooks['astro:config:done']!({ config: { root: pathToFileURL(`${project}/`), outDir: pathToFileURL(`${site}/`), base: '/', build: { format: 'directory', assets: '_astro' }, integrations } } as never);
    const written = await renderThroughGates(gates, {
      '/': page('<a href="/guide/">Guide</a>'),
      '/guide/': page(`<p>See <a href="/nowhere/">gone</a>.</p><a href="${editBaseUrl}src/content/docs/guide.mdx">Edit page</a>`),
    });
    // As Astro writes them, long before build:done: a page rewritten then would have a newer time.
    mkdirSync(join(site, 'guide'));
    writeFileSync(join(site, 'index.html'), written['/']!);
    writeFileSync(join(site, 'guide', 'index.html'), written['/guide/']!);
    utimesSync(join(site, 'index.html'), 1000, 1000);

    const logger = { error: vi.fn(), warn: vi.fn(), info: vi.fn() };
    expect(() => gates.hooks['astro:build:done']!({ dir: pathToFileURL(`${site}/`), logger } as never)).toThrow('process.exit(1)');
    expect(logger.error).toHaveBeenCalledTimes(1);
    const report = String(logger.error.mock.calls[0]![0]);
    expect(report).toMatch(/^1 broken link\(s\) in the built site:\n/);
    expect(report).toContain('src/content/docs/guide.mdx:5:');
    expect(report).toContain('`/nowhere/`');
    expect(statSync(join(site, 'index.html')).mtimeMs).toBe(1_000_000);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe(written['/']);
    rmSync(project, { recursive: true, force: true });
    rmSync(site, { recursive: true, force: true });
  });
});

describe('the quality gates, on a built site whose pages link several stylesheets', () => {
  it('link each page to one file holding its stylesheets in order, one file for the pages that link the same ones', () => {
    const site = mkdtempSync(join(tmpdir(), 'quality-gates-css-'));
    const sheets = '<link rel="stylesheet" href="/_astro/print.css" media="print"><link rel="stylesheet" href="/_astro/base.css"><link rel="stylesheet" href="/_astro/page.css">';
    const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title>${sheets}</head><body><main>${body}</main></body></html>`;
    mkdirSync(join(site, '_astro'));
    mkdirSync(join(site, 'about'));
    writeFileSync(join(site, '_astro', 'print.css'), '@media print{a{color:black}}');
    writeFileSync(join(site, '_astro', 'base.css'), 'a{color:red}\n');
    writeFileSync(join(site, '_astro', 'page.css'), 'a{color:blue}');
    writeFileSync(join(site, 'index.html'), page('<a href="/about/">About</a>'));
    writeFileSync(join(site, 'about', 'index.html'), page('<a href="/">Home</a>'));
    const logger = { error: vi.fn(), warn: vi.fn(), info: vi.fn() };
    qualityGates().hooks['astro:build:done']!({ dir: pathToFileURL(`${site}/`), logger } as never);

    const linked = (file: string) => [...readFileSync(join(site, file), 'utf8').matchAll(/<link rel="stylesheet" href="([^"]+)"([^>]*)>/g)].map((m) => m[1]! + m[2]!);
    const home = linked('index.html');
    expect(home).toHaveLength(2);
    expect(home[0]).toBe('/_astro/print.css media="print"');
    expect(linked('about/index.html')).toEqual(home);
    expect(readFileSync(join(site, home[1]!.slice(1)), 'utf8')).toBe('a{color:red}\na{color:blue}\n');
    expect(readdirSync(join(site, '_astro')).filter((f) => f.startsWith('page-styles.'))).toHaveLength(1);
    rmSync(site, { recursive: true, force: true });
  });
});

describe('the quality gates, on a site served under a base path with its own assets folder', () => {
  it('join the stylesheets under that path, read from and written to that folder', () => {
    const site = mkdtempSync(join(tmpdir(), 'quality-gates-base-'));
    mkdirSync(join(site, 'assets'));
    writeFileSync(join(site, 'assets', 'a.css'), 'a{color:red}');
    writeFileSync(join(site, 'assets', 'b.css'), 'b{color:blue}');
    writeFileSync(join(site, 'index.html'), '<!doctype html><html lang="en"><head><title>t</title><link rel="stylesheet" href="/docs/assets/a.css"/><link rel="stylesheet" href="/docs/assets/b.css"></head><body><main><p>x</p></main></body></html>');
    const gates = qualityGates();
    const integrations = [{ name: 'handbook:quality-gates' }, { name: '@astrojs/starlight' }];
    gates.hooks['astro:config:done']!({ config: { base: '/docs', build: { assets: 'assets' }, integrations } } as never);
    gates.hooks['astro:build:done']!({ dir: pathToFileURL(`${site}/`), logger: { error: vi.fn(), warn: vi.fn(), info: vi.fn() } } as never);
    const hrefs = [...readFileSync(join(site, 'index.html'), 'utf8').matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
    expect(hrefs).toEqual([expect.stringMatching(/^\/docs\/assets\/page-styles\.[0-9a-f]+\.css$/)]);
    expect(readFileSync(join(site, 'assets', hrefs[0]!.slice('/docs/assets/'.length)), 'utf8')).toBe('a{color:red}\nb{color:blue}\n');
    rmSync(site, { recursive: true, force: true });
  });
});

describe('the quality gates, given a build format other than directories', () => {
  it('stop `astro build` before any page is rendered, saying the option is not supported and what to do', () => {
    vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
      throw new Error(`process.exit(${code})`);
    }) as never);
    for (const format of ['file', 'preserve']) {
      const gates = qualityGates();
      gates.hooks['astro:config:done']!({ config: { root: pathToFileURL(`${temp}/`), outDir: pathToFileURL(`${temp}/out/`), base: '/', build: { format, assets: '_astro' }, integrations: [{ name: 'handbook:quality-gates' }, { name: '@astrojs/starlight' }] } } as never);
      const logger = { error: vi.fn(), warn: vi.fn(), info: vi.fn() };
      const setPrerenderer = vi.fn();
      expect(() => gates.hooks['astro:build:start']!({ logger, setPrerenderer } as never)).toThrow('process.exit(1)');
      expect(setPrerenderer).not.toHaveBeenCalled();
      expect(logger.error).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`build\\.format '${format}' is not supported\\..*Remove build\\.format`)));
    }
  });
});
