import { rolesBase, roleFile, rolePartFile } from '../../../../schemas/collections.ts';
import { materialsAgainstKits, type HiringForMaterials } from '../../../hiring/materials.ts';
import { withArticle } from '../../../text/article.ts';
import { didYouMean } from '../did-you-mean.ts';
import type { Entry } from '../load.ts';
import { heldBySnapshots, references, type ReferenceKind, type RoleReferenceKind } from '../references.ts';
import { asList, dataOf, defineRule, entriesOf, idsOf, nestedIdsOf, reportedByLoader, reporter } from '../rule.ts';
import type { PathKey } from '../yaml-source.ts';
import { dimensionInDoubt, misspelledDefinitions, unresolved } from '../unresolved.ts';

/**
 * ` (did you mean \`x\`?)` when one of the known ids is a likely typo of the one written, as unknown-key
 * suggests field names; never one in `misspelled` (reported as an error itself).
 */
const guess = (id: string, known: Iterable<string>, misspelled: ReadonlySet<string> = new Set()) => {
  const meant = didYouMean(id, [...known].filter((k) => !misspelled.has(k)));
  return meant ? ` (did you mean \`${meant}\`?)` : '';
};

export const brokenReference = defineRule({
  id: 'broken-reference',
  description:
    'Every id that points elsewhere names something that exists: tracks, levels, competencies, skills, KPIs, glossary terms, themes of the shared expectations, the dimensions and ratings of a role’s scorecard, the ids an MDX page gives the handbook’s components (a level’s `from`, `to`, `level`, `current`, `target` or `role`, an interview `exercise` of the role the component is given), the subjects of changelog entries (which may also name a level or competency that a release’s snapshot holds, since removed); and every file in a role’s folder has the role’s role.yaml beside it.',
  hint: 'Point the reference at an id that exists, or add the missing entry.',
  check(content) {
    const { problems, report } = reporter('broken-reference');
    const of = (collection: string) => entriesOf(content, collection);
    const tracks = idsOf(content, 'tracks');
    const competencyIds = idsOf(content, 'competencies');
    const roleIds = idsOf(content, 'roles');
    const glossaryIds = idsOf(content, 'glossary');
    const technicalSkillIds = nestedIdsOf(content, 'technicalSkills', 'skills');
    const softSkillIds = nestedIdsOf(content, 'softSkills', 'skills');
    const themeIds = idsOf(content, 'sharedExpectations');

    const u = unresolved(content);
    /** Every id referenced, by the set of ids it must be one of, to find a definition misspelled (below). */
    const referenced = new Map<Set<string>, string[]>();
    /** The references that name no id, reported at the end unless a misspelled definition explains them. */
    const unknown: { known: Set<string>; id: string; emit: (misspelled: ReadonlySet<string>) => void }[] = [];
    /** Where each set's ids are defined: the entry and path of a definition, and what one is called. */
    const definitions = new Map<Set<string>, { what: string; at: (id: string) => [Entry, PathKey[]] | undefined }>();
    const defined = (known: Set<string> | undefined, what: string, at: (id: string) => [Entry, PathKey[]] | undefined) => known && definitions.set(known, { what, at });
    const listItem = (collection: string) => (id: string): [Entry, PathKey[]] | undefined => {
      const e = of(collection).find((x) => x.id === id);
      return e && [e, ['id']];
    };
    defined(tracks, 'track', listItem('tracks'));
    defined(competencyIds, 'competency', listItem('competencies'));
    defined(glossaryIds, 'glossary term', listItem('glossary'));
    defined(roleIds, 'level', (id) => {
      const e = of('roles').find((x) => x.id === id);
      return e && [e, []];
    });
    /** The ids a kind of reference must be one of; `undefined` when they cannot be judged. */
    const ids: Record<ReferenceKind, Set<string> | undefined> = {
      track: tracks,
      competency: competencyIds,
      'technical skill': technicalSkillIds,
      'soft skill': softSkillIds,
      level: roleIds,
      'glossary term': glossaryIds,
      theme: themeIds,
      family: new Set(['family']),
      exercise: content.unreadable.has('hiring') ? undefined : new Set(of('hiring').flatMap((h) => asList(dataOf(h)['exercises']).map((x) => String(x['id'])))),
    };
    // The changelog names things that exist, or existed: a level or competency removed since is still
    // named by the releases that added, changed and removed it, as their snapshots record it.
    const everHeld = (now: Set<string> | undefined, key: 'levels' | 'competencies') => now && new Set([...now, ...heldBySnapshots(content, key)]);
    const idsOrRemoved: Partial<Record<ReferenceKind, Set<string> | undefined>> = { level: everHeld(roleIds, 'levels'), competency: everHeld(competencyIds, 'competencies') };
    /** As `ids`, for the kinds whose ids are a role's own, by role (read once each). */
    const ownIdsByRole = new Map<string, Record<RoleReferenceKind, Set<string> | undefined>>();
    const ownIdsOf = (role: string): Record<RoleReferenceKind, Set<string> | undefined> => {
      const known = ownIdsByRole.get(role);
      if (known) return known;
      const kpis = of('kpis').find((k) => k.id === role);
      const metrics = kpis ? asList(dataOf(kpis)['metrics']) : [];
      const kpiIds = content.unreadable.has('kpis') ? undefined : new Set(metrics.map((m) => String(m['id'])));
      defined(kpiIds, 'KPI', (id) => {
        const i = metrics.findIndex((m) => m['id'] === id);
        return kpis && i >= 0 ? [kpis, ['metrics', i, 'id']] : undefined;
      });
      const scorecard = of('scorecards').find((s) => s.id === role);
      const hiring = of('hiring').find((h) => h.id === role);
      const own = {
        KPI: kpiIds,
        // A dimension that is no competency is reported on the scorecard, and is neither a dimension to rate nor one to suggest.
        'scorecard dimension': scorecard && new Set(asList(dataOf(scorecard)['dimensions']).map((dim) => String(dim['competency'])).filter((c) => !u.unknownDimensions.get(role)?.has(c))),
        'scorecard rating': scorecard && new Set(asList(dataOf(scorecard)['scale']).map((r) => String(r['rating']))),
        // The exercises of a role that is no level are not judged: the role is reported where it is written.
        exercise: content.unreadable.has('hiring') || !roleIds?.has(role) ? undefined : new Set(asList(hiring && dataOf(hiring)['exercises']).map((x) => String(x['id']))),
      };
      ownIdsByRole.set(role, own);
      return own;
    };
    for (const ref of references(content)) {
      const { id, kind } = ref;
      const known = 'role' in ref ? ownIdsOf(ref.role)[ref.kind] : ref.orRemoved ? idsOrRemoved[ref.kind] : ids[ref.kind];
      if (!known) continue;
      const uses = referenced.get(known);
      if (uses) uses.push(id);
      else referenced.set(known, [id]);
      // A misspelled dimension of the role's scorecard (reported where it is written) may be the one meant.
      if (known.has(id) || ('role' in ref && kind === 'scorecard dimension' && dimensionInDoubt(u, ref.role, id))) continue;
      const found = `\`${id}\``;
      // A theme has a message of its own, and no misspelled definition is looked for in shared-expectations.yaml to explain it.
      if (kind === 'theme') {
        report(ref.in, ref.path, `theme ${found} of the shared expectations does not exist${guess(id, known)}`, { expected: `one of ${[...known].sort().join(', ')}`, found }, true);
        continue;
      }
      const a = withArticle(ref.called);
      const expected = known.size || ref.onKey ? `one of ${[...known].sort().join(', ')}` : 'role' in ref ? `${a} of role \`${ref.role}\`` : `${a} defined in the content`;
      const { inText } = ref;
      // An id of a role written in an MDX page names its role beside it (a component's `role`), not by the folder it is in.
      const inRole = inText && 'role' in ref ? ` in role \`${ref.role}\`` : '';
      unknown.push({
        known,
        id,
        emit: (misspelled) =>
          inText
            ? problems.push({ file: ref.in.file, line: inText.line, column: inText.column, rule: 'broken-reference', message: `${ref.called} ${found} of ${inText.of} does not exist${inRole}${guess(id, known, misspelled)}`, expected, found })
            : report(ref.in, ref.path, `${ref.called} ${found} does not exist${guess(id, known, misspelled)}`, { expected, found }, ref.onKey),
      });
    }
    // Every file in a role's folder belongs to a role that exists.
    for (const e of content.entries)
      if (e.file.startsWith(`${rolesBase}/`) && e.collection !== 'roles' && roleIds && !roleIds.has(e.id))
        report(e, [], `folder \`${e.id}\` has no role.yaml`, { expected: roleFile(e.id), found: 'nothing' });
    // A definition referenced nowhere, while an id one or two edits from it is referenced in several places and
    // defined nowhere, is the typo: it is reported where it is written, instead of every correct reference.
    const misspelledIds = new Set<string>();
    const explained = new Map<Set<string>, Set<string>>();
    for (const [known, { what, at }] of definitions)
      for (const [typo, meant] of misspelledDefinitions(known, referenced.get(known) ?? [])) {
        const where = at(typo);
        if (!where) continue;
        misspelledIds.add(typo);
        explained.set(known, (explained.get(known) ?? new Set()).add(meant));
        const uses = (referenced.get(known) ?? []).filter((id) => id === meant).length;
        report(where[0], where[1], `${what} \`${typo}\` is referenced nowhere, while \`${meant}\`, referenced in ${uses} places, is defined nowhere: a misspelled id?`, {
          expected: `\`${meant}\``,
          found: `\`${typo}\``,
        });
      }
    for (const { known, id, emit } of unknown) if (!explained.get(known)?.has(id)) emit(misspelledIds);
    // The interview materials' own references (files between pages, planted issues on diff lines) are
    // checked as the loader reads them; here, the materials against the kits of hiring.yaml.
    // A role whose hiring.yaml did not parse or match its schema has no exercises to judge its materials by.
    const judged = (role: string) => !content.unreadableFiles.has(rolePartFile('hiring', role)) && !of('hiring').some((e) => e.id === role && !e.valid);
    const hiring: HiringForMaterials[] = of('hiring')
      .filter((e) => e.valid)
      .map((e) => ({ role: e.id, file: e.file, source: e.source, pathPrefix: e.pathPrefix, exercises: (e.data as { exercises: HiringForMaterials['exercises'] }).exercises }));
    const materials = { ...content.materials, materials: content.materials.materials.filter((m) => judged(m.role)) };
    return [...problems, ...reportedByLoader(content, 'broken-reference'), ...materialsAgainstKits(materials, hiring)];
  },
});
