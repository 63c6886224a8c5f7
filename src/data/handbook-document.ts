/**
 * The whole handbook as one document: every page in reading order (the sidebar's), each as Markdown
 * made from the data and the MDX, never from rendered HTML. llms-full.txt and llms-small.txt are
 * this document as text; the printable handbook (/print/) is it as HTML. An MDX page keeps its prose,
 * and each component in it becomes the Markdown of the data it renders (src/lib/llms/); a form
 * becomes a note that the tool works on the site.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sidebarOf } from '~/integrations/sidebar';
import { getArchetypes, getChangelog, getFamily, getRolePart, getScorecard } from './collections';
import { getGlossaryWithUsage } from './glossary';
import { getHiringGuide } from './hiring';
import { getCompetencySkills, getLadder, getScorecardDimension, movesAround } from './ladder';
import { getExerciseMaterials } from './materials';
import { getOnboardingPlan } from './onboarding';
import { getChangeSubjectNames, getFrameworkVersion, getReleasePages } from './releases';
import { buildDate } from '~/site';
import { headersFor, type Host } from '~/security/headers';
import { headerPolicy } from '~/security/csp';
import { checkpointMarkdown, phaseOverviewMarkdown, planMarkdown } from '~/lib/llms/onboarding';
import {
  competencyMarkdown,
  competencyMatrixMarkdown,
  comparisonsMarkdown,
  levelGrowthMarkdown,
  levelMarkdown,
  proficiencyRangeText,
  progressionMarkdown,
  promotionTableMarkdown,
  trackLevelsMarkdown,
  proficiencyScaleMarkdown,
  sharedExpectationsMarkdown,
  archetypesMarkdown,
  selfAssessmentLinkMarkdown,
  type Detail,
} from '~/lib/llms/ladder';
import {
  dimensionCoverageMarkdown,
  downLevelMarkdown,
  decisionFloorsMarkdown,
  hintPoliciesMarkdown,
  hiringLoopMarkdown,
  interviewKitMarkdown,
  scoreBandsMarkdown,
  workedExampleMarkdown,
} from '~/lib/llms/hiring';
import { ratingScaleMarkdown } from '~/lib/llms/growth';
import { getSelfAssessmentLadder } from './growth';
import {
  commonToolsMarkdown,
  exercisesMarkdown,
  goalsMarkdown,
  hiringAreasMarkdown,
  kpiFrameworkMarkdown,
  scorecardMarkdown,
  signalsMarkdown,
  softSkillsMarkdown,
  technicalSkillsMarkdown,
  toolsMarkdown,
} from '~/lib/llms/role';
import { changelogMarkdown, glossaryMarkdown, ladderJsonKeysMarkdown, validationRulesMarkdown } from '~/lib/llms/reference';
import { starlightMarkdown } from '~/lib/llms/starlight';
import { mdxToMarkdown, type MdxElement } from '~/lib/llms/mdx';
import { leftOutOfLlms, type PageKind } from '~/lib/llms/selection';
import { link, text } from '~/lib/llms/markdown';
import { goalHorizons } from '~/lib/onboarding/horizons';
import { readingOrder, type DocRoute, type SidebarConfigItem } from '~/lib/site/reading-order';
import {
  compareIndexHref,
  comparisonHref,
  competencyHref,
  docHref,
  glossaryHref,
  hiringGuideHref,
  homeHref,
  ladderHref,
  levelHref,
} from '~/lib/site/urls';

export interface HandbookPage {
  href: string;
  title: string;
  description: string;
  /** The top-level sidebar group it sits in. */
  section: string;
  kind: PageKind;
  /** For a page written in MDX, its file under content/docs without extension. */
  file?: string;
  /** The page as Markdown, its title left out. */
  markdown: string;
  /** The shorter version llms-small.txt carries, where a page has one. */
  brief?: string | undefined;
  /** Whether llms-full.txt carries it (see `leftOutOfLlms`). */
  inLlms: boolean;
  /** Whether the page is an interactive tool whose form is left out. */
  hasForm: boolean;
}

type DocEntry = CollectionEntry<'docs'>;

