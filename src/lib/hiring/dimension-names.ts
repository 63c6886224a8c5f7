/**
 * A scorecard dimension's name is its competency's name. `scorecard.yaml` writes only the
 * competency's id, so that renaming a competency (`name` in competencies.yaml) renames its dimension
 * wherever the scorecard shows it: the role page, the hiring guide and its kits, the calculator and
 * the debrief, the competency page, the llms files. Every reader of a scorecard gets its dimensions
 * through this join (`getScorecard`, `getScorecards` in src/data/collections.ts).
 */

/** A scorecard dimension with the name it shows. */
export type NamedDimension<D extends { competency: string }> = D & {
  /** The name the dimension shows: its competency's `name`. */
  label: string;
};

/**
 * The dimensions, each with its competency's name. `where` names the scorecard in the error thrown for
 * a dimension that is no competency (the validator reports it first, as a broken reference).
 */
export function withDimensionNames<D extends { competency: string }>(
  dimensions: readonly D[],
  competencies: readonly { id: string; name: string }[],
  where: string,
): NamedDimension<D>[] {
  const names = new Map(competencies.map((c) => [c.id, c.name]));
  return dimensions.map((d) => {
    const label = names.get(d.competency);
    if (label === undefined) throw new Error(`${where}: the dimension \`${d.competency}\` names no competency of competencies.yaml`);
    return { ...d, label };
  });
}
