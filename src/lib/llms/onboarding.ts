/**
 * The onboarding plan as Markdown: its phases at a glance, every goal with the competencies it
 * builds and the KPIs it moves, and a checkpoint's review. Pure: they take the plan as
 * `getOnboardingPlan` links it (src/data/onboarding.ts).
 */
import type { OnboardingPhase } from '../../data/onboarding.ts';
import { competenciesBuiltBy, kpisMovedBy, phasesById } from '../onboarding/plan.ts';
import { onboardingPhaseHref } from '../site/urls.ts';
import { blocks, heading, link, list, table, text, textList } from './markdown.ts';

interface Plan {
  phases: OnboardingPhase[];
  kpiTable: { id: string; name: string; target: string; frequency: string; href: string }[];
  competencies: { id: string; name: string; summary: string; href: string }[];
  success: string[];
  highPerformance: string[];
}

export function phaseOverviewMarkdown({ phases }: Pick<Plan, 'phases'>): string {
  return table(['Phase', 'Theme', 'Goals'], phases.map((p) => [link(p.title, onboardingPhaseHref(p.id)), text(p.theme), String(p.goals.length)]));
}

const goalLines = (phase: OnboardingPhase) =>
  phase.goals.map((g) => `${text(g.text)}${g.details.length ? `\n${g.details.map((d) => `  - ${text(d)}`).join('\n')}` : ''}`);

/** The plan by phase: each goal with its details, the competencies it builds and the KPIs it moves. */
export function planMarkdown({ phases }: Pick<Plan, 'phases'>): string {
  return blocks(
    ...phases.map((phase) =>
      blocks(
        heading(2, phase.title),
        `*${text(phase.theme)}*`,
        phase.goals
          .map((g, i) =>
            [
              `${i + 1}. **${text(g.text)}**`,
              ...g.details.map((d) => `   - ${text(d)}`),
              `   - Builds: ${g.competencies.map((c) => link(c.name, c.href)).join(', ') || '—'}`,
              ...(g.kpis.length ? [`   - Moves: ${g.kpis.map((k) => link(k.name, k.href)).join(', ')}`] : []),
            ].join('\n'),
          )
          .join('\n'),
      ),
    ),
  );
}

/** What a checkpoint reviews: the goals of its phases, the KPIs they move and the competencies they build. */
export function checkpointMarkdown(plan: Plan, phaseIds: readonly string[], criteria: boolean, depth = 3): string {
  const phases = phasesById(plan.phases, phaseIds);
  const goals = phases.flatMap((p) => p.goals);
  return blocks(
    heading(depth, 'The goals reviewed'),
    ...phases.map((p) => blocks(`${link(p.title, onboardingPhaseHref(p.id))} (${text(p.theme)}):`, list(goalLines(p)))),
    heading(depth, 'The evidence: KPIs these goals move'),
    table(['KPI', 'Example target/benchmark', 'Frequency'], kpisMovedBy(goals, plan.kpiTable).map((k) => [link(k.name, k.href), text(k.target), text(k.frequency)])),
    heading(depth, 'The competencies these goals build'),
    list(competenciesBuiltBy(goals, plan.competencies).map((c) => `${link(c.name, c.href)}: ${text(c.summary)}`)),
    criteria && blocks(heading(depth, 'The role’s success definition'), textList(plan.success), heading(depth, 'What high performance looks like'), textList(plan.highPerformance)),
  );
}
