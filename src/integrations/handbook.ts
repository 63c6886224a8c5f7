import type { AstroIntegration } from 'astro';
import { formatReport } from '../lib/content/validation/format.ts';
import type { LoadedContent } from '../lib/content/validation/load.ts';
import { checkContent } from '../lib/content/validation/validate.ts';
import { holdReading } from '../lib/content/validation/content-readings.ts';
import { collectionReferenceRoute, compareIndexRoute, comparePickerCssRoute, comparisonRoute, competencyRoute, ladderJsonRoute, ladderSchemaRoute, levelRoute, llmsRoutes, printRoute, releaseRoute, searchApiRoute } from '../lib/site/urls.ts';
import { baseMismatch } from '../site.ts';
import { stopBuild } from './stop-build.ts';

/**
 * The handbook's build hooks: validates all content before anything renders (a broken reference
 * fails `astro build`, not only `npm run validate`), and injects the pages generated from data.
 * `content` is the content as `loadContent` read it when the configuration was loaded (the sidebar
 * is built from the same reading): the build reads and parses each file once before it starts.
 * `siteBase` is the base path of SITE_URL (src/site.ts), which Astro's `base` must agree with.
 */
export function handbook({ content, siteBase }: { content: LoadedContent; siteBase: string }): AstroIntegration {
  return {
    name: 'handbook',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute, logger }) => {
        // The pages generated here, like the MDX pages, write their links from the site's root (urls.ts),
        // and the finishing of the pages puts them under the base path of SITE_URL: a `--base` that
        // disagrees with it would leave the canonical links, llms.txt and ladder.json elsewhere.
        const refusal = baseMismatch(config.base, siteBase);
        if (refusal) stopBuild(logger, refusal);
        const { problems, filesChecked } = checkContent(content);
        if (problems.length) {
          const report = formatReport(problems, filesChecked);
          if (command === 'build') stopBuild(logger, `Content validation failed:\n${report}`);
          logger.warn(`Content validation found problems:\n${report}`);
        }
        // A build takes this reading, the one just validated, for everything it makes: the loaders and
        // the pages need not check that the files under content/ are unchanged (content-readings.ts).
        if (command === 'build') holdReading(content);
        const route = ({ pattern }: { pattern: string }, file: string) =>
          injectRoute({ pattern, entrypoint: new URL(`../routes/${file}`, import.meta.url), prerender: true });
        route(levelRoute, 'level.astro');
        route(competencyRoute, 'competency.astro');
        route(compareIndexRoute, 'compare-index.astro');
        route(comparisonRoute, 'compare.astro');
        route(comparePickerCssRoute, 'compare-picker.css.ts');
        // What each release changed, from the snapshots in content/family/releases/.
        route(releaseRoute, 'release.astro');
        // The Content reference of each data collection, generated from its schema.
        route(collectionReferenceRoute, 'collection-reference.astro');
        // The machine-readable ladder and its JSON Schema, at stable URLs.
        route(ladderJsonRoute, 'ladder.json.ts');
        route(ladderSchemaRoute, 'ladder.schema.json.ts');
        // The handbook as text for AI assistants, made from the data and the MDX (src/lib/llms/).
        for (const file of ['index', 'full', 'small'] as const) route({ pattern: llmsRoutes[file] }, `llms-${file}.txt.ts`);
        // The search dialog's Pagefind module, with a fallback for queries that find nothing.
        route(searchApiRoute, 'search-api.js.ts');
        // The whole handbook as one printable document, from the same Markdown.
        route(printRoute, 'print.astro');
      },
    },
  };
}
