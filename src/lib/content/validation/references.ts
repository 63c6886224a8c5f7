/**
 * Which fields of the content name an id defined elsewhere, and what kind of id: the one place that says so.
 * broken-reference reports each reference that names nothing; unresolved.ts reads the same list to tell a
 * misspelled definition from its references, and a misspelled reference from the checks that depend on it.
 * A new field that names a level, a competency or any other id is added here, and both see it.
 *
 * Pure: read from the loaded content, once per content (every rule that asks gets the same list).
 */
import { idPropsOf } from '../../../components/id-props.ts';
import type { Entry, LoadedContent, Page } from './load.ts';
import { componentProps } from './mdx-props.ts';
import type { ReferenceKind, RoleReferenceKind } from './reference-kinds.ts';
import { asList, asStrings, dataOf, entriesOf, type Data } from './entry-data.ts';
import type { PathKey } from './yaml-source.ts';

export type { ReferenceKind, RoleReferenceKind };

export type Reference = {
  /** The entry or page the id is written in. */
  in: Entry | Page;
  /** Where the id is written, from the entry (or the page's frontmatter). */
  path: PathKey[];
  id: string;
  /** What the field calls the thing it names, as messages say it: `role` in a page's frontmatter, a changelog change's subject. */
  called: string;
  /** The id is a key of a map (a level's expectations), not a value. */
  onKey: boolean;
  /** Written in an MDX page's text, not its frontmatter: where, and what of the component it is (`the component's \`to\``). */
  inText?: { line: number; column: number; of: string };
  /** The id may name what a release's snapshot holds and the content no longer does: the changelog tells the history of a level or competency removed since. */
  orRemoved?: boolean;
} & ({ kind: ReferenceKind } | { kind: RoleReferenceKind; role: string });

/** What each kind is called in messages, unless the field calls it otherwise. */
const calledByKind: Record<ReferenceKind | RoleReferenceKind, string> = {
  track: 'track',
  competency: 'competency',
  'technical skill': 'technical skill',
  'soft skill': 'soft skill',
  level: 'level',
  'glossary term': 'glossary term',
  theme: 'theme',
  family: 'family',
  exercise: 'exercise',
  KPI: 'KPI',
  'scorecard dimension': 'scorecard dimension',
  'scorecard rating': 'rating of the scorecard scale',
};

/** The changelog's subjects whose change names an id, with the kind of id it names. */
const changeSubjects: Record<string, ReferenceKind> = { level: 'level', competency: 'competency', scorecard: 'level', 'role-description': 'level', family: 'family' };

/**
 * The ids of levels or competencies that a release's snapshot (collection `releases`) holds, whether
 * or not the content still defines them: what an `orRemoved` reference may name. broken-reference
 * accepts such a reference; unresolved.ts does not count one naming a removed id as naming an id
 * defined nowhere.
 */
export function heldBySnapshots(content: LoadedContent, key: 'levels' | 'competencies'): Set<string> {
  return new Set(entriesOf(content, 'releases').flatMap((release) => asList(dataOf(release)[key]).map((item) => String(item['id']))));
}

const cache = new WeakMap<LoadedContent, Reference[]>();

