import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { dataCollections, documentId } from './src/schemas/collections.ts';
import { handbookFrontmatterSchema } from './src/schemas/frontmatter.ts';

const data = Object.fromEntries(
  dataCollections.map((c) => [
    c.name,
    c.kind === 'list'
      ? defineCollection({ loader: file(c.file), schema: c.schema })
      : defineCollection({
          loader: glob({ base: c.base, pattern: c.pattern, generateId: ({ entry }) => documentId(entry) }),
          schema: c.schema,
        }),
  ]),
);

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: handbookFrontmatterSchema }) }),
  ...data,
};
