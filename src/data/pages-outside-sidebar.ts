/**
 * The pages a reader can reach that the sidebar leaves out (it is on every page, so it keeps to the
 * guides, the levels and the competencies): the home page, the printable handbook, each comparison
 * of two levels, each release and each candidate's handout. With the sidebar's, they are every page
 * the search indexes, which the Browse page lists where scripts cannot run (BrowsePages.astro);
 * tests/dist/pages.test.ts checks that none is missing. Each group is read from what its route
 * generates its pages from, so no list here is kept in step by hand.
 */
import { getCollection } from 'astro:content';
import { comparisonTitle } from '~/lib/ladder/compare';
import { allPairs } from '~/lib/ladder/level-order';
import { isSearched } from '~/lib/hiring/materials';
import { comparisonHref, docHref, homeHref, printRoute } from '~/lib/site/urls';
import { getLadder } from './ladder';
import { getAllMaterials } from './materials';
import { releaseHeadingText } from './component-headings';
import { getReleasePages } from './releases';

/** A page, or a group of them, as the sidebar's entries have them (SidebarPages.astro renders both). */
export type PageEntry = { type: 'link'; label: string; href: string } | { type: 'group'; label: string; entries: PageEntry[] };

const link = (label: string, href: string): PageEntry => ({ type: 'link', label, href });

/** The pages outside the sidebar, as one group of groups. */
export async function getPagesOutsideSidebar(): Promise<PageEntry> {
  const home = (await getCollection('docs')).find((d) => docHref(d.id) === homeHref)?.data.title ?? 'Home';
  const ladder = await getLadder();
  const comparisons = allPairs(ladder.order).map(([a, b]) => link(comparisonTitle(ladder.level(a), ladder.level(b)), comparisonHref(a, b, ladder.order)));
  const releases = (await getReleasePages()).map((p) => link(releaseHeadingText(p.release.version), p.href));
  const handouts = getAllMaterials().flatMap((set) => set.pages.filter(isSearched).map((page) => link(page.data.title, page.href)));
  const groups: [string, PageEntry[]][] = [
    ['Level comparisons', comparisons],
    ['Releases', releases],
    ['Candidates’ handouts', handouts],
  ];
  return {
    type: 'group',
    label: 'Other pages',
    entries: [link(home, homeHref), link(`${home}, printable`, printRoute.href), ...groups.filter(([, entries]) => entries.length).map(([label, entries]): PageEntry => ({ type: 'group', label, entries }))],
  };
}
