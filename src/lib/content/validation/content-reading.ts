/**
 * One reading of the content per build. The configuration reads and validates every content file
 * as the build starts (astro.config.mjs); the content layer's loaders (content.config.ts), the
 * data modules and the materials routes then take that same reading instead of parsing the files
 * again. A reading is reused while the files under content/ are unchanged (same names, sizes and
 * modification times), so the dev server reads again after an edit.
 *
 * The readings live on `globalThis`: the configuration, the content layer and the pages run in one
 * process, but the pages' code is a bundled copy of these modules, with module state of its own.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadContent, type LoadedContent } from './load.ts';

interface Reading {
  stamp: string;
  content: LoadedContent;
}

const key = Symbol.for('ml-career-handbook.content-readings');
const readings = ((globalThis as { [key]?: Map<string, Reading> })[key] ??= new Map<string, Reading>());

/** The names, sizes and modification times of the files under `root/content`, as one string. */
export function contentStamp(root: string): string {
  const dir = join(root, 'content');
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      const { size, mtimeMs } = statSync(file);
      return `${relative(dir, file)}\t${size}\t${mtimeMs}`;
    })
    .sort()
    .join('\n');
}

/** The content under `root`, read once for as long as its files do not change. */
export function readContent(root: string): LoadedContent {
  // One key per directory however it is written (`/repo/` from a file URL, `/repo` from process.cwd()).
  const dir = resolve(root);
  const stamp = contentStamp(dir);
  const known = readings.get(dir);
  if (known?.stamp === stamp) return known.content;
  const content = loadContent(dir);
  readings.set(dir, { stamp, content });
  return content;
}
