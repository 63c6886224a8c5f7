/**
 * The headings that components write into the pages that render them, by component name, from the
 * same data and anchors the components use: the route middleware (src/integrations/component-toc.ts)
 * puts them in the pages' tables of contents (src/lib/site/component-headings.ts). A test checks
 * that every heading a page shows is in its table of contents, so a component that changes its
 * headings without this list fails the build's tests.
 */
import type { Heading } from '~/lib/site/component-headings';
import { archetypeAnchor, releaseAnchor, ruleAnchor, themeAnchor } from '~/lib/site/urls';
import { rules } from '~/lib/content/validation/rules/index';
import { getArchetypes, getChangelog, getSharedExpectationThemes } from './collections';

/** The sections of the Content reference page (ContentReference.astro renders them). */
export const contentReferenceSections = {
  dataFiles: { depth: 2, slug: 'data-files', text: 'Data files' },
  pageFrontmatter: { depth: 2, slug: 'page-frontmatter', text: 'Page frontmatter (MDX)' },
  provenance: { depth: 2, slug: 'field-type-provenance', text: 'Provenance (a field type)' },
} satisfies Record<string, Heading>;

/** A release's heading as the changelog shows it (Changelog.astro), without its standing's badge. */
export const releaseHeadingText = (version: string) => `Version ${version}`;

const h2 = (slug: string, text: string): Heading => ({ depth: 2, slug, text });

let cached: Promise<Map<string, Heading[]>> | undefined;

/**
 * By component name (`Archetypes`), the section headings (h2) it renders: each archetype, release or
 * rule. The headings inside a section (an archetype's “What the work looks like”) are left out: the
 * same few words five or forty times over would bury the sections in the table. A build reads them
 * once; the dev server every time, as a data file may have changed.
 */
export function getComponentHeadings(): Promise<Map<string, Heading[]>> {
  if (!import.meta.env.PROD) cached = undefined;
  cached ??= (async () =>
    new Map<string, Heading[]>([
      ['Archetypes', (await getArchetypes()).map((a) => h2(archetypeAnchor(a.id), a.name))],
      ['SharedExpectations', (await getSharedExpectationThemes()).map((t) => h2(themeAnchor(t.id), t.name))],
      ['Changelog', (await getChangelog()).map((r) => h2(releaseAnchor(r.version), releaseHeadingText(r.version)))],
      ['ValidationRules', rules.map((r) => h2(ruleAnchor(r.id), r.id))],
      ['ContentReference', Object.values(contentReferenceSections)],
    ]))();
  return cached;
}
