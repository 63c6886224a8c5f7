import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { formatReport } from '../lib/content/validation/format.ts';
import type { LoadedContent } from '../lib/content/validation/load.ts';
import { checkContent, checkContentInTurns, type ValidationResult } from '../lib/content/validation/validate.ts';
import { holdReading } from '../lib/content/validation/content-readings.ts';
import { collectionReferenceRoute, compareIndexRoute, comparePickerCssRoute, comparisonRoute, competencyRoute, ladderJsonRoute, ladderSchemaRoute, levelRoute, llmsRoutes, printRoute, releaseRoute, searchApiRoute } from '../lib/site/urls.ts';
import { baseMismatch } from '../site.ts';
import { stopBuild } from './stop-build.ts';

/** Stops `astro build` on content that breaks a rule, with the validator's report as its message. */
function refuseContent(logger: AstroIntegrationLogger, { problems, filesChecked }: ValidationResult): never {
  return stopBuild(logger, `Content validation failed:\n${formatReport(problems, filesChecked)}`);
}

/**
 * The handbook's build hooks: validates all content before anything renders (a broken reference
 * fails `astro build`, not only `npm run validate`), and injects the pages generated from data.
 * `content` is the content as `loadContent` read it when the configuration was loaded (the sidebar
 * is built from the same reading): the build reads and parses each file once before it starts.
 * `siteBase` is the base path of SITE_URL (src/site.ts), which Astro's `base` must agree with.
 */
export function handbook({ content, siteBase }: { content: LoadedContent; siteBase: string }): AstroIntegration {
  // A build's check of the content by its rules, when it runs beside the content sync (below).
  let deferred = false;
  let checking: Promise<ValidationResult> | undefined;
  const startChecking = () => {
    if (checking) return checking;
    checking = checkContentInTurns(content);
    // A rule that throws is kept for `astro:build:start` to throw, not reported as unhandled before.
    checking.catch(() => {});
    return checking;
  };
  return {
    name: 'handbook',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute, logger, updateConfig }) => {
        // The pages generated here, like the MDX pages, write their links from the site's root (urls.ts),
        // and the finishing of the pages puts them under the base path of SITE_URL: a `--base` that
        // disagrees with it would leave the canonical links, llms.txt and ladder.json elsewhere.
        const refusal = baseMismatch(config.base, siteBase);
        if (refusal) stopBuild(logger, refusal);
        if (command === 'build' && content.problems.length === 0) {
          // Content that reads and fits its schemas: the content layer can sync it, and the rules run
          // one at a time while it does, started with the Vite server of the content sync (whose
          // dependency scan and module loading leave the main thread waiting on Vite's workers and
          // the files) and awaited in `astro:build:start`, before any page is bundled or rendered.
          deferred = true;
          updateConfig({ vite: { plugins: [{ name: 'handbook:content-check', configureServer: () => void startChecking() }] } });
        } else {
          // A file that does not parse or fit its schema would stop the content layer with an error
          // of its own: the validator's report comes first. `astro dev` warns and serves.
          const checked = checkContent(content);
          if (checked.problems.length) {
            if (command === 'build') refuseContent(logger, checked);
            logger.warn(`Content validation found problems:\n${formatReport(checked.problems, checked.filesChecked)}`);
          }
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
      'astro:build:start': async ({ logger }) => {
        if (!deferred) return;
        // Started here when no server was made for the content sync.
        const checked = await startChecking();
        if (checked.problems.length) refuseContent(logger, checked);
      },
    },
  };
}
