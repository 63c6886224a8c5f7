/** A role's onboarding plan, its goals linked to the competencies they build and the KPIs they move. */
import { linkGoal, planOf } from '~/lib/onboarding/plan';
import { competencyHref, kpiHref } from '~/lib/site/urls';
import { getCompetencies, getRolePart, type Competency, type KpiMetric } from './collections';

/** A goal of a role's plan with its competencies and KPIs resolved to names and links. */
export interface LinkedGoal {
  id: string;
  text: string;
  details: string[];
  competencies: (Competency & { href: string })[];
  kpis: (KpiMetric & { href: string })[];
}
export interface OnboardingPhase {
  id: string;
  title: string;
  theme: string;
  goals: LinkedGoal[];
}

/** A role's goals by phase, linked to the competencies they build and the KPIs they move, plus the KPI table and success criteria. */
export async function getOnboardingPlan(role: string) {
  const goals = await getRolePart('goals', role);
  const { metrics } = await getRolePart('kpis', role);
  const competencies = (await getCompetencies()).map((c) => ({ ...c, href: competencyHref(c.id) }));
  const kpiTable = metrics.map((m) => ({ ...m, href: kpiHref(role, m.id) }));
  const phases: OnboardingPhase[] = goals.phases.map((phase) => ({
    id: phase.id,
    title: phase.title,
    theme: phase.theme,
    goals: phase.goals.map((g) => ({ id: g.id, text: g.text, details: g.details, ...linkGoal(g, competencies, kpiTable) })),
  }));
  return { phases, kpiTable, competencies, success: goals.success, highPerformance: goals.highPerformance, plan: planOf(goals), provenance: goals.provenance };
}
