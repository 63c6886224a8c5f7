import { describe, expect, it } from 'vitest';
import type { DataCollectionName } from '../../../schemas/collections';
import type { Entry, LoadedContent, Page } from './load';
import { references } from './references';

/** An entry as the loader gives it, without the YAML source (references only read the data). */
const entry = (collection: DataCollectionName, id: string, data: unknown): Entry =>
  ({ collection, id, file: `${collection}/${id}.yaml`, data, valid: true, pathPrefix: [] }) as unknown as Entry;
const page = (file: string, frontmatter: Record<string, unknown>, text = ''): Page => ({ file, frontmatter, text }) as unknown as Page;
/**
 * An MDX page giving the handbook's components levels and exercises (one of the role the component is
 * given, one of no role named), a component of the handbook an attribute that is no id (a heading's
 * level), and a component of its own an id it does not look up.
 */
const mdx = [
  "import PromotionTable from '~/components/ladder/PromotionTable.astro';",
  "import InterviewKit from '~/components/hiring/InterviewKit.astro';",
  "import KitRolePlay from '~/components/hiring/KitRolePlay.astro';",
  "import Other from './other.astro';",
  '',
  `<PromotionTable from="senior" to={['staff']} />`,
  '<InterviewKit exercise="pairing" />',
  '<InterviewKit role="senior" exercise="design" />',
  '<KitRolePlay level="3" />',
  '<Other level="anything" />',
].join('\n');

/** One entry or page of each kind that references something, each naming one id (or two, in a list). */
const content = {
  entries: [
    entry('tracks', 'ic', { id: 'ic' }),
    entry('competencies', 'design', { id: 'design', tracks: ['ic'], technicalSkills: ['sql'], softSkills: ['listening'] }),
    entry('paths', 'data-engineer', { id: 'data-engineer', levels: ['senior'] }),
    entry('archetypes', 'architect', { id: 'architect', levels: ['staff'] }),
    entry('glossary', 'drift', { id: 'drift', related: ['skew'] }),
    entry('roles', 'senior', { track: 'ic', nextLevels: ['staff', 'lead'], expectations: { design: {} }, sharedExpectations: { inclusion: 'x' } }),
    entry('scorecards', 'senior', { dimensions: [{ competency: 'design' }] }),
    entry('hiring', 'senior', {
      areas: [{ competencies: ['design'] }],
      exercises: [{ competencies: ['delivery'], kit: { rubrics: [{ competency: 'design', anchors: [{ rating: 3 }] }] } }],
      scorecardAnchors: [{ competency: 'delivery', anchors: [{ rating: 2 }] }],
    }),
    entry('goals', 'senior', { phases: [{ goals: [{ competencies: ['design'], kpis: ['latency'] }] }] }),
    // Each subject that names an id, and one that names none.
    entry('changelog', 'changelog', {
      releases: [{ changes: ['level senior', 'competency design', 'scorecard senior', 'role-description staff', 'family family', 'guide anything'].map((c) => ({ subject: c.split(' ')[0], id: c.split(' ')[1] })) }],
    }),
  ],
  pages: [page('docs/senior.md', { role: 'senior', terms: ['drift'] }), page('docs/growth.mdx', {}, mdx)],
  unreadable: new Set<string>(),
} as unknown as LoadedContent;

describe('references', () => {
  it('lists every field that names an id, with the kind of id, where it is written, and what the field calls it', () => {
    // Each as `file path \`id\`: kind`, with what the field calls it when not its kind, the role whose own ids it names, and whether the id is a key.
    const listed = references(content).map(
      (r) =>
        `${r.in.file} ${r.inText ? `${r.inText.line}:${r.inText.column} of ${r.inText.of}` : r.path.join('.')} \`${r.id}\`: ${r.kind}${r.called === r.kind ? '' : ` (called ${r.called})`}${'role' in r ? ` of role ${r.role}` : ''}${r.onKey ? ', on the key' : ''}${r.orRemoved ? ', or one removed' : ''}`,
    );
    expect(listed).toEqual([
      'competencies/design.yaml tracks.0 `ic`: track',
      'competencies/design.yaml technicalSkills.0 `sql`: technical skill',
      'competencies/design.yaml softSkills.0 `listening`: soft skill',
      'paths/data-engineer.yaml levels.0 `senior`: level',
      'archetypes/architect.yaml levels.0 `staff`: level',
      'glossary/drift.yaml related.0 `skew`: glossary term',
      'roles/senior.yaml track `ic`: track',
      'roles/senior.yaml nextLevels.0 `staff`: level',
      'roles/senior.yaml nextLevels.1 `lead`: level',
      'roles/senior.yaml expectations.design `design`: competency, on the key',
      'roles/senior.yaml sharedExpectations.inclusion `inclusion`: theme, on the key',
      'scorecards/senior.yaml dimensions.0.competency `design`: competency',
      'hiring/senior.yaml areas.0.competencies.0 `design`: competency',
      'hiring/senior.yaml exercises.0.competencies.0 `delivery`: competency',
      'hiring/senior.yaml exercises.0.kit.rubrics.0.competency `design`: competency',
      'hiring/senior.yaml exercises.0.kit.rubrics.0.competency `design`: scorecard dimension of role senior',
      'hiring/senior.yaml exercises.0.kit.rubrics.0.anchors.0.rating `3`: scorecard rating (called rating of the scorecard scale) of role senior',
      'hiring/senior.yaml scorecardAnchors.0.competency `delivery`: competency',
      'hiring/senior.yaml scorecardAnchors.0.competency `delivery`: scorecard dimension of role senior',
      'hiring/senior.yaml scorecardAnchors.0.anchors.0.rating `2`: scorecard rating (called rating of the scorecard scale) of role senior',
      'goals/senior.yaml phases.0.goals.0.competencies.0 `design`: competency',
      'goals/senior.yaml phases.0.goals.0.kpis.0 `latency`: KPI of role senior',
      'docs/senior.md role `senior`: level (called role)',
      'docs/senior.md terms.0 `drift`: glossary term',
      "docs/growth.mdx 6:23 of the component's `from` `senior`: level",
      "docs/growth.mdx 6:37 of the component's `to` `staff`: level",
      "docs/growth.mdx 7:25 of the component's `exercise` `pairing`: exercise",
      "docs/growth.mdx 8:21 of the component's `role` `senior`: level",
      "docs/growth.mdx 8:39 of the component's `exercise` `design`: exercise of role senior",
      'changelog/changelog.yaml releases.0.changes.0.id `senior`: level, or one removed',
      'changelog/changelog.yaml releases.0.changes.1.id `design`: competency, or one removed',
      'changelog/changelog.yaml releases.0.changes.2.id `senior`: level (called scorecard), or one removed',
      'changelog/changelog.yaml releases.0.changes.3.id `staff`: level (called role description), or one removed',
      'changelog/changelog.yaml releases.0.changes.4.id `family`: family',
    ]);
  });

  it('reads them once per content', () => {
    expect(references(content)).toBe(references(content));
  });
});
