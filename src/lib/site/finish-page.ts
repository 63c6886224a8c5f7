/**
 * What every rendered page goes through before it is served or indexed: the fixes of Starlight's
 * markup (`starlight-fixes.ts`), then the text boundaries the search index needs
 * (`text-boundaries.ts`). The build applies it to the written pages before Pagefind reads them, and
 * `astro dev` in a middleware (src/integrations/quality-gates.ts). Given when files were committed,
 * it also dates the page by the data files it is made from (`last-updated.ts`). Given the base path
 * the site is served under, it puts the page's links under it last (`base-path-links.ts`).
 */
import { linksUnderBase } from './base-path-links.ts';
import { fixStarlightHtml, isStarlightPage } from './starlight-fixes.ts';
import { searchTextBoundaries } from './text-boundaries.ts';
import { withDataDates, type NewestCommit } from './last-updated.ts';

export interface FinishedPage {
  html: string;
  /** Set when a fix that every Starlight page needs found nothing to fix: Starlight's markup changed. */
  problem?: string;
}

export interface FinishOptions {
  /** When repository files were last committed: moves “Last updated” to the page's newest data file. */
  newestCommit?: NewestCommit;
  /** The base path the site is served under (Astro's `base`, from SITE_URL): `/` or unset for a domain's root. */
  base?: string;
}

export function finishPage(html: string, options: FinishOptions = {}): FinishedPage {
  const fixed = fixStarlightHtml(options.newestCommit ? withDataDates(html, options.newestCommit) : html);
  const finished = linksUnderBase(searchTextBoundaries(fixed.html).html, options.base ?? '/');
  const labelled = fixed.applied.searchShortcutHidden > 0 || /data-open-modal[\s\S]*?<kbd aria-hidden="true"/.test(finished);
  if (isStarlightPage(finished) && !labelled) {
    return { html: finished, problem: "Starlight's search button markup changed; the label fix no longer applies (see src/lib/site/starlight-fixes.ts)." };
  }
  return { html: finished };
}
