import { z } from 'astro/zod';
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
});
