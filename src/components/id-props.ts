/**
 * Which attributes of the handbook's components name an id of the content, and what kind of id, by
 * component (its path under src/components/). The components look each such id up as the page renders;
 * the validator checks each one an MDX page writes (broken-reference, read through
 * src/lib/content/validation/references.ts), as it checks the ids written in YAML. Only the components
 * listed, and only these attributes: `<KitRolePlay level={3} />` is a heading level, not a level of the ladder.
 *
 * Each component's entry is checked against its props: by `astro check` (`IdProps`: an attribute it does
 * not take is a type error), and by id-props.test.ts (an attribute here is a text or list of texts of its
 * Props; a component whose Props take a `role`, a level or an exercise is listed).
 *
 * Only `import type` here: the validator loads this module in plain Node (`node scripts/validate.ts`),
 * which cannot load a `.astro` file; a value import would break it (id-props.test.ts checks).
 */
import type { ComponentProps } from 'astro/types';
import type { ComponentIdKind } from '../lib/content/validation/reference-kinds.ts';
import type { RolePartName } from '../schemas/collections.ts';
import type TermsOnPage from './glossary/TermsOnPage.astro';
import type DecisionFloors from './hiring/DecisionFloors.astro';
import type DimensionCoverage from './hiring/DimensionCoverage.astro';
import type DownLevel from './hiring/DownLevel.astro';
import type HintPolicies from './hiring/HintPolicies.astro';
import type HiringLoop from './hiring/HiringLoop.astro';
import type InterviewKit from './hiring/InterviewKit.astro';
import type KitMaterials from './hiring/KitMaterials.astro';
import type ScoreBands from './hiring/ScoreBands.astro';
import type ScorecardCalculator from './hiring/ScorecardCalculator.astro';
import type ScorecardDebrief from './hiring/ScorecardDebrief.astro';
import type WorkedExample from './hiring/WorkedExample.astro';
import type ComparePicker from './ladder/ComparePicker.astro';
import type LevelGrowth from './ladder/LevelGrowth.astro';
import type LevelLink from './ladder/LevelLink.astro';
import type PromotionTable from './ladder/PromotionTable.astro';
import type SearchFilters from './ladder/SearchFilters.astro';
import type SelfAssessmentLink from './ladder/SelfAssessmentLink.astro';
import type Checkpoint from './onboarding/Checkpoint.astro';
import type CommonTools from './onboarding/CommonTools.astro';
import type PhaseOverview from './onboarding/PhaseOverview.astro';
import type Plan from './onboarding/Plan.astro';
import type Tracker from './onboarding/Tracker.astro';
import type Exercises from './role/Exercises.astro';
import type Goals from './role/Goals.astro';
import type GoalHorizons from './role/GoalHorizons.astro';
import type HiringAreas from './role/HiringAreas.astro';
import type KpiFramework from './role/KpiFramework.astro';
import type Scorecard from './role/Scorecard.astro';
import type Signals from './role/Signals.astro';
import type SoftSkills from './role/SoftSkills.astro';
import type TechnicalSkills from './role/TechnicalSkills.astro';
import type ToolsTable from './role/ToolsTable.astro';

/** What the attributes of `Component` name, by attribute: only its props. */
type IdProps<Component extends (props: any) => unknown> = { readonly [Attribute in keyof ComponentProps<Component>]?: ComponentIdKind };

