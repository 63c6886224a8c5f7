import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { headerPolicy } from '../../src/security/csp.ts';
import { nginxServer } from '../../src/security/headers.ts';

export interface ServedSite {
  /** Address of the site: its origin (`http://127.0.0.1:41234`), and its base path when it has one (`…/ml-handbook`, no slash at the end). */
  url: string;
  /** Stops nginx and removes its files. */
  close(): Promise<void>;
}

/** A port on 127.0.0.1 that nothing listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** nginx's own mime.types, beside the configuration file it was built with (`nginx -V`). */
function mimeTypes(nginx: string): string {
  const built = spawnSync(nginx, ['-V'], { encoding: 'utf8' }).stderr;
  const conf = /--conf-path=(\S+)/.exec(built)?.[1];
  const file = conf ? join(dirname(conf), 'mime.types') : '';
  if (!file || !existsSync(file)) throw new Error(`nginx (${nginx}) has no mime.types beside its configuration (${conf ?? 'no --conf-path in nginx -V'}).`);
  return file;
}

/**
 * Serves `root` with nginx on 127.0.0.1, in the foreground, with the server block of
 * src/security/headers.ts (the one the hosting guide shows): every page arrives with its
 * Content-Security-Policy and security headers as HTTP headers, as on a real host. Resolves once
 * nginx answers. With `base` (`/ml-handbook/`, a site built for a base path), `root` is served in that
 * folder of the domain, as a GitHub Pages project site is.
 */
export async function serveWithNginx(nginx: string, root: string, { base = '/' }: { base?: string } = {}): Promise<ServedSite> {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-nginx-'));
  for (const temp of ['client', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, temp));
  // Under a base path the server's root is a folder that holds the site in the base's folder.
  const servedRoot = base === '/' ? root : join(dir, 'www');
  if (base !== '/') {
    mkdirSync(join(servedRoot, dirname(base.replace(/^\/|\/$/g, ''))), { recursive: true });
    symlinkSync(root, join(servedRoot, base.replace(/^\/|\/$/g, '')));
  }
  const types = mimeTypes(nginx);
  let lastError = '';
  // Another process may take the free port before nginx binds it: try again with another.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const config = [
      'daemon off;',
      'worker_processes 1;',
      // As root, nginx's workers would run as `nobody`, who may not be able to read the checkout.
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {',
      `  include ${types};`,
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${join(dir, t === 'client_body' ? 'client' : t)};`),
      nginxServer(headerPolicy(), { listen: `127.0.0.1:${port}`, root: servedRoot, serverName: '127.0.0.1', base }).replace(/^/gm, '  '),
      '}',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'nginx.conf'), config);
    const child = spawn(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
    let exited = false;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const stopped = new Promise<void>((resolve) =>
      child.on('close', () => {
        exited = true;
        resolve();
      }),
    );
    const url = `http://127.0.0.1:${port}${base.replace(/\/$/, '')}`;
    // Ready when it answers (asked every 25 ms); it has failed when it exits first or takes a minute.
    const giveUp = Date.now() + 60_000;
    while (!exited && Date.now() < giveUp) {
      const ok = await fetch(url + '/', { signal: AbortSignal.timeout(2000) }).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) {
        return {
          url,
          async close() {
            child.kill('SIGQUIT');
            await stopped;
            rmSync(dir, { recursive: true, force: true });
          },
        };
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    if (!exited) {
      child.kill('SIGKILL');
      await stopped;
    }
    lastError = [stderr, existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''].join('\n').trim();
    if (!/Address already in use/.test(lastError)) break;
  }
  rmSync(dir, { recursive: true, force: true });
  throw new Error(`nginx (${nginx}) did not start:\n${lastError}`);
}