/** Every id the content writes to name something defined elsewhere, collection by collection, each in the order of its entries (computed once per content). */
export function references(content: LoadedContent): Reference[] {
  const known = cache.get(content);
  if (known) return known;
  const list: Reference[] = [];
  const of = (collection: string) => entriesOf(content, collection);
  /** Each id of `values` (one id or a list of them; anything else is a schema error), with its place in the list. */
  const written = (path: PathKey[], values: unknown): [string, PathKey[]][] =>
    asStrings(Array.isArray(values) ? values : [values]).map((id, i) => [id, Array.isArray(values) ? [...path, i] : path]);
  const refer = (entry: Entry | Page, path: PathKey[], values: unknown, kind: ReferenceKind, called = calledByKind[kind]) => {
    for (const [id, at] of written(path, values)) list.push({ in: entry, path: at, id, kind, called, onKey: false });
  };
  const referInRole = (entry: Entry, path: PathKey[], values: unknown, kind: RoleReferenceKind) => {
    for (const [id, at] of written(path, values)) list.push({ in: entry, path: at, id, kind, role: entry.id, called: calledByKind[kind], onKey: false });
  };
  const referByKeys = (entry: Entry, key: string, map: unknown, kind: ReferenceKind) => {
    for (const id of Object.keys((map ?? {}) as object)) list.push({ in: entry, path: [key, id], id, kind, called: calledByKind[kind], onKey: true });
  };

  for (const c of of('competencies')) {
    const d = dataOf(c);
    refer(c, ['tracks'], d['tracks'], 'track');
    refer(c, ['technicalSkills'], d['technicalSkills'], 'technical skill');
    refer(c, ['softSkills'], d['softSkills'], 'soft skill');
  }
  for (const p of of('paths')) refer(p, ['levels'], dataOf(p)['levels'], 'level');
  for (const a of of('archetypes')) refer(a, ['levels'], dataOf(a)['levels'], 'level');
  for (const g of of('glossary')) refer(g, ['related'], dataOf(g)['related'], 'glossary term');
  for (const r of of('roles')) {
    const d = dataOf(r);
    refer(r, ['track'], d['track'], 'track');
    refer(r, ['nextLevels'], d['nextLevels'], 'level');
    referByKeys(r, 'expectations', d['expectations'], 'competency');
    referByKeys(r, 'sharedExpectations', d['sharedExpectations'], 'theme');
  }
  for (const s of of('scorecards')) asList(dataOf(s)['dimensions']).forEach((dim, i) => refer(s, ['dimensions', i, 'competency'], dim['competency'], 'competency'));
  for (const h of of('hiring')) {
    const d = dataOf(h);
    asList(d['areas']).forEach((a, i) => refer(h, ['areas', i, 'competencies'], a['competencies'], 'competency'));
    asList(d['exercises']).forEach((x, i) => refer(h, ['exercises', i, 'competencies'], x['competencies'], 'competency'));
    // Interview kits and the calculator's anchors rate the dimensions of the same role's scorecard, on its scale.
    const rated = (path: PathKey[], item: Data) => {
      refer(h, [...path, 'competency'], item['competency'], 'competency');
      referInRole(h, [...path, 'competency'], item['competency'], 'scorecard dimension');
      asList(item['anchors']).forEach((a, k) => referInRole(h, [...path, 'anchors', k, 'rating'], String(a['rating']), 'scorecard rating'));
    };
    asList(d['exercises']).forEach((x, i) => asList((x['kit'] as Data | undefined)?.['rubrics']).forEach((r, j) => rated(['exercises', i, 'kit', 'rubrics', j], r)));
    asList(d['scorecardAnchors']).forEach((a, i) => rated(['scorecardAnchors', i], a));
  }
  for (const g of of('goals'))
    asList(dataOf(g)['phases']).forEach((phase, p) =>
      asList(phase['goals']).forEach((goal, i) => {
        refer(g, ['phases', p, 'goals', i, 'competencies'], goal['competencies'], 'competency');
        referInRole(g, ['phases', p, 'goals', i, 'kpis'], goal['kpis'], 'KPI');
      }),
    );
  for (const page of content.pages) {
    refer(page, ['role'], page.frontmatter['role'], 'level', 'role');
    refer(page, ['terms'], page.frontmatter['terms'], 'glossary term');
  }
  // The ids an MDX page gives the handbook's components, which look them up as the page renders: which
  // attribute of which component names what is src/components/id-props.ts's to say. An exercise is one
  // of the role's that the same element's `role` names, where it names one.
  for (const page of content.pages.filter((p) => p.file.endsWith('.mdx'))) {
    const props = componentProps(page.text);
    for (const prop of props) {
      const kinds = idPropsOf(prop.specifier) ?? {};
      const kind = Object.hasOwn(kinds, prop.attribute) ? kinds[prop.attribute] : undefined;
      if (!kind) continue;
      const written = { in: page, path: [], id: prop.value, called: calledByKind[kind], onKey: false, inText: { line: prop.line, column: prop.column, of: `the component's \`${prop.attribute}\`` } };
      const role = kind === 'exercise' && kinds['role'] === 'level' ? props.find((p) => p.element === prop.element && p.attribute === 'role')?.value : undefined;
      list.push(role === undefined ? { ...written, kind } : { ...written, kind: 'exercise', role });
    }
  }
  for (const log of of('changelog'))
    asList(dataOf(log)['releases']).forEach((release, r) =>
      asList(release['changes']).forEach((change, c) => {
        const subject = String(change['subject']);
        const kind = Object.hasOwn(changeSubjects, subject) ? changeSubjects[subject] : undefined;
        if (kind)
          for (const [id, at] of written(['releases', r, 'changes', c, 'id'], change['id']))
            list.push({ in: log, path: at, id, kind, called: subject.replace('-', ' '), onKey: false, orRemoved: kind === 'level' || kind === 'competency' });
      }),
    );
  cache.set(content, list);
  return list;
}
