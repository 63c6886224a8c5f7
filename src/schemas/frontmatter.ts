import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import { idSchema } from './common.ts';

export const pageTypeValues = ['home', 'role', 'level', 'competency', 'comparison', 'guide', 'tool', 'reference'] as const;

/** Fields this handbook adds to Starlight's frontmatter. */
export const handbookFrontmatterSchema = z.object({
  pageType: z
    .enum(pageTypeValues)
    .default('guide')
    .describe('Kind of page, shown as a search filter (`Content type`).'),
  role: idSchema.optional().describe('Id of the role the page belongs to, when it belongs to one.'),
  terms: z.array(idSchema).default([]).describe('Ids of glossary terms the page uses; they are linked from the page.'),
  searchKeywords: z
    .array(z.string().trim().min(1))
    .default([])
    .describe(
      'Names readers search for that this page is the place for, when neither its title nor the data it shows holds them, e.g. `What changed` for the changelog. Search ranks the page first for them; they are not shown.',
    ),
  sectionSearchWords: z
    .record(
      z.string().regex(/^[^\s#A-Z]+$/, 'a heading’s anchor, without `#`, e.g. `how-this-role-evolves-over-time`'),
      z.array(z.string().trim().min(1)).min(1),
    )
    .default({})
    .describe(
      'For a section, by its heading’s anchor: the words readers use for what it holds, where its heading and text say it otherwise, e.g. `how-this-role-evolves-over-time: [the longer you stay in the job]`. Search finds the section by them. The page does not show them, but they may appear in the excerpt under the section’s search result: write each as a readable phrase. Each anchor must be a heading of the page.',
    ),
});

/**
 * Starlight's frontmatter schema with the handbook's fields, as the `docs` collection's schema.
 *
 * `<StarlightPage>` (every page generated from data) builds this schema anew for each page it
 * renders, about a millisecond a page: with hundreds of comparison pages, the largest cost of a build
 * that plain Starlight pages do not have. The image helper it passes captures nothing (it only checks
 * for an imported image), so one schema serves every generated page. The content layer's helpers
 * resolve image paths relative to each entry's file and are never shared. Should Starlight's helper
 * change, the schema is simply built for each page again.
 */
export function docsFrontmatterSchema() {
  const build = docsSchema({ extend: handbookFrontmatterSchema });
  let forStarlightPage: ReturnType<typeof build> | undefined;
  return (context: Parameters<typeof build>[0]) => (String(context.image).includes('<StarlightPage>') ? (forStarlightPage ??= build(context)) : build(context));
}
