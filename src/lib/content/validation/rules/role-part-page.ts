import { dataCollectionsByName, rolePartFile, type RolePartName } from '../../../../schemas/collections.ts';
import { rolePartsOf } from '../../../../components/id-props.ts';
import { componentProps } from '../mdx-props.ts';
import { inSentence } from '../../../text/sentence.ts';
import { kitHref, rolePartHref, rolePartPages } from '../../../site/urls.ts';
import type { Problem } from '../problem.ts';
import type { LoadedContent } from '../load.ts';
import { asList, dataOf, defineRule, entriesOf, reporter } from '../rule.ts';

const isRolePart = (collection: string): collection is RolePartName => Object.hasOwn(rolePartPages, collection);

/** `/roles/lead-ml-engineer/kpis/` → `content/docs/roles/lead-ml-engineer/kpis.mdx`, where Starlight reads that page from. */
const pageFileOf = (href: string) => `content/docs${href.replace(/\/$/, '')}.mdx`;

/**
 * The part files this rule asks a page for, by name (`kpis.yaml`, `tools.yaml`…), from the URL
 * scheme's list of parts and the collections' paths: the rule's entry on the page of the rules
 * names the files an editor adds, so that the search finds the rule by the file its report is
 * about (“added kpis.yaml, the validator wants a page”), not only by the parts' titles.
 */
const partFiles = (Object.keys(rolePartPages) as RolePartName[]).map((part) => `\`${dataCollectionsByName[part].pattern.replace(/^.*\//, '')}\``).join(', ');

/**
 * A role's structured part (its KPIs, tools, skills, goals, scorecard, hiring guide) is shown on a
 * page of its role description, and other pages link there (the evidence log to the KPI framework,
 * a KPI to its row). Without that page the part is on no page at all, and the build stops at the
 * first link to it, naming the link rather than the file to add: this rule names the file.
 * The same holds for each exercise of a hiring guide: its interview kit is an MDX page of its own,
 * `content/docs/hiring/<exercise-id>.mdx`, which the role's hiring page and the exercise's
 * materials link to.
 */
export const rolePartPage = defineRule({
  id: 'role-part-page',
  description:
    `Each structured part of a role’s description next to its \`role.yaml\` (${partFiles}) has its page under \`content/docs/roles/<level-id>/\`, which shows it and which other pages link to, and each exercise of its \`hiring.yaml\` has its interview kit’s page, \`content/docs/hiring/<exercise-id>.mdx\`; and a component that shows a part of a level’s description (\`<KpiFramework role="…" />\`) is given a level that has that part.`,
  hint: 'Add the page the message names (a copy of another level’s, with `role:` in its frontmatter and `role="<level-id>"` in its components set to this level’s id, and for a kit `exercise="<exercise-id>"`), or remove the part file or the exercise. For a component given a level without the part it shows, add the file the message names or give the component a level that has one.',
  check(content) {
    const pageHrefs = new Set(content.pages.map((p) => p.href));
    const problems: Problem<'role-part-page'>[] = [];
    for (const entry of content.entries) {
      if (!isRolePart(entry.collection)) continue;
      const href = rolePartHref(entry.collection, entry.id);
      if (pageHrefs.has(href)) continue;
      // A page of another role that shows the same part, to copy.
      const example = content.entries.find((e) => e.collection === entry.collection && e.id !== entry.id && pageHrefs.has(rolePartHref(entry.collection as RolePartName, e.id)));
      const copyFrom = example ? `, such as a copy of ${pageFileOf(rolePartHref(entry.collection, example.id))} with \`role: ${entry.id}\`` : '';
      problems.push({
        file: entry.file,
        line: 1,
        column: 1,
        rule: 'role-part-page',
        message: `\`${entry.id}\`’s ${dataCollectionsByName[entry.collection].title} belongs on ${href}, and there is no such page`,
        expected: `the page ${pageFileOf(href)}${copyFrom}`,
        found: 'no such page',
      });
    }
    return [...problems, ...kitPageProblems(content, pageHrefs), ...componentPartProblems(content)];
  },
});

/** Each exercise of a hiring guide without its kit's page, named at the exercise's id. */
function kitPageProblems(content: LoadedContent, pageHrefs: ReadonlySet<string>): Problem<'role-part-page'>[] {
  const { problems, report } = reporter('role-part-page');
  const exercises = entriesOf(content, 'hiring').flatMap((entry) => asList(dataOf(entry)['exercises']).map((x, i) => ({ entry, i, id: typeof x['id'] === 'string' ? x['id'] : '' })));
  const example = exercises.find((x) => x.id && pageHrefs.has(kitHref(x.id)));
  for (const { entry, i, id } of exercises) {
    if (!id || pageHrefs.has(kitHref(id))) continue;
    const copyFrom = example ? `, such as a copy of ${pageFileOf(kitHref(example.id))} with \`role: ${entry.id}\` and \`exercise="${id}"\`` : '';
    report(entry, ['exercises', i, 'id'], `exercise \`${id}\`’s interview kit belongs on ${kitHref(id)}, and there is no such page`, { expected: `the page ${pageFileOf(kitHref(id))}${copyFrom}`, found: 'no such page' });
  }
  return problems;
}

/**
 * A page's component that shows a part of a level's description the level does not have
 * (`<KpiFramework role="…" />` for a level without kpis.yaml), named at the component's `role`: the
 * build would stop on it with a stack trace. A `role` that names no level is broken-reference's.
 */
function componentPartProblems(content: LoadedContent): Problem<'role-part-page'>[] {
  const levels = new Set(entriesOf(content, 'roles').map((e) => e.id));
  const has = new Set(content.entries.filter((e) => isRolePart(e.collection)).map((e) => `${e.collection}/${e.id}`));
  const problems: Problem<'role-part-page'>[] = [];
  for (const page of content.pages.filter((p) => p.file.endsWith('.mdx')))
    for (const prop of componentProps(page.text)) {
      if (prop.attribute !== 'role' || !levels.has(prop.value)) continue;
      for (const part of rolePartsOf(prop.specifier).filter((part) => !has.has(`${part}/${prop.value}`) && !content.unreadableFiles.has(rolePartFile(part, prop.value))))
        problems.push({
          file: page.file,
          line: prop.line,
          column: prop.column,
          rule: 'role-part-page',
          message: `the component from \`${prop.specifier}\` shows \`${prop.value}\`’s ${inSentence(dataCollectionsByName[part].title)}, and that level has none`,
          expected: `the file ${rolePartFile(part, prop.value)}, or a level that has one`,
          found: 'no such file',
        });
    }
  return problems;
}
