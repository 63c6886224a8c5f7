import type { Entry } from '../load.ts';
import { holdsPlaceholder } from './placeholder-text.ts';
import { comparableName, dataOf, defineRule, entriesOf, entryNames, reporter } from '../rule.ts';

export const duplicateName = defineRule({
  id: 'duplicate-name',
  description:
    'No two competencies share a `name`, no two levels share a title (a level’s `title` or `shortTitle` is not another level’s title or short title), no two glossary entries share a `term` and no two Staff+ archetypes a `name`, in any case: pages, tables and search results tell them apart by these names.',
  hint: 'Rename one of the two, or merge two glossary entries for one term; for a level that readers knew by its old title, keep that title among its `aliases`.',
  check(content) {
    const { problems, report } = reporter('duplicate-name');
    for (const { collection, what, names: fields } of entryNames) {
      const first = new Map<string, { entry: Entry; label: string; key: string }>();
      for (const entry of entriesOf(content, collection))
        for (const { key, label } of fields) {
          const name = dataOf(entry)[key];
          // Two levels scaffolded at once share their placeholders until filled in: placeholder-text reports those.
          if (typeof name !== 'string' || holdsPlaceholder(name)) continue;
          const owner = first.get(comparableName(name));
          if (!owner) first.set(comparableName(name), { entry, label, key });
          else if (owner.entry !== entry) {
            const where = owner.entry.source.valueAt([...owner.entry.pathPrefix, owner.key]);
            report(entry, [key], `the ${label} “${name}” of ${what} \`${entry.id}\` is also the ${owner.label} of ${what} \`${owner.entry.id}\` (${owner.entry.file}:${where.line}:${where.column})`, {
              expected: `a ${label} no other ${what} has`,
              found: `“${name}” a second time`,
            });
          }
        }
    }
    return problems;
  },
});