/** By component, as an MDX page imports it after `~/components/`: what each of its attributes that takes an id names. */
export const componentIdProps: Readonly<Record<string, Readonly<Record<string, ComponentIdKind>>>> = {
  'glossary/TermsOnPage.astro': { ids: 'glossary term' } satisfies IdProps<typeof TermsOnPage>,
  'hiring/DecisionFloors.astro': { role: 'level' } satisfies IdProps<typeof DecisionFloors>,
  'hiring/DimensionCoverage.astro': { role: 'level' } satisfies IdProps<typeof DimensionCoverage>,
  'hiring/DownLevel.astro': { role: 'level' } satisfies IdProps<typeof DownLevel>,
  'hiring/HintPolicies.astro': { role: 'level' } satisfies IdProps<typeof HintPolicies>,
  'hiring/HiringLoop.astro': { role: 'level' } satisfies IdProps<typeof HiringLoop>,
  'hiring/InterviewKit.astro': { role: 'level', exercise: 'exercise' } satisfies IdProps<typeof InterviewKit>,
  'hiring/KitMaterials.astro': { role: 'level', exercise: 'exercise' } satisfies IdProps<typeof KitMaterials>,
  'hiring/ScoreBands.astro': { role: 'level' } satisfies IdProps<typeof ScoreBands>,
  'hiring/ScorecardCalculator.astro': { role: 'level' } satisfies IdProps<typeof ScorecardCalculator>,
  'hiring/ScorecardDebrief.astro': { role: 'level' } satisfies IdProps<typeof ScorecardDebrief>,
  'hiring/WorkedExample.astro': { role: 'level' } satisfies IdProps<typeof WorkedExample>,
  'ladder/ComparePicker.astro': { from: 'level', to: 'level' } satisfies IdProps<typeof ComparePicker>,
  'ladder/LevelGrowth.astro': { level: 'level', to: 'level' } satisfies IdProps<typeof LevelGrowth>,
  'ladder/LevelLink.astro': { competency: 'competency' } satisfies IdProps<typeof LevelLink>,
  'ladder/PromotionTable.astro': { from: 'level', to: 'level' } satisfies IdProps<typeof PromotionTable>,
  'ladder/SearchFilters.astro': { levels: 'level' } satisfies IdProps<typeof SearchFilters>,
  'ladder/SelfAssessmentLink.astro': { current: 'level', target: 'level' } satisfies IdProps<typeof SelfAssessmentLink>,
  'onboarding/Checkpoint.astro': { role: 'level' } satisfies IdProps<typeof Checkpoint>,
  'onboarding/CommonTools.astro': { role: 'level' } satisfies IdProps<typeof CommonTools>,
  'onboarding/PhaseOverview.astro': { role: 'level' } satisfies IdProps<typeof PhaseOverview>,
  'onboarding/Plan.astro': { role: 'level' } satisfies IdProps<typeof Plan>,
  'onboarding/Tracker.astro': { role: 'level' } satisfies IdProps<typeof Tracker>,
  'role/Exercises.astro': { role: 'level' } satisfies IdProps<typeof Exercises>,
  'role/Goals.astro': { role: 'level' } satisfies IdProps<typeof Goals>,
  'role/GoalHorizons.astro': { role: 'level' } satisfies IdProps<typeof GoalHorizons>,
  'role/HiringAreas.astro': { role: 'level' } satisfies IdProps<typeof HiringAreas>,
  'role/KpiFramework.astro': { role: 'level' } satisfies IdProps<typeof KpiFramework>,
  'role/Scorecard.astro': { role: 'level' } satisfies IdProps<typeof Scorecard>,
  'role/Signals.astro': { role: 'level' } satisfies IdProps<typeof Signals>,
  'role/SoftSkills.astro': { role: 'level' } satisfies IdProps<typeof SoftSkills>,
  'role/TechnicalSkills.astro': { role: 'level' } satisfies IdProps<typeof TechnicalSkills>,
  'role/ToolsTable.astro': { role: 'level' } satisfies IdProps<typeof ToolsTable>,
};

const hiringGuide: readonly RolePartName[] = ['hiring', 'scorecards'];
const onboardingPlan: readonly RolePartName[] = ['goals', 'kpis'];

/**
 * By component, the parts of its `role`'s description that it shows, the files beside that role's
 * `role.yaml` it reads as the page renders (`getRolePart`, `getHiringGuide`, `getOnboardingPlan`). A page
 * that gives a component a level without one stopped the build with a stack trace (“No kpis data for
 * role …”); rule role-part-page names the file at the page's attribute instead.
 */
export const componentRoleParts: Readonly<Record<string, readonly RolePartName[]>> = {
  'hiring/DecisionFloors.astro': hiringGuide,
  'hiring/DimensionCoverage.astro': hiringGuide,
  'hiring/DownLevel.astro': hiringGuide,
  'hiring/HintPolicies.astro': hiringGuide,
  'hiring/HiringLoop.astro': hiringGuide,
  'hiring/InterviewKit.astro': hiringGuide,
  'hiring/ScoreBands.astro': hiringGuide,
  'hiring/ScorecardCalculator.astro': hiringGuide,
  'hiring/ScorecardDebrief.astro': hiringGuide,
  'hiring/WorkedExample.astro': hiringGuide,
  'onboarding/Checkpoint.astro': onboardingPlan,
  'onboarding/CommonTools.astro': ['tools'],
  'onboarding/PhaseOverview.astro': onboardingPlan,
  'onboarding/Plan.astro': onboardingPlan,
  'onboarding/Tracker.astro': onboardingPlan,
  'role/Exercises.astro': ['hiring'],
  'role/Goals.astro': ['goals'],
  'role/GoalHorizons.astro': ['goals'],
  'role/HiringAreas.astro': ['hiring'],
  'role/KpiFramework.astro': ['kpis'],
  'role/Scorecard.astro': ['scorecards'],
  'role/Signals.astro': ['hiring'],
  'role/SoftSkills.astro': ['softSkills'],
  'role/TechnicalSkills.astro': ['technicalSkills'],
  'role/ToolsTable.astro': ['tools'],
};

/** The component's path under `~/components/`, as an MDX page imports it; undefined for any other import. */
const componentPath = (specifier: string) => (specifier.startsWith('~/components/') ? specifier.slice('~/components/'.length) : undefined);

/** The parts of its `role`'s description that the component an MDX page imports from `specifier` shows; none for any other component. */
export function rolePartsOf(specifier: string): readonly RolePartName[] {
  const path = componentPath(specifier);
  return path !== undefined && Object.hasOwn(componentRoleParts, path) ? componentRoleParts[path]! : [];
}

/** What the attributes of the component an MDX page imports from `specifier` name; undefined for any other component. */
export function idPropsOf(specifier: string): Readonly<Record<string, ComponentIdKind>> | undefined {
  const path = componentPath(specifier);
  return path !== undefined && Object.hasOwn(componentIdProps, path) ? componentIdProps[path] : undefined;
}
