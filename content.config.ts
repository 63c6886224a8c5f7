import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { i18nSchema } from '@astrojs/starlight/schema';
import { readingLoader } from './src/lib/content/validation/reading-loader.ts';
import { dataCollectionsByName, type DataCollection } from './src/schemas/collections.ts';
import { docsFrontmatterSchema, withoutHeroImageFiles } from './src/schemas/frontmatter.ts';
import { heldReading } from './src/lib/content/validation/content-readings.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/** An Astro collection for one entry of the shared collections table (the validator reads the same table). */
function define<C extends DataCollection>(c: C) {
  return defineCollection({ loader: readingLoader(c), schema: c.schema as C['schema'] });
}

type DataCollections = { [K in keyof typeof dataCollectionsByName]: ReturnType<typeof define<(typeof dataCollectionsByName)[K]>> };

export const collections = {
  // One frontmatter schema for every page in a build, whose validated reading of the content says
  // that no page's hero has an image file (src/schemas/frontmatter.ts); one for each page otherwise.
  docs: defineCollection({ loader: docsLoader(), schema: docsFrontmatterSchema(() => withoutHeroImageFiles(heldReading(root)?.pages)) }),
  // Overrides of Starlight's interface strings (content/i18n/); Starlight reads it on every page.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  ...(Object.fromEntries(Object.entries(dataCollectionsByName).map(([name, c]) => [name, define(c)])) as DataCollections),
};
