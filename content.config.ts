import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { i18nSchema } from '@astrojs/starlight/schema';
import { readContent } from './src/lib/content/validation/content-reading.ts';
import { dataCollectionsByName, type DataCollection } from './src/schemas/collections.ts';
import { docsFrontmatterSchema } from './src/schemas/frontmatter.ts';

/**
 * The entries of one data collection from the build's one reading of the content (the reading
 * parsed every file and checked each entry against this same schema): the files are not parsed
 * again. An entry the reading found invalid goes through Astro's own check, which reports it (the
 * build has stopped before this; the dev server shows the error).
 */
function fromContentReading(c: DataCollection): Loader {
  return {
    name: 'handbook-content-reading',
    load: async ({ config, store, parseData, watcher }) => {
      const root = fileURLToPath(config.root);
      const fill = async () => {
        const entries = readContent(root).entries.filter((e) => e.collection === c.name);
        store.clear();
        for (const e of entries) {
          const data = e.valid ? (e.data as Record<string, unknown>) : await parseData({ id: e.id, data: e.data as Record<string, unknown> });
          store.set({ id: e.id, data, filePath: e.file });
        }
      };
      await fill();
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(`${root}content/`) && /\.ya?ml$/.test(path)) void fill();
      });
    },
  };
}

/** An Astro collection for one entry of the shared collections table (the validator reads the same table). */
function define<C extends DataCollection>(c: C) {
  return defineCollection({ loader: fromContentReading(c), schema: c.schema as C['schema'] });
}

type DataCollections = { [K in keyof typeof dataCollectionsByName]: ReturnType<typeof define<(typeof dataCollectionsByName)[K]>> };

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsFrontmatterSchema() }),
  // Overrides of Starlight's interface strings (content/i18n/); Starlight reads it on every page.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  ...(Object.fromEntries(Object.entries(dataCollectionsByName).map(([name, c]) => [name, define(c)])) as DataCollections),
};
