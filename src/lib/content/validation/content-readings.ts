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
  /** Held for the rest of the process (a build): taken without looking at the files again. */
  held?: boolean;
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

/** The kept reading of `root` when it is held (`holdReading`): no need to look at the files. */
export function heldReading(root: string): LoadedContent | undefined {
  const known = readings.get(rootKey(root));
  return known?.held ? known.content : undefined;
}

/**
 * The kept reading of the content under `root`, when it is held or its files have not changed
 * since; else undefined.
 */
export function keptReading(root: string, stamp?: string): LoadedContent | undefined {
  const known = readings.get(rootKey(root));
  if (known?.held) return known.content;
  return known?.stamp === (stamp ?? contentStamp(rootKey(root))) ? known.content : undefined;
}

/**
 * Holds `content` as the reading of its root for the rest of the process: a build, which validated
 * exactly this reading before it started and stops on any problem in it. The content layer's loaders
 * (one per collection) and the pages then take it without stamping the files under content/ again, a
 * directory walk and a `stat` of every file each time (about 30 times a build). It is the reading
 * given, not whichever is kept for its root: a file edited after the validation (and read again since)
 * or a reading made by `loadContent`, never kept, would otherwise have the build render content no
 * one validated, or take none. The dev server never holds its reading, so that an edit is read again.
 */
export function holdReading(content: LoadedContent): void {
  const known = readings.get(rootKey(content.root));
  // A held reading is never compared with the files: its stamp is kept only when it is the one kept.
  readings.set(rootKey(content.root), { stamp: known?.content === content ? known.stamp : '', content, held: true });
}

/** Keeps a reading of the content under `root`, made when its files had this stamp. */
export function keepReading(root: string, stamp: string, content: LoadedContent): void {
  readings.set(rootKey(root), { stamp, content });
}