/** The docs file of an entry, relative to content/docs and without its extension: `roles/x/index`. */
const docFile = (entry: DocEntry) => (entry.filePath ?? entry.id).replace(/^.*?content\/docs\//, '').replace(/\.mdx?$/, '');

function kindOf(href: string): PageKind {
  if (href === homeHref) return 'home';
  if (href.startsWith('/roles/')) return 'role';
  if (href === compareIndexHref) return 'comparisons';
  if (href.startsWith(levelHref('x').replace(/x\/$/, ''))) return 'level';
  if (href.startsWith(competencyHref('x').replace(/x\/$/, ''))) return 'competency';
  if (href.startsWith(ladderHref)) return 'ladder';
  if (href.startsWith(hiringGuideHref)) return 'hiring';
  if (href.startsWith('/onboarding/')) return 'onboarding';
  if (href === glossaryHref) return 'glossary';
  if (href.startsWith('/reference/')) return 'reference';
  return 'other';
}

/** A note in place of a form: the tool works on the site, not in text or on paper. */
const formNote = (href: string) => `*On the site, an interactive form stands here (${link('open the page', href)}); it works in the browser and is not part of this text.*`;

/** Components that only draw what another component on the same page also says in words. */
const drawnElsewhere = new Set(['ProgressionMap']);

/** The Markdown of the components written in the handbook's MDX pages, by name. */
async function componentRenderer() {
  const ladder = await getLadder();
  const family = await getFamily();
  const role = (props: Record<string, unknown>) => String(props['role']);
  const competencyName = (id: string) => ladder.competency(id).name;
  const releases = await getReleasePages();
  const render: Record<string, (props: Record<string, unknown>, element: MdxElement) => string | Promise<string>> = {
    // The role description.
    KpiFramework: async (p) => kpiFrameworkMarkdown(await getRolePart('kpis', role(p))),
    ToolsTable: async (p) => toolsMarkdown(await getRolePart('tools', role(p))),
    CommonTools: async (p) => commonToolsMarkdown(await getRolePart('tools', role(p))),
    TechnicalSkills: async (p) => technicalSkillsMarkdown(await getRolePart('technicalSkills', role(p)), String(p['group'])),
    SoftSkills: async (p) => softSkillsMarkdown(await getRolePart('softSkills', role(p))),
    Goals: async (p) => goalsMarkdown(await getRolePart('goals', role(p))),
    GoalHorizons: async (p) => text(goalHorizons((await getRolePart('goals', role(p))).phases)),
    HiringAreas: async (p) => hiringAreasMarkdown(await getRolePart('hiring', role(p)), competencyName),
    Scorecard: async (p) => scorecardMarkdown(await getScorecard(role(p))),
    Signals: async (p) => signalsMarkdown(await getRolePart('hiring', role(p))),
    Exercises: async (p) => exercisesMarkdown(await getRolePart('hiring', role(p))),
    // The hiring guide.
    InterviewKit: async (p) => interviewKitMarkdown(await getHiringGuide(role(p)), String(p['exercise']), getExerciseMaterials(role(p), String(p['exercise']))),
    HiringLoop: async (p) => hiringLoopMarkdown(await getHiringGuide(role(p))),
    ScoreBands: async (p) => scoreBandsMarkdown(await getHiringGuide(role(p)), p['show'] === 'scale' ? 'scale' : 'bands'),
    DimensionCoverage: async (p) => dimensionCoverageMarkdown(await getHiringGuide(role(p))),
    HintPolicies: async (p) => hintPoliciesMarkdown(await getHiringGuide(role(p))),
    DecisionFloors: async (p) => decisionFloorsMarkdown(await getHiringGuide(role(p))),
    WorkedExample: async (p) => workedExampleMarkdown(await getHiringGuide(role(p))),
    DownLevel: async (p) => {
      const guide = await getHiringGuide(role(p));
      const level = ladder.level(guide.role);
      const below = movesAround(ladder, level).fromLevels.find((l) => l.track === level.track);
      return downLevelMarkdown(guide, level, below, below && comparisonHref(below.id, level.id, ladder.order));
    },
    // The ladder.
    TrackLevels: async () => trackLevelsMarkdown(ladder, family, (await getFrameworkVersion()).sentence),
    ProficiencyScale: () => proficiencyScaleMarkdown(ladder),
    SharedExpectations: () => sharedExpectationsMarkdown(ladder),
    Archetypes: async () => archetypesMarkdown(ladder, await getArchetypes()),
    SelfAssessmentLink: (p) => selfAssessmentLinkMarkdown(ladder, String(p['current']), String(p['target'])),
    CompetencyMatrix: () => competencyMatrixMarkdown(ladder),
    ProficiencyRange: () => proficiencyRangeText(ladder),
    ProgressionList: () => progressionMarkdown(ladder),
    LevelGrowth: (p) => levelGrowthMarkdown(ladder, String(p['level']), p['to'] as string[] | undefined, p['source'] as { section: string; href: string } | undefined),
    PromotionTable: (p) => promotionTableMarkdown(ladder, String(p['from']), (p['to'] as string[]) ?? []),
    // Growth.
    RatingScale: async () => ratingScaleMarkdown(await getSelfAssessmentLadder()),
    // Onboarding.
    PhaseOverview: async (p) => phaseOverviewMarkdown(await getOnboardingPlan(role(p))),
    Plan: async (p) => planMarkdown(await getOnboardingPlan(role(p))),
    Checkpoint: async (p) => checkpointMarkdown(await getOnboardingPlan(role(p)), (p['phases'] as string[]) ?? [], p['criteria'] === true),
    // Reference.
    Glossary: async () => glossaryMarkdown(await getGlossaryWithUsage()),
    ValidationRules: () => validationRulesMarkdown(),
    LadderJsonKeys: () => ladderJsonKeysMarkdown(),
    Changelog: async () => changelogMarkdown(await getChangelog(), (v) => releases.find((r) => r.release.version === v)?.href, await getChangeSubjectNames(), buildDate),
    HostingHeaders: (p) => `\`\`\`\n${headersFor(p['host'] as Host, headerPolicy(), import.meta.env.BASE_URL)}\n\`\`\``,
  };
  return render;
}

/** The Markdown of one MDX page; a component with no renderer is the page's form on a tool page, and an error anywhere else. */
async function docMarkdown(entry: DocEntry, render: Awaited<ReturnType<typeof componentRenderer>>): Promise<{ markdown: string; hasForm: boolean }> {
  let hasForm = false;
  const href = docHref(entry.id);
  const markdown = await mdxToMarkdown(entry.body ?? '', async (element) => {
    const starlight = starlightMarkdown(element, 3);
    if (starlight !== undefined) return starlight;
    if (drawnElsewhere.has(element.name)) return '';
    const renderer = render[element.name];
    if (renderer) return renderer(element.props, element);
    if (entry.data.pageType === 'tool' || element.name === 'ComparePicker' || element.name === 'ContentReference') {
      // One note for all of a page's form.
      const first = !hasForm;
      hasForm = true;
      return first ? formNote(href) : '';
    }
    throw new Error(`${entry.filePath}: <${element.name}> has no Markdown for llms-full.txt and the printable handbook; add one in src/data/handbook-document.ts`);
  });
  return { markdown, hasForm };
}

/** The interactive tools (pages of type `tool`) are forms, left out of the llms files like the pages of `leftOutOfLlms`. */
const inLlms = (entry: DocEntry) => entry.data.pageType !== 'tool' && !(docFile(entry) in leftOutOfLlms);

let cache: Promise<HandbookPage[]> | undefined;
/** The handbook's pages in reading order: the home page, then the sidebar's pages top to bottom. */
export function getHandbookDocument(): Promise<HandbookPage[]> {
  if (cache && import.meta.env.PROD) return cache;
  return (cache = readHandbookDocument());
}

async function readHandbookDocument(): Promise<HandbookPage[]> {
  const docs = (await getCollection('docs')).filter((e) => !e.data.draft);
  const routes: DocRoute[] = docs.map((e) => ({ slug: e.id === 'index' ? '' : e.id, file: docFile(e), href: docHref(e.id), order: e.data.sidebar.order, hidden: e.data.sidebar.hidden }));
  const ladder = await getLadder();
  const files = routes.map((r) => r.file);
  const sidebar = sidebarOf({ levels: ladder.levels, competencies: ladder.competencies, hasDocs: (d) => files.some((f) => f.startsWith(`${d}/`)) });
  const order = [{ href: homeHref, section: '' }, ...readingOrder(sidebar as SidebarConfigItem[], routes)];
  const byHref = new Map(docs.map((e) => [docHref(e.id), e]));
  const render = await componentRenderer();
  const detailed = async (detail: Detail, href: string) => {
    const level = ladder.levels.find((l) => l.href === href);
    if (level) return levelMarkdown(ladder, level, movesAround(ladder, level), detail);
    const competency = ladder.competencies.find((c) => competencyHref(c.id) === href);
    if (competency) return competencyMarkdown(ladder, competency, await getScorecardDimension(competency.id), await getCompetencySkills(competency), detail);
    return undefined;
  };

  const pages: HandbookPage[] = [];
  for (const { href, section } of order) {
    const kind = kindOf(href);
    const entry = byHref.get(href);
    if (entry) {
      const { markdown, hasForm } = await docMarkdown(entry, render);
      pages.push({ href, title: entry.data.title, description: entry.data.description ?? '', section, kind, file: docFile(entry), markdown, inLlms: inLlms(entry), hasForm });
      continue;
    }
    const level = ladder.levels.find((l) => l.href === href);
    const competency = ladder.competencies.find((c) => competencyHref(c.id) === href);
    if (level || competency) {
      pages.push({
        href,
        title: level ? level.title : competency!.name,
        description: level ? level.summary : competency!.summary,
        section,
        kind,
        markdown: (await detailed('full', href))!,
        brief: await detailed('brief', href),
        inLlms: true,
        hasForm: false,
      });
      continue;
    }
    if (href === compareIndexHref) {
      pages.push({ href, title: 'Compare levels', description: 'What changes between any two levels of the ladder, within a track and across tracks.', section, kind, markdown: comparisonsMarkdown(ladder), inLlms: true, hasForm: false });
      continue;
    }
    throw new Error(`the sidebar links to ${href}, which the printable handbook and llms-full.txt cannot render; add it in src/data/handbook-document.ts`);
  }
  return pages;
}

