import { asStrings, comparableName, dataOf, defineRule, entriesOf, entryNames, reporter } from '../rule.ts';

export const ambiguousAlias = defineRule({
  id: 'ambiguous-alias',
  description:
    'Each alias of a level, a glossary term or a Staff+ archetype leads to it alone: it is not the title, short title or alias of another level (for a term: the `term` or alias of another glossary entry; for an archetype: the `name` or alias of another archetype), and an entry does not list it twice, so that search sends a reader who types it to one page.',
  hint: 'Remove the alias from all but one entry, or make it specific to it (e.g. `Staff engineer` rather than `engineer`).',
  check(content) {
    const { problems, report } = reporter('ambiguous-alias');
    for (const { collection, what, names } of entryNames.filter((c) => c.aliases)) {
      const entries = entriesOf(content, collection);
      /** Who uses each name, and as what: `title of \`x\``, `alias of \`y\``. */
      const owners = new Map<string, { id: string; as: string }[]>();
      const own = (name: string, id: string, as: string) => owners.set(comparableName(name), [...(owners.get(comparableName(name)) ?? []), { id, as }]);
      for (const e of entries) {
        const d = dataOf(e);
        for (const { key, label } of names) if (typeof d[key] === 'string') own(d[key], e.id, label);
        for (const alias of new Set(asStrings(d['aliases']).map(comparableName))) own(alias, e.id, 'alias');
      }
      for (const e of entries) {
        const seen = new Set<string>();
        asStrings(dataOf(e)['aliases']).forEach((alias, i) => {
          const name = comparableName(alias);
          const others = (owners.get(name) ?? []).filter((o) => o.id !== e.id);
          if (seen.has(name)) report(e, ['aliases', i], `alias “${alias}” is listed twice`, { expected: 'each alias once', found: `a second “${alias}”` });
          else if (others.length)
            report(e, ['aliases', i], `alias “${alias}” of \`${e.id}\` also names another ${what}`, {
              expected: `a name of this ${what} alone`,
              found: others.map((o) => `the ${o.as} of \`${o.id}\``).join(', '),
            });
          seen.add(name);
        });
      }
    }
    return problems;
  },
});
