/**
 * The handbook's URL scheme, in one place: the path of every kind of page and the id of every
 * anchor that another page links to. Pages, components, the sidebar, the islands and the validator
 * build their links with these functions and render their anchors with the `…Anchor` ones, so a
 * link and its target cannot drift apart. Pure and free of Astro and Node imports (the islands use it).
 *
 * Two kinds of pages:
 * - generated from data (src/routes, injected by src/integrations/handbook.ts at the `pattern` of
 *   their route below);
 * - written in MDX under content/docs, whose path Starlight derives from the file (`docHref`).
 *   Some of them render data with anchors (KPI rows, skills, goals…), named here too.
 */
import type { Changelog } from '../../schemas/changelog.ts';
import type { RolePartName } from '../../schemas/collections.ts';
import { orderPair } from '../ladder/level-order.ts';

type ChangeSubject = Changelog['releases'][number]['changes'][number]['subject'];

/* ---------- The base path ---------- */

/**
 * A base path as Astro gives it (`/ml-handbook`, `/ml-handbook/`, `ml-handbook`, `/` or empty),
 * as this module writes it: `/` or `/ml-handbook/`, with a slash at each end.
 */
export function normalBase(base: string): string {
  const inner = base.replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

/**
 * The href of a site path under the base path the site is served from: every path in this module
 * is written from the site's root (`/ladder/`), as MDX content writes its links, and a site published
 * in a folder (`https://acme.github.io/ml-handbook/`, base `/ml-handbook/`) is reached at
 * `/ml-handbook/ladder/`. Anchors and queries are kept; what is not a root-absolute path (another
 * site, `//host/…`, `mailto:`, `#anchor`, a relative path) and what is already under the base are
 * left as they are, so that a finished page can be finished again.
 */
export function withBase(href: string, base: string): string {
  const prefix = normalBase(base);
  if (prefix === '/' || !href.startsWith('/') || href.startsWith('//')) return href;
  const folder = prefix.slice(0, -1);
  const underBase = href.startsWith(folder) && /^($|[/?#])/.test(href.slice(folder.length));
  return underBase ? href : prefix + href.slice(1);
}


/** A route generated from data: its pattern for `injectRoute` and the path of one of its pages. */
function route(pattern: string, param: string) {
  return { pattern, href: (value: string) => `${pattern.replace(`[${param}]`, value)}/` };
}

/* ---------- Pages generated from data ---------- */

export const levelRoute = route('/ladder/levels/[level]', 'level');
export const competencyRoute = route('/ladder/competencies/[competency]', 'competency');
export const comparisonRoute = route('/ladder/compare/[pair]', 'pair');
/** Every pair of levels, grouped by track. */
export const compareIndexRoute = { pattern: '/ladder/compare', href: '/ladder/compare/' };
/** The stylesheet that shows the comparison picker's chosen pair (src/lib/ladder/compare-picker.ts). */
export const comparePickerCssRoute = { pattern: '/ladder/compare-picker.css', href: '/ladder/compare-picker.css' };
/** The machine-readable ladder and its JSON Schema. */
/** The Content reference of one data collection (the reference page itself is MDX: `contentReferenceHref`). */
export const collectionReferenceRoute = route('/reference/content-reference/[collection]', 'collection');
export const ladderJsonRoute = { pattern: '/ladder.json', href: '/ladder.json' };
export const ladderSchemaRoute = { pattern: '/ladder.schema.json', href: '/ladder.schema.json' };
/** The handbook as text for AI assistants (llmstxt.org): the index, everything, and an abridged text sized for a model's context. */
export const llmsRoutes = { index: '/llms.txt', full: '/llms-full.txt', small: '/llms-small.txt' } as const;
/** The Pagefind module the search dialog loads: Pagefind's own, its `search` widened and reordered (src/lib/site/search-fallback.ts, search-name-match.ts). */
export const searchApiRoute = { pattern: '/search-api/pagefind.js', href: '/search-api/pagefind.js', bundlePath: '/search-api/' };
/** The whole handbook as one printable document. */
export const printRoute = { pattern: '/print', href: '/print/' };

/**
 * The section about one competency on a page that has one per competency (a level, a comparison):
 * its anchor is the competency id.
 */
export const competencySectionHref = (pageHref: string, competency: string) => `${pageHref}#${competency}`;

/** A level's page, e.g. `/ladder/levels/lead-ml-engineer/`. */
export const levelHref = levelRoute.href;
/** What a level expects for one competency: its section on the level's page. */
export const expectationHref = (level: string, competency: string) => competencySectionHref(levelHref(level), competency);
/** A competency's page across all levels. */
export const competencyHref = competencyRoute.href;
/** A track's section of a competency's page: how the competency grows along that track. */
export const competencyTrackHref = (competency: string, track: string) => `${competencyHref(competency)}#${trackAnchor(track)}`;
export const compareIndexHref = compareIndexRoute.href;

/** The slug of a comparison page: `<first>-vs-<second>`, the two levels in ladder order whatever order they come in. */
export function pairSlug(a: string, b: string, order: readonly string[]): string {
  const [first, second] = orderPair(a, b, order);
  return `${first}-vs-${second}`;
}
/** The comparison page of two levels, in either order; `order` is every level id in ladder order. */
export const comparisonHref = (a: string, b: string, order: readonly string[]) => comparisonRoute.href(pairSlug(a, b, order));

/* ---------- Pages written in MDX (content/docs) ---------- */

/**
 * The site path of a page under content/docs, from its entry id or its file path relative to
 * content/docs: `index.mdx` is `/`, `roles/x/index.mdx` and `roles/x` are `/roles/x/`.
 */
export function docHref(idOrFile: string): string {
  const slug = idOrFile.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
  return slug ? `/${slug}/` : '/';
}

/** The guide to adding a level, a track or a competency, and its section on a new track. */
export const addRoleGuideHref = docHref('reference/add-a-role');
export const addTrackAnchor = 'add-a-track';
export const addTrackHref = `${addRoleGuideHref}#${addTrackAnchor}`;

export const homeHref = '/';
/** The ladder's overview, with its matrix and the comparison picker. */
export const ladderHref = '/ladder/';
export const comparePickerHref = `${ladderHref}#compare-two-levels`;
/** A track's section of the ladder's overview (its levels, lowest first). */
export const trackAnchor = (track: string) => `track-${track}`;
export const trackHref = (track: string) => `${ladderHref}#${trackAnchor(track)}`;
/** The proficiency scale on the ladder's overview, each step with its own anchor. */
export const proficiencyScaleAnchor = 'proficiency-scale';
export const proficiencyScaleHref = `${ladderHref}#${proficiencyScaleAnchor}`;
export const scaleStepAnchor = (value: number) => `proficiency-${value}`;
export const scaleStepHref = (value: number) => `${ladderHref}#${scaleStepAnchor(value)}`;
export const promotionGuideHref = '/ladder/promotion/';
/** What everyone on the ladder is expected to do, theme by theme and level by level. */
export const sharedExpectationsHref = '/ladder/shared-expectations/';
export const themeAnchor = (theme: string) => `theme-${theme}`;
export const themeHref = (theme: string) => `${sharedExpectationsHref}#${themeAnchor(theme)}`;
/** The shapes of impact of the top of the individual-contributor track, each with its own section. */
export const staffPlusHref = '/ladder/staff-plus/';
export const archetypeAnchor = (archetype: string) => `archetype-${archetype}`;
export const archetypeHref = (archetype: string) => `${staffPlusHref}#${archetypeAnchor(archetype)}`;
/** The page of the validation rules, every rule a section of its own (content/docs/reference/validation-rules.mdx). */
export const validationRulesHref = '/reference/validation-rules/';
/** A validation rule's heading on the page of the rules (ValidationRules.astro), and its table of contents' entry. */
export const ruleAnchor = (rule: string) => `rule-${rule}`;
/** The progression map, where each feeder role and adjacent path has a section. */
export const mapHref = '/ladder/map/';
export const pathAnchor = (path: string) => `path-${path}`;
/** A level's item in the map's text list, with its usual next steps. */
export const mapLevelAnchor = (level: string) => `map-level-${level}`;
export const pathHref = (path: string) => `${mapHref}#${pathAnchor(path)}`;

/** A role description's pages: `content/docs/roles/<role>/`. */
export const roleHref = (role: string) => `/roles/${role}/`;
/**
 * The page of a role's description that shows each structured part of it
 * (`content/docs/roles/<role>/<page>.mdx`): other pages link there (a KPI to its row), and the
 * validator asks for the page of every part a role has (rule role-part-page).
 */
export const rolePartPages = {
  kpis: 'kpis',
  tools: 'tools-and-stack',
  technicalSkills: 'skills',
  softSkills: 'skills',
  scorecards: 'hiring',
  goals: 'goals',
  hiring: 'hiring',
} as const satisfies Record<RolePartName, string>;
export const rolePartHref = (part: RolePartName, role: string) => `${roleHref(role)}${rolePartPages[part]}/`;
/** A row of a role's KPI table. */
export const kpiAnchor = (kpi: string) => `kpi-${kpi}`;
/** A role's KPI framework, and one of its KPIs. */
export const roleKpisHref = (role: string) => rolePartHref('kpis', role);
export const kpiHref = (role: string, kpi: string) => `${roleKpisHref(role)}#${kpiAnchor(kpi)}`;
/** A technical or soft skill on a role's skills page. */
export const skillAnchor = (skill: string) => `skill-${skill}`;
export const skillHref = (role: string, skill: string) => `${rolePartHref('technicalSkills', role)}#${skillAnchor(skill)}`;
/**
 * A row of a role's tools table. Tools have no id of their own, so the anchor comes from the tool's
 * name: `Kubernetes (EKS/GKE/AKS)` → `tool-kubernetes-eks-gke-aks`.
 */
export const toolAnchor = (tool: string) =>
  `tool-${tool
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
export const toolHref = (role: string, tool: string) => `${rolePartHref('tools', role)}#${toolAnchor(tool)}`;
/** A role's hiring page, with its interview scorecard. */
export const roleHiringHref = (role: string) => rolePartHref('hiring', role);
/** A dimension of an interview scorecard (a row of the role's scorecard table, a fieldset of the calculator). */
export const dimensionAnchor = (competency: string) => `dimension-${competency}`;
export const scorecardDimensionHref = (role: string, competency: string) => `${roleHiringHref(role)}#${dimensionAnchor(competency)}`;
/** The worked example of the scorecard's weights on a role's hiring page. */
export const scorecardExampleHref = (role: string) => `${roleHiringHref(role)}#scorecard-dimensions-example`;
/** An assessment area of a role's hiring criteria. */
export const areaAnchor = (area: string) => `area-${area}`;
/** A red flag of a role's hiring criteria (on the role's hiring page and the hiring guide). */
export const redFlagAnchor = (flag: string) => `red-flag-${flag}`;

/** The hiring guide, and an exercise's interview kit: `content/docs/hiring/<exercise-id>.mdx`. */
export const hiringGuideHref = '/hiring/';
export const recommendationBandsHref = `${hiringGuideHref}#recommendation-bands`;
export const kitHref = (exercise: string) => `${hiringGuideHref}${exercise}/`;
/** A kit's rubric for one scorecard dimension. */
export const rubricAnchor = (competency: string) => `rubric-${competency}`;
export const rubricHref = (exercise: string, competency: string) => `${kitHref(exercise)}#${rubricAnchor(competency)}`;
export const scorecardCalculatorHref = `${hiringGuideHref}scorecard-calculator/`;
/** The multi-interviewer debrief: `content/docs/hiring/debrief.mdx`. */
export const debriefHref = `${hiringGuideHref}debrief/`;
/** The decision floors of the hiring guide's scorecard. */
export const decisionFloorsHref = `${hiringGuideHref}#decision-floors`;
/** A recommended exercise on a role's hiring criteria page. */
export const exerciseAnchor = (exercise: string) => `exercise-${exercise}`;
export const roleExerciseHref = (role: string, exercise: string) => `${roleHiringHref(role)}#${exerciseAnchor(exercise)}`;

/** Interview materials, published from `content/roles/<role>/materials/<exercise>/<audience>/`. */
export const materialsPath = `${hiringGuideHref}materials/`;
/** A printable page of an exercise's materials, and a file (a diff, a log, a chart, a ZIP). */
export const materialPageRoute = { pattern: `${materialsPath}[exercise]/[audience]/[page]` };
export const materialFileRoute = { pattern: `${materialsPath}[exercise]/[audience]/[file]` };
export const materialPageHref = (exercise: string, audience: string, page: string) => `${materialsPath}${exercise}/${audience}/${page}/`;
export const materialFileHref = (exercise: string, audience: string, file: string) => `${materialsPath}${exercise}/${audience}/${file}`;

/** The onboarding plan, by phase and goal. */
export const onboardingPlanHref = '/onboarding/plan/';
/** The onboarding tracker, where a new hire ticks off the plan's goals. */
export const onboardingTrackerHref = '/onboarding/tracker/';
export const phaseAnchor = (phase: string) => `phase-${phase}`;
export const onboardingPhaseHref = (phase: string) => `${onboardingPlanHref}#${phaseAnchor(phase)}`;
export const goalAnchor = (goal: string) => `goal-${goal}`;
export const onboardingGoalHref = (goal: string) => `${onboardingPlanHref}#${goalAnchor(goal)}`;

/**
 * Your growth: an overview, then the tools: check-ins (the self-assessment, rated over time), the
 * evidence log, comparing two check-ins, the manager's view, team calibration and the promotion packet.
 */
export const growthHref = '/growth/';
export const selfAssessmentHref = '/growth/self-assessment/';
export const evidenceLogHref = '/growth/evidence/';
export const compareCheckInsHref = '/growth/compare/';
export const managerViewHref = '/growth/manager/';
export const calibrationHref = '/growth/calibration/';
export const promotionPacketHref = '/growth/promotion-packet/';
/** How a check-in's rating scale is anchored in the ladder's texts, on the growth overview. */
export const ratingScaleHref = `${growthHref}#how-a-check-in-rates`;
/**
 * One person of the team a manager imported, by record id, in the query of the pages about one
 * person: the promotion packet (`?person=`) and the manager's view (`?person=&check-in=`, the review
 * on screen, so that a reload reopens it).
 */
export const personParam = 'person';
export const checkInParam = 'check-in';
export const promotionPacketOfHref = (person: string) => `${promotionPacketHref}?${personParam}=${encodeURIComponent(person)}`;
/** An entry of the evidence log: its anchor is its id. */
export const evidenceEntryHref = (entry: string) => `${evidenceLogHref}#${entry}`;
/** A competency's part of the open check-in, on the check-in page. */
export const checkInAnchor = (competency: string) => `rate-${competency}`;

/**
 * Browsing without a query: every page of some content types, levels or tracks, listed from the
 * search index's filters. The filters chosen are in the query (src/lib/site/browse.ts), so other
 * pages can link to a filtered list.
 */
export const browseHref = '/browse/';

/** The glossary, where every term has its id as anchor. */
export const glossaryHref = '/reference/glossary/';
export const glossaryTermHref = (term: string) => `${glossaryHref}#${term}`;

/** How to edit the ladder in a spreadsheet: `npm run export:csv` and `npm run import:csv`. */
export const spreadsheetGuideHref = '/reference/spreadsheet/';

/** How to publish the site: its address, its “Edit page” links, and the headers each host needs. */
export const hostingGuideHref = '/reference/hosting/';

/** The changelog, one section per release (`1.2.0` → `#v1-2-0`). */
/** The Content reference, which links the reference of each data collection. */
export const contentReferenceHref = '/reference/content-reference/';
export const changelogHref = '/reference/changelog/';
export const releaseAnchor = (version: string) => `v${version.replaceAll('.', '-')}`;
export const releaseHref = (version: string) => `${changelogHref}#${releaseAnchor(version)}`;

/** A release's page: what changed since the release before, level by level and competency by competency. */
export const releaseRoute = route('/reference/changelog/[version]', 'version');
export const releasePageHref = releaseRoute.href;
/** A level's and a competency's section on a release's page. */
export const releaseLevelAnchor = (level: string) => `level-${level}`;
export const releaseCompetencyAnchor = (competency: string) => `competency-${competency}`;
/** What a release changed in one level's expectation for one competency, under the level's section. */
export const releaseExpectationAnchor = (level: string, competency: string) => `level-${level}--${competency}`;
export const releaseSubjectHref = (version: string, subject: 'level' | 'competency', id: string) =>
  `${releasePageHref(version)}#${subject === 'level' ? releaseLevelAnchor(id) : releaseCompetencyAnchor(id)}`;

/** The page of what a changelog entry changed: a level, a competency, a role description, or the whole ladder. */
export function changeSubjectHref(subject: ChangeSubject, id: string): string {
  if (subject === 'level') return levelHref(id);
  if (subject === 'competency') return competencyHref(id);
  if (subject === 'family') return ladderHref;
  return roleHref(id);
}
