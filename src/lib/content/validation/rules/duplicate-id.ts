import type { Entry } from '../load.ts';
import { asList, dataOf, defineRule, entriesOf, reportedByLoader, reporter, type Data } from '../rule.ts';
import type { PathKey } from '../yaml-source.ts';
import { toolAnchor } from '../../../site/urls.ts';

/** Lists inside a file whose items carry ids that must be unique in that file. */
const nestedLists: [collection: string, key: string][] = [
  ['kpis', 'metrics'],
  ['technicalSkills', 'skills'],
  ['softSkills', 'skills'],
  ['hiring', 'areas'],
  ['hiring', 'exercises'],
  ['hiring', 'redFlags'],
  ['scorecards', 'bands'],
  ['goals', 'phases'],
];

export const duplicateId = defineRule({
  id: 'duplicate-id',
  description:
    'Ids are unique: within a list collection (tracks, competencies, paths, glossary), within a list of a file (KPIs, bands, areas, phases, goals of a plan…), for skills across every role, since competencies refer to them, and for exercises across every role, since their kits and materials are published under their ids; a role’s tools, which have no id, by the anchor their names give their rows.',
  hint: 'Give each entry its own id (and each tool of a role its own name); ids must be unique within their collection.',
  check(content) {
    const { problems, report } = reporter('duplicate-id');
    const unique = (e: Entry, path: PathKey[], list: Data[]) => {
      const seen = new Set<string>();
      list.forEach((item, i) => {
        const id = String(item['id']);
        if (seen.has(id)) report(e, [...path, i, 'id'], `id \`${id}\` is used twice in \`${path.join('.')}\``, { expected: 'a unique id', found: `\`${id}\`` });
        seen.add(id);
      });
    };

    for (const collection of ['tracks', 'competencies', 'paths', 'glossary']) {
      const seen = new Map<string, Entry>();
      for (const e of entriesOf(content, collection)) {
        const first = seen.get(e.id);
        if (first) report(e, ['id'], `id \`${e.id}\` is used twice in ${collection}`, { expected: 'a unique id', found: `a second \`${e.id}\` (first at line ${first.source.valueAt([...first.pathPrefix, 'id']).line})` });
        else seen.set(e.id, e);
      }
    }
    for (const [collection, key] of nestedLists) for (const e of entriesOf(content, collection)) unique(e, [key], asList(dataOf(e)[key]));
    // Goal ids are unique across the phases of a plan: the tracker keys progress by goal id.
    for (const e of entriesOf(content, 'goals')) {
      const seen = new Set<string>();
      asList(dataOf(e)['phases']).forEach((phase, p) =>
        asList(phase['goals']).forEach((goal, g) => {
          const id = String(goal['id']);
          if (seen.has(id)) report(e, ['phases', p, 'goals', g, 'id'], `goal id \`${id}\` is used twice in this file`, { expected: 'a unique id', found: `\`${id}\`` });
          seen.add(id);
        }),
      );
    }
    for (const collection of ['technicalSkills', 'softSkills']) {
      const seen = new Map<string, string>();
      for (const e of entriesOf(content, collection))
        asList(dataOf(e)['skills']).forEach((s, i) => {
          const id = String(s['id']);
          const other = seen.get(id);
          if (other && other !== e.file) report(e, ['skills', i, 'id'], `skill id \`${id}\` is also used in ${other}`, { expected: 'a unique id', found: `\`${id}\`` });
          seen.set(id, e.file);
        });
    }
    // An exercise's kit page and its materials are published under its id alone (/hiring/<id>/,
    // /hiring/materials/<id>/…): two roles' exercises with one id would give the build two pages
    // at one address, which it reports only as route conflicts, naming no file.
    const exercises = new Map<string, string>();
    for (const e of entriesOf(content, 'hiring'))
      asList(dataOf(e)['exercises']).forEach((x, i) => {
        const id = String(x['id']);
        const other = exercises.get(id);
        if (other && other !== e.file) report(e, ['exercises', i, 'id'], `exercise id \`${id}\` is also used in ${other}`, { expected: 'an exercise id no other role uses (its kit and materials are published under it)', found: `\`${id}\`` });
        else exercises.set(id, e.file);
      });
    // A tool's row is linked to by an anchor made from its name (toolAnchor): two names that make one
    // anchor ("Ray" twice, or "Ray" and "ray") would give the tools page two rows with one id.
    for (const e of entriesOf(content, 'tools')) {
      const seen = new Map<string, number>();
      asList(dataOf(e)['tools']).forEach((t, i) => {
        if (typeof t['tool'] !== 'string') return;
        const anchor = toolAnchor(t['tool']);
        const first = seen.get(anchor);
        if (first === undefined) seen.set(anchor, i);
        else
          report(e, ['tools', i, 'tool'], `tool “${t['tool']}” gives its row the anchor \`${anchor}\`, as the tool at line ${e.source.valueAt([...e.pathPrefix, 'tools', first, 'tool']).line} does`, {
            expected: 'a tool name no other tool of this role has (its row’s anchor is made from it)',
            found: `\`${anchor}\` a second time`,
          });
      });
    }
    // Two materials files that publish the same name are found as the loader reads them.
    return [...problems, ...reportedByLoader(content, 'duplicate-id')];
  },
});
