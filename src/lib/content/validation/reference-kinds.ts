/**
 * The kinds of id a reference can name, as the validator and the components' table of id props
 * (src/components/id-props.ts) say them. In a module of their own so that the table can name them
 * without importing the validator, which reads the table.
 */

/** What a reference must name, when it is an id of the content as a whole. */
export type ReferenceKind = 'track' | 'competency' | 'technical skill' | 'soft skill' | 'level' | 'glossary term' | 'theme' | 'family' | 'exercise';

/**
 * What a reference must name, when it is an id of one role (its folder): a KPI of its kpis.yaml, a
 * dimension or a rating of the scale of its scorecard.yaml, an exercise of its hiring.yaml.
 */
export type RoleReferenceKind = 'KPI' | 'scorecard dimension' | 'scorecard rating' | 'exercise';

/**
 * What an attribute of a component names. An `exercise` is one of the exercises of the role that the
 * same component's `role` names (of any role, for a component given none).
 */
export type ComponentIdKind = Extract<ReferenceKind, 'level' | 'competency' | 'glossary term' | 'exercise'>;
