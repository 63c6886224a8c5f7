/** The ladder the growth tools work on, built once per build and shared by their pages' components. */
import { getCompetencies, getLevels, getProficiencyScale, getRoleParts, getScorecards, getTracks } from './collections';
import { buildLadder, type Ladder } from '~/lib/growth/self-assessment';
import { scorecardExampleHref } from '~/lib/site/urls';
import type { GrowthKpi } from '~/lib/growth/growth-store';

let ladder: Promise<Ladder> | undefined;

/** Tie-breaking weights come from an interview scorecard: the first role's that has one. */
async function load(): Promise<Ladder> {
  const [tracks, competencies, levels, scorecards, scale] = await Promise.all([getTracks(), getCompetencies(), getLevels(), getScorecards(), getProficiencyScale()]);
  const scorecard = scorecards[0];
  if (!scorecard) throw new Error('The self-assessment needs an interview scorecard (content/roles/<role>/scorecard.yaml) for its weights.');
  const role = levels.find((l) => l.id === scorecard.role);
  return buildLadder({
    tracks,
    competencies,
    levels,
    scale: scale.steps,
    scorecard: {
      title: `interview scorecard of the ${role?.title ?? scorecard.role}`,
      href: scorecardExampleHref(scorecard.role),
      dimensions: scorecard.dimensions,
    },
  });
}

export const getSelfAssessmentLadder = (): Promise<Ladder> => (ladder ??= load());

/** Every KPI of every level that has some, in role-folder order. */
export async function getGrowthKpis(): Promise<GrowthKpi[]> {
  return (await getRoleParts('kpis')).flatMap(({ role, data }) => data.metrics.map((m) => ({ level: role, id: m.id, name: m.name })));
}
