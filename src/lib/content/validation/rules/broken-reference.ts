import { rolesBase, roleFile, rolePartFile } from '../../../../schemas/collections.ts';
import { materialsAgainstKits, type HiringForMaterials } from '../../../hiring/materials.ts';
import { didYouMean } from '../did-you-mean.ts';
import { componentProps } from '../mdx-props.ts';
import type { Entry, Page } from '../load.ts';
import { asList, asStrings, dataOf, defineRule, entriesOf, idsOf, nestedIdsOf, reportedByLoader, reporter, type Data } from '../rule.ts';
import type { PathKey } from '../yaml-source.ts';
import { dimensionInDoubt, misspelledDefinitions, unresolved } from '../unresolved.ts';

/** The attributes of the handbook's components that name a level (`<PromotionTable from="…" to={[…]} />`, `<KpiFramework role="…" />`). */
const levelProps = new Set(['level', 'from', 'to', 'current', 'target', 'role']);

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
    'Every id that points elsewhere names something that exists: tracks, levels, competencies, skills, KPIs, glossary terms, themes of the shared expectations, the dimensions and ratings of a role’s scorecard, the ids an MDX page gives the handbook’s components (a level’s `from`, `to`, `level`, `current`, `target` or `role`, an interview `exercise`), the subjects of changelog entries (which may also name a level or competency that a release’s snapshot holds, since removed); and every file in a role’s folder has the role’s role.yaml beside it.',
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
    const referTo = (known: Set<string>, id: string) => {
      const ids = referenced.get(known);
      if (ids) ids.push(id);
      else referenced.set(known, [id]);
    };
    /**
     * Reports each id of `values` (one id or a list) that `known` lacks; `known` undefined means it cannot be
     * judged, and so does `inDoubt` for an id (one a misspelled value, reported where it is written, may be).
     */
    const refs = (entry: Entry | Page, path: PathKey[], values: unknown, known: Set<string> | undefined, what: string, inDoubt?: (id: string) => boolean) => {
      if (!known) return;
      asStrings(Array.isArray(values) ? values : values === undefined ? [] : [values]).forEach((id, i) => {
        referTo(known, id);
        if (!known.has(id) && !inDoubt?.(id))
          unknown.push({
            known,
            id,
            emit: (misspelled) =>
              report(entry, Array.isArray(values) ? [...path, i] : path, `${what} \`${id}\` does not exist${guess(id, known, misspelled)}`, {
                expected: known.size ? `one of ${[...known].sort().join(', ')}` : `a ${what} defined in the content`,
                found: `\`${id}\``,
              }),
          });
      });
    };
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
    for (const c of of('competencies')) {
      const d = dataOf(c);
      refs(c, ['tracks'], d['tracks'], tracks, 'track');
      refs(c, ['technicalSkills'], d['technicalSkills'], technicalSkillIds, 'technical skill');
      refs(c, ['softSkills'], d['softSkills'], softSkillIds, 'soft skill');
    }
    for (const p of of('paths')) refs(p, ['levels'], dataOf(p)['levels'], roleIds, 'level');
    for (const a of of('archetypes')) refs(a, ['levels'], dataOf(a)['levels'], roleIds, 'level');
    for (const g of of('glossary')) refs(g, ['related'], dataOf(g)['related'], glossaryIds, 'glossary term');
    for (const r of of('roles')) {
      const d = dataOf(r);
      refs(r, ['track'], d['track'], tracks, 'track');
      refs(r, ['nextLevels'], d['nextLevels'], roleIds, 'level');
      const expectations = (d['expectations'] ?? {}) as Record<string, Data>;
      for (const key of Object.keys(expectations)) {
        if (!competencyIds) continue;
        referTo(competencyIds, key);
        if (!competencyIds.has(key))
          unknown.push({
            known: competencyIds,
            id: key,
            emit: (misspelled) =>
              report(r, ['expectations', key], `competency \`${key}\` does not exist${guess(key, competencyIds, misspelled)}`, { expected: `one of ${[...competencyIds].sort().join(', ')}`, found: `\`${key}\`` }, true),
          });
      }
      for (const key of Object.keys((d['sharedExpectations'] ?? {}) as Record<string, unknown>))
        if (themeIds && !themeIds.has(key))
          report(r, ['sharedExpectations', key], `theme \`${key}\` of the shared expectations does not exist${guess(key, themeIds)}`, { expected: `one of ${[...themeIds].sort().join(', ')}`, found: `\`${key}\`` }, true);
    }
    // Every file in a role's folder belongs to a role that exists.
    for (const e of content.entries)
      if (e.file.startsWith(`${rolesBase}/`) && e.collection !== 'roles' && roleIds && !roleIds.has(e.id))
        report(e, [], `folder \`${e.id}\` has no role.yaml`, { expected: roleFile(e.id), found: 'nothing' });
    for (const s of of('scorecards')) asList(dataOf(s)['dimensions']).forEach((dim, i) => refs(s, ['dimensions', i, 'competency'], dim['competency'], competencyIds, 'competency'));
    for (const h of of('hiring')) {
      const d = dataOf(h);
      asList(d['areas']).forEach((a, i) => refs(h, ['areas', i, 'competencies'], a['competencies'], competencyIds, 'competency'));
      asList(d['exercises']).forEach((x, i) => refs(h, ['exercises', i, 'competencies'], x['competencies'], competencyIds, 'competency'));
      // Interview kits and the calculator's anchors rate the dimensions of the same role's scorecard, on its scale.
      const scorecard = of('scorecards').find((s) => s.id === h.id);
      // A dimension that is no competency is reported on the scorecard, and is neither a dimension to rate nor one to suggest.
      const dimensionIds = scorecard && new Set(asList(dataOf(scorecard)['dimensions']).map((dim) => String(dim['competency'])).filter((c) => !u.unknownDimensions.get(h.id)?.has(c)));
      const ratings = scorecard && new Set(asList(dataOf(scorecard)['scale']).map((r) => String(r['rating'])));
      const rated = (path: PathKey[], item: Data) => {
        refs(h, [...path, 'competency'], item['competency'], competencyIds, 'competency');
        refs(h, [...path, 'competency'], item['competency'], dimensionIds, 'scorecard dimension', (c) => dimensionInDoubt(u, h.id, c));
        asList(item['anchors']).forEach((a, k) => refs(h, [...path, 'anchors', k, 'rating'], String(a['rating']), ratings, 'rating of the scorecard scale'));
      };
      asList(d['exercises']).forEach((x, i) => asList((x['kit'] as Data | undefined)?.['rubrics']).forEach((r, j) => rated(['exercises', i, 'kit', 'rubrics', j], r)));
      asList(d['scorecardAnchors']).forEach((a, i) => rated(['scorecardAnchors', i], a));
    }
    for (const g of of('goals')) {
      const kpis = of('kpis').find((k) => k.id === g.id);
      const metrics = kpis ? asList(dataOf(kpis)['metrics']) : [];
      const kpiIds = content.unreadable.has('kpis') ? undefined : new Set(metrics.map((m) => String(m['id'])));
      defined(kpiIds, 'KPI', (id) => {
        const i = metrics.findIndex((m) => m['id'] === id);
        return kpis && i >= 0 ? [kpis, ['metrics', i, 'id']] : undefined;
      });
      asList(dataOf(g)['phases']).forEach((phase, p) =>
        asList(phase['goals']).forEach((goal, i) => {
          refs(g, ['phases', p, 'goals', i, 'competencies'], goal['competencies'], competencyIds, 'competency');
          refs(g, ['phases', p, 'goals', i, 'kpis'], goal['kpis'], kpiIds, 'KPI');
        }),
      );
    }
    for (const page of content.pages) {
      refs(page, ['role'], page.frontmatter['role'], roleIds, 'role');
      refs(page, ['terms'], page.frontmatter['terms'], glossaryIds, 'glossary term');
    }
    // The ids an MDX page gives the handbook's components, which look them up as the page renders.
    const exerciseIds = content.unreadable.has('hiring') ? undefined : new Set(of('hiring').flatMap((h) => asList(dataOf(h)['exercises']).map((x) => String(x['id']))));
    for (const page of content.pages.filter((p) => p.file.endsWith('.mdx')))
      for (const prop of componentProps(page.text)) {
        if (!prop.specifier.startsWith('~/components/')) continue;
        const [known, what] = levelProps.has(prop.attribute) ? [roleIds, 'level'] : prop.attribute === 'exercise' ? [exerciseIds, 'exercise'] : [undefined, ''];
        if (!known) continue;
        referTo(known, prop.value);
        if (!known.has(prop.value))
          unknown.push({
            known,
            id: prop.value,
            emit: (misspelled) =>
              problems.push({
                file: page.file,
                line: prop.line,
                column: prop.column,
                rule: 'broken-reference',
                message: `${what} \`${prop.value}\` of the component's \`${prop.attribute}\` does not exist${guess(prop.value, known, misspelled)}`,
                expected: `one of ${[...known].sort().join(', ')}`,
                found: `\`${prop.value}\``,
              }),
          });
      }
    // The changelog names things that exist, or existed: a level or competency removed since is still
    // named by the releases that added, changed and removed it, as their snapshots record it.
    const snapshots = of('releases').map(dataOf);
    const everHeld = (now: Set<string> | undefined, key: 'levels' | 'competencies') =>
      now && new Set([...now, ...snapshots.flatMap((snapshot) => asList(snapshot[key]).map((item) => String(item['id'])))]);
    const levelsEver = everHeld(roleIds, 'levels');
    const subjects: Record<string, Set<string> | undefined> = {
      level: levelsEver,
      competency: everHeld(competencyIds, 'competencies'),
      scorecard: levelsEver,
      'role-description': levelsEver,
      family: new Set(['family']),
    };
    for (const log of of('changelog'))
      asList(dataOf(log)['releases']).forEach((release, r) =>
        asList(release['changes']).forEach((change, c) => {
          const subject = String(change['subject']);
          if (subject in subjects) refs(log, ['releases', r, 'changes', c, 'id'], change['id'], subjects[subject], subject.replace('-', ' '));
        }),
      );
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
