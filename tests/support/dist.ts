import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const distDir = join(import.meta.dirname, '../../dist');

/** Fails clearly when the site has not been built, instead of passing over nothing. */
export function requireDist(): void {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (`npm test` does).');
}

export interface BuiltPage {
  /** Site path such as `/roles/lead-ml-engineer/`. */
  path: string;
  file: string;
  html: string;
}

/** Every HTML page of the built site except the 404 page. */
export function builtPages(): BuiltPage[] {
  requireDist();
  return globSync('**/*.html', { cwd: distDir })
    .filter((f) => f !== '404.html')
    .sort()
    .map((f) => ({ path: '/' + f.replace(/index\.html$/, ''), file: f, html: readFileSync(join(distDir, f), 'utf8') }));
}

/** The 404 page, as a host serves it for any missing path. */
export function notFoundPage(): BuiltPage {
  requireDist();
  return { path: '/404.html', file: '404.html', html: readFileSync(join(distDir, '404.html'), 'utf8') };
}
