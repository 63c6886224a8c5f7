/**
 * The onboarding plan of a role (content/roles/<role>/goals.yaml) as the pages and the tracker use
 * it: pure functions shared by the build and the tracker island.
 *
 * This module is imported by the island: keep it free of Astro and Node imports.
 */

export interface PlanGoal {
  id: string;
  text: string;
}
export interface PlanPhase {
  id: string;
  title: string;
  goals: PlanGoal[];
}
/** What the tracker needs to know about the plan: phases and goal ids, in order. */
export interface Plan {
  phases: PlanPhase[];
}

/** The part of goals.yaml the plan is built from (structurally, so tests can pass plain objects). */
interface GoalsData {
  phases: { id: string; title: string; goals: { id: string; text: string }[] }[];
}

/** The tracker's view of goals.yaml: ids, titles and goal texts only. */
export function planOf(goals: GoalsData): Plan {
  return { phases: goals.phases.map((p) => ({ id: p.id, title: p.title, goals: p.goals.map((g) => ({ id: g.id, text: g.text })) })) };
}

/**
 * A goal's text as a name, said outside the list it introduces (“Establish a repeatable release
 * process for models:” heads its details): without the colon that leads into them, so a message
 * quoting it (“removes 1 goal (“…”)”) or a control named after it does not end on a colon.
 */
export const goalName = (text: string): string => text.replace(/\s*:\s*$/, '');

/** Each goal's name by id, for the tracker's messages about records. */
export const goalNames = (plan: Plan): Map<string, string> => new Map(plan.phases.flatMap((p) => p.goals.map((g) => [g.id, goalName(g.text)] as const)));

/**
 * The phases a checkpoint reviews, by id, in plan order. Throws with the known ids when one is
 * unknown, so a typo in a page fails the build instead of rendering an empty section.
 */
export function phasesById<P extends { id: string }>(phases: readonly P[], ids: readonly string[]): P[] {
  return ids.map((id) => {
    const phase = phases.find((p) => p.id === id);
    if (!phase) throw new Error(`unknown phase \`${id}\`; the plan has ${phases.map((p) => `\`${p.id}\``).join(', ')}`);
    return phase;
  });
}

/**
 * Links of goals to the things they build, resolved to names and pages. `kpiOrder` is the KPI table
 * of the role (its order is the order KPIs are listed in). Unknown ids throw: the validator rejects
 * them first (rule broken-reference), so reaching this is a bug, not an authoring mistake.
 */
export function linkGoal<C extends { id: string }, K extends { id: string }>(
  goal: { id: string; competencies: readonly string[]; kpis: readonly string[] },
  competencies: readonly C[],
  kpiTable: readonly K[],
): { competencies: C[]; kpis: K[] } {
  const find = <T extends { id: string }>(list: readonly T[], id: string, what: string) => {
    const found = list.find((x) => x.id === id);
    if (!found) throw new Error(`goal \`${goal.id}\`: ${what} \`${id}\` does not exist`);
    return found;
  };
  return {
    competencies: goal.competencies.map((id) => find(competencies, id, 'competency')),
    kpis: goal.kpis.map((id) => find(kpiTable, id, 'KPI')),
  };
}

/** A goal's reference to a KPI or competency: its id as written in the data, or the entry `linkGoal` resolved it to. */
type Ref = string | { id: string };
const refId = (ref: Ref) => (typeof ref === 'string' ? ref : ref.id);

/** Every KPI that at least one of `goals` moves, once each, in the order of the KPI table. */
export function kpisMovedBy<K extends { id: string }>(goals: readonly { kpis: readonly Ref[] }[], kpiTable: readonly K[]): K[] {
  const moved = new Set(goals.flatMap((g) => g.kpis.map(refId)));
  return kpiTable.filter((k) => moved.has(k.id));
}

/** Every competency that at least one of `goals` builds, once each, in the order of `competencies`. */
export function competenciesBuiltBy<C extends { id: string }>(goals: readonly { competencies: readonly Ref[] }[], competencies: readonly C[]): C[] {
  const built = new Set(goals.flatMap((g) => g.competencies.map(refId)));
  return competencies.filter((c) => built.has(c.id));
}

