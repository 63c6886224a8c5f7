import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createGzip } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface ServeOptions {
  /** Headers for every response, or for each path (as a host configured by dist/_headers sends them). */
  headers?: Record<string, string> | ((path: string) => Record<string, string>);
  /** Compress text responses with gzip when the client accepts it, as hosts do. */
  gzip?: boolean;
  /** The base path the site was built for (`/ml-handbook/`): served there, as its host serves it; `/` by default. */
  base?: string;
}

/**
 * The base path the build in `dir` was made for (SITE_URL's path, `/ml-handbook/`): the path of
 * its home page's canonical address; `/` when it has none. Read from the build, not from the
 * environment, so a script serves the build as it is, whatever SITE_URL says now.
 */
export function builtBase(dir: string): string {
  const home = join(dir, 'index.html');
  const canonical = existsSync(home) ? /<link\s+rel="canonical"\s+href="([^"]+)"/.exec(readFileSync(home, 'utf8'))?.[1] : undefined;
  return canonical && URL.canParse(canonical) ? new URL(canonical).pathname.replace(/\/?$/, '/') : '/';
}

/** `dir` served under the base path it was built for (`builtBase`); `url` ends with that path, without its last slash, so that `url + page path` is a page. */
export async function serveBuild(dir: string, options: Omit<ServeOptions, 'base'> = {}) {
  const base = builtBase(dir);
  const site = await serveDirectory(dir, { ...options, base });
  return { ...site, url: site.url + base.replace(/\/$/, '') };
}

/** A static server for `dist/` on 127.0.0.1 with a free port; like a static host, it serves 404.html for missing paths. */
export async function serveDirectory(dir: string, options: ServeOptions = {}): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const requested = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const base = options.base ?? '/';
    // The path in the site; outside the base path there is nothing (the page not found is served).
    const path = requested.startsWith(base) ? requested.slice(base.length - 1) : undefined;
    let file = normalize(join(dir, path ?? '/'));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = path !== undefined && existsSync(file);
    if (!found) file = join(dir, '404.html');
    const type = types[extname(file)] ?? 'application/octet-stream';
    const extra = typeof options.headers === 'function' ? options.headers(path ?? requested) : options.headers;
    const gzip = options.gzip && /text|json|svg|xml/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
    res.writeHead(found ? 200 : 404, { 'content-type': type, ...extra, ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) });
    const body = createReadStream(file);
    (gzip ? body.pipe(createGzip()) : body).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server, close: () => new Promise((r) => server.close(() => r())) };
}
