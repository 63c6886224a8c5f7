/**
 * The content layer's loader for a data collection: its entries come from the build's one reading
 * of the content (`content-reading.ts`), so Astro does not parse the files again.
 *
 * In a build (no watcher) the reading has already checked every entry against this collection's
 * schema and the build has stopped on any problem, so each entry is stored as the reading parsed
 * it. In `astro dev` (a watcher) the content and even the schemas can change while the server
 * runs: every entry goes through Astro's own check from its value as written, which applies the
 * schema as it is now and shows a problem in the browser, and the collection is filled again when
 * a YAML file under content/ changes. A file that does not parse stops the loader with its
 * problems, instead of leaving the collection silently without its entries.
 */
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { DataCollection } from '../../../schemas/collections.ts';
import { keptReading } from './content-readings.ts';
import type { Entry, LoadedContent } from './load.ts';

type Reading = Pick<LoadedContent, 'entries' | 'problems' | 'unreadable'>;

/**
 * The reading the configuration made, or a new one (the dev server after an edit, `astro sync`
 * alone). The reader's modules are imported only then: this module is loaded through Vite when the
 * build syncs content, where each module imported costs a transform on the build's critical path.
 */
async function reading(root: string): Promise<Reading> {
  return keptReading(root) ?? (await import('./content-reading.ts')).readContent(root);
}

/** The value of an entry as its file writes it (before the schema's defaults and transforms). */
export function writtenValue(entry: Pick<Entry, 'source' | 'pathPrefix'>): Record<string, unknown> {
  return entry.pathPrefix.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], entry.source.value) as Record<string, unknown>;
}

/** Whether a file (relative, forward slashes) belongs to a collection. */
export function isCollectionFile(c: DataCollection, file: string): boolean {
  return c.kind === 'list' ? file === c.file : file.startsWith(`${c.base}/`);
}

export function readingLoader(c: DataCollection, read: (root: string) => Reading | Promise<Reading> = reading): Loader {
  return {
    name: 'handbook-content-reading',
    load: async ({ config, store, parseData, watcher }) => {
      const root = fileURLToPath(config.root);
      const fill = async () => {
        const content = await read(root);
        if (content.unreadable.has(c.name)) {
          const { formatProblem } = await import('./format.ts');
          const unparsed = content.problems.filter((p) => p.rule === 'yaml-syntax' && isCollectionFile(c, p.file));
          throw new Error(`The ${c.name} collection cannot be read:\n${unparsed.map(formatProblem).join('\n')}`);
        }
        store.clear();
        for (const e of content.entries.filter((entry) => entry.collection === c.name)) {
          const data = watcher || !e.valid ? await parseData({ id: e.id, data: writtenValue(e), filePath: e.file }) : (e.data as Record<string, unknown>);
          store.set({ id: e.id, data, filePath: e.file });
        }
      };
      await fill();
      const contentDir = `${root.replace(/[\\/]$/, '')}${sep}content${sep}`;
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(contentDir) && /\.ya?ml$/.test(path)) fill().catch((error: unknown) => console.error(error instanceof Error ? error.message : error));
      });
    },
  };
}
