import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import { idSchema } from './common.ts';

export const pageTypeValues = ['home', 'role', 'level', 'competency', 'comparison', 'guide', 'tool', 'reference', 'editing'] as const;

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
 * Astro calls the schema function once per page with that page's image helper, and building
 * Starlight's schema costs about 4 ms each time (its hero, head and sidebar schemas; 0.25–0.3 s of a
 * build's CPU for the MDX pages). The helper only matters to a page whose hero has an image `file`
 * (or `dark` and `light`): it resolves the path from the page's own file. So one schema serves:
 * - every page `<StarlightPage>` renders (every page generated from data): the image helper it
 *   passes captures nothing (it only checks for an imported image);
 * - every content page, when `withoutImageFiles()` says that no page's hero has an image file (a
 *   build, from the reading it validated: `withoutHeroImageFiles` in content.config.ts). Its image helper refuses any
 *   value, so a page the reading did not see that does have one stops the build instead of
 *   rendering a wrong path.
 * Otherwise (the dev server, where pages change while it runs) the schema is built for each page.
 * Should Starlight's helper change, the schema is simply built for each page again.
 */
export function docsFrontmatterSchema(withoutImageFiles: () => boolean = () => false) {
  const build = docsSchema({ extend: handbookFrontmatterSchema });
  let forStarlightPage: ReturnType<typeof build> | undefined;
  let forEveryPage: ReturnType<typeof build> | undefined;
  const noImageFile = () =>
    z.string().transform((_, ctx) => {
      ctx.addIssue({ code: 'custom', message: 'a hero image file, which the reading of the content made as the build started did not have: build again' });
      return z.NEVER;
    });
  return (context: Parameters<typeof build>[0]) => {
    if (String(context.image).includes('<StarlightPage>')) return (forStarlightPage ??= build(context));
    if (withoutImageFiles()) return (forEveryPage ??= build({ ...context, image: noImageFile as unknown as typeof context.image }));
    return build(context);
  };
}

/**
 * Whether no page's hero has an image file (`hero.image.file`, `dark` or `light`), which Astro's image
 * helper resolves for the page; false without pages to look at (no reading held: the dev server).
 */
export function withoutHeroImageFiles(pages: readonly { frontmatter: Record<string, unknown> }[] | undefined): boolean {
  return pages !== undefined && pages.every(({ frontmatter }) => {
    const image = (frontmatter['hero'] as { image?: unknown } | undefined)?.image;
    return !(image && typeof image === 'object' && ['file', 'dark', 'light'].some((key) => key in image));
  });
}
