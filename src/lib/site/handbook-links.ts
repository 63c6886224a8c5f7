/**
 * The handbook's link check, as the build runs it on the pages it wrote
 * (src/integrations/quality-gates.ts) and the dist tests run it again: `brokenInternalLinks` over
 * every file of the built site, with the self-assessment's fragments read as the page reads them
 * (a share link of levels and ratings, or else an anchor).
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ladderInPage } from '../growth/page-model.ts';
import { decodeShare } from '../growth/share-link.ts';
import { brokenInternalLinks, type BrokenLink, type BuiltPageHtml } from './internal-links.ts';
import { selfAssessmentHref } from './urls.ts';

/** Every file under `dir` (a built site), as site paths: `/ladder/index.html`, `/ladder.json`. */
export function builtSiteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => '/' + relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** The links of the built pages that do not arrive; `base` is the base path the site is served under (`/`: a domain's root). */
export function brokenHandbookLinks(pages: readonly BuiltPageHtml[], files: ReadonlySet<string>, base = '/'): BrokenLink[] {
  const selfAssessment = pages.find((page) => page.path === selfAssessmentHref);
  const ladder = selfAssessment && ladderInPage(selfAssessment.html);
  if (selfAssessment && !ladder) throw new Error(`${selfAssessmentHref} carries no growth data block (GrowthModel.astro): links into it cannot be checked`);
  const readShare = (fragment: string) => {
    const shared = decodeShare(ladder!, fragment);
    return shared === null ? null : shared.ok ? undefined : `share link: ${shared.error}`;
  };
  return brokenInternalLinks(pages, ladder ? { files, base, stateFragments: new Map([[selfAssessmentHref, readShare]]) } : { files, base });
}
