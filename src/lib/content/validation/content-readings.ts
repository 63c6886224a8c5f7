/**
 * Where the build's one reading of the content is kept (`content-reading.ts` makes it): per
 * process, per content root, with a stamp of the files under content/ (names, sizes, modification
 * times) that says whether it still holds.
 *
 * Apart from `content-reading.ts`, which imports the whole reader, so that the content layer's
 * loader (`reading-loader.ts`, loaded through Vite when the build syncs content) can take the
 * reading the configuration made without making Vite load the reader's modules. The readings live
 * on `globalThis`: the configuration, the content layer and the pages run in one process, but the
 * pages' code is a bundled copy of these modules, with module state of its own.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { LoadedContent } from './load.ts';

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

/** One key per directory however it is written (`/repo/` from a file URL, `/repo` from process.cwd()). */
const rootKey = (root: string) => resolve(root);

/** The kept reading of the content under `root`, when its files have not changed since; else undefined. */
export function keptReading(root: string, stamp = contentStamp(rootKey(root))): LoadedContent | undefined {
  const known = readings.get(rootKey(root));
  return known?.stamp === stamp ? known.content : undefined;
}

/** Keeps a reading of the content under `root`, made when its files had this stamp. */
export function keepReading(root: string, stamp: string, content: LoadedContent): void {
  readings.set(rootKey(root), { stamp, content });
}
