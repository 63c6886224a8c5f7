import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { i18nSchema } from '@astrojs/starlight/schema';
import { readingLoader } from './src/lib/content/validation/reading-loader.ts';
import { dataCollectionsByName, type DataCollection } from './src/schemas/collections.ts';
import { docsFrontmatterSchema } from './src/schemas/frontmatter.ts';

/** An Astro collection for one entry of the shared collections table (the validator reads the same table). */
function define<C extends DataCollection>(c: C) {
  return defineCollection({ loader: readingLoader(c), schema: c.schema as C['schema'] });
}

type DataCollections = { [K in keyof typeof dataCollectionsByName]: ReturnType<typeof define<(typeof dataCollectionsByName)[K]>> };

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsFrontmatterSchema() }),
  // Overrides of Starlight's interface strings (content/i18n/); Starlight reads it on every page.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  ...(Object.fromEntries(Object.entries(dataCollectionsByName).map(([name, c]) => [name, define(c)])) as DataCollections),
};
