/**
 * The tool pages by the store each keeps in the browser (`handbook:<tool>`), with their titles as
 * the content gives them (each page's frontmatter) and their addresses. The islands name another
 * tool by its page's title when they refuse its file, and say where to import it (store.ts,
 * `openEnvelope`), so that a page renamed in content/ is named anew everywhere, and no store's name
 * reaches a reader.
 */
import { getCollection } from 'astro:content';
import { recordTool, teamTool } from '~/lib/growth/growth-store';
import { scorecardTool } from '~/lib/hiring/scorecard-store';
import { debriefTool } from '~/lib/hiring/debrief';
import { trackerTool } from '~/lib/onboarding/progress';
import { debriefHref, docHref, managerViewHref, onboardingTrackerHref, scorecardCalculatorHref, selfAssessmentHref, withBase } from '~/lib/site/urls';
import type { ToolPages } from '~/lib/browser/store';

/** The page of each store: where its data is made and imported (the team's, on the manager's view; calibration shares it). */
const storePages: Record<string, string> = {
  [recordTool]: selfAssessmentHref,
  [teamTool]: managerViewHref,
  [scorecardTool]: scorecardCalculatorHref,
  [debriefTool]: debriefHref,
  [trackerTool]: onboardingTrackerHref,
};

let pages: Promise<ToolPages> | undefined;

/**
 * The title and address (under the site's base path) of each store's page, by the store's name; a
 * store whose page is missing throws, naming it.
 */
export const getToolPages = (): Promise<ToolPages> =>
  (pages ??= getCollection('docs').then((docs) => {
    const byHref = new Map(docs.map((d) => [docHref(d.id), d.data.title]));
    return Object.fromEntries(
      Object.entries(storePages).map(([tool, href]) => {
        const title = byHref.get(href);
        if (!title) throw new Error(`src/data/tool-pages.ts: the page of the “${tool}” store, ${href}, is not in content/docs`);
        return [tool, { title, href: withBase(href, import.meta.env.BASE_URL) }];
      }),
    );
  }));
