/** A role's hiring guide: its hiring data joined with its scorecard and its level on the ladder. */
import type { CollectionEntry } from 'astro:content';
import { expectationHref, kitHref, levelHref } from '~/lib/site/urls';
import { getLevels, getRolePart, getScorecard, type Scorecard } from './collections';
import { rolesBase } from '~/schemas/collections';
import { byId } from './lookup';

type HiringData = CollectionEntry<'hiring'>['data'];
type ScorecardData = Scorecard;
type Anchor = { rating: number; text: string };

/** A scorecard dimension with what the hiring guide shows about it. */
export interface HiringDimension {
  competency: string;
  /** The dimension's name: its competency's `name`. */
  label: string;
  weight: number;
  excellent: string;
  /** The calculator's anchors for the whole loop (`hiring.yaml` → `scorecardAnchors`). */
  anchors: Anchor[];
  /** The role's level expectations for this competency on the ladder. */
  expectationHref: string;
}

/** An exercise with its kit, its rubrics joined to the scorecard dimensions they rate. */
export interface HiringExercise extends Omit<HiringData['exercises'][number], 'kit'> {
  href: string;
  kit: Omit<HiringData['exercises'][number]['kit'], 'rubrics'> & {
    /** Sum of the timing plan’s segments. */
    plannedMinutes: number;
    rubrics: { dimension: HiringDimension; anchors: Anchor[] }[];
  };
}

export interface HiringGuide {
  role: string;
  level: { title: string; shortTitle: string; href: string };
  scale: ScorecardData['scale'];
  /** Highest `minScore` first. */
  bands: ScorecardData['bands'];
  /** Decision floors: low ratings that rule out bands whatever the score. */
  floors: ScorecardData['floors'];
  /** The worked example of the scoring, when the scorecard has one. */
  workedExample: ScorecardData['workedExample'];
  /** Ratings this many points apart make a dimension contested at the debrief. */
  disagreementPoints: number;
  dimensions: HiringDimension[];
  areas: HiringData['areas'];
  exercises: HiringExercise[];
  strongSignals: string[];
  weakSignals: string[];
  redFlags: HiringData['redFlags'];
  /** Where the parts of the hiring criteria come from. */
  provenance: HiringData['provenance'];
  /** Where the parts of the scorecard (dimensions, scale, bands) come from. */
  scorecardProvenance: ScorecardData['provenance'];
}

/**
 * A role's hiring guide: its hiring data (assessment areas, exercises with kits, signals, red flags)
 * joined with its scorecard (scale, bands, weighted dimensions) and its level on the ladder. The
 * validator has already checked that every rubric rates a dimension of this scorecard on its scale.
 */
export async function getHiringGuide(role: string): Promise<HiringGuide> {
  const [hiring, scorecard, levels] = await Promise.all([getRolePart('hiring', role), getScorecard(role), getLevels()]);
  const level = byId(levels, 'level', role, { file: rolesBase });
  const dimensions: HiringDimension[] = scorecard.dimensions.map((d) => ({
    ...d,
    anchors: hiring.scorecardAnchors.find((a) => a.competency === d.competency)?.anchors ?? [],
    expectationHref: expectationHref(role, d.competency),
  }));
  const dimension = (competency: string, where: string) => {
    const found = dimensions.find((d) => d.competency === competency);
    if (!found) throw new Error(`${where}: \`${competency}\` is not a dimension of the ${role} scorecard`);
    return found;
  };
  return {
    role,
    level: { title: level.title, shortTitle: level.shortTitle, href: levelHref(role) },
    scale: [...scorecard.scale].sort((a, b) => a.rating - b.rating),
    bands: [...scorecard.bands].sort((a, b) => b.minScore - a.minScore),
    floors: scorecard.floors,
    workedExample: scorecard.workedExample,
    disagreementPoints: scorecard.disagreementPoints,
    dimensions,
    areas: hiring.areas,
    exercises: hiring.exercises.map((x) => ({
      ...x,
      href: kitHref(x.id),
      kit: {
        ...x.kit,
        plannedMinutes: x.kit.timing.reduce((sum, s) => sum + s.minutes, 0),
        rubrics: x.kit.rubrics.map((r) => ({ dimension: dimension(r.competency, `exercise ${x.id}`), anchors: r.anchors })),
      },
    })),
    strongSignals: hiring.strongSignals,
    weakSignals: hiring.weakSignals,
    redFlags: hiring.redFlags,
    provenance: hiring.provenance,
    scorecardProvenance: scorecard.provenance,
  };
}
