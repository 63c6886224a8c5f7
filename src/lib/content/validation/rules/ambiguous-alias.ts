import { asStrings, comparableName, dataOf, defineRule, entriesOf, reporter } from '../rule.ts';

export const ambiguousAlias = defineRule({
  id: 'ambiguous-alias',
  description:
    'Each alias of a level leads to that level alone: it is not the title, short title or alias of another level, and a level does not list it twice, so that search sends a reader who types it to one page.',
  hint: 'Remove the alias from all but one level, or make it specific to the level (e.g. `Staff engineer` rather than `engineer`).',
  check(content) {
    const { problems, report } = reporter('ambiguous-alias');
    const roles = entriesOf(content, 'roles');
    /** Who uses each name, and as what: `title of \`x\``, `alias of \`y\``. */
    const owners = new Map<string, { level: string; as: string }[]>();
    const own = (name: string, level: string, as: string) => owners.set(comparableName(name), [...(owners.get(comparableName(name)) ?? []), { level, as }]);
    for (const e of roles) {
      const d = dataOf(e);
      if (typeof d['title'] === 'string') own(d['title'], e.id, 'title');
      if (typeof d['shortTitle'] === 'string') own(d['shortTitle'], e.id, 'short title');
      for (const alias of new Set(asStrings(d['aliases']).map(comparableName))) own(alias, e.id, 'alias');
    }
    for (const e of roles) {
      const seen = new Set<string>();
      asStrings(dataOf(e)['aliases']).forEach((alias, i) => {
        const name = comparableName(alias);
        const others = (owners.get(name) ?? []).filter((o) => o.level !== e.id);
        if (seen.has(name)) report(e, ['aliases', i], `alias “${alias}” is listed twice`, { expected: 'each alias once', found: `a second “${alias}”` });
        else if (others.length)
          report(e, ['aliases', i], `alias “${alias}” of \`${e.id}\` also names another level`, {
            expected: 'a name of this level alone',
            found: others.map((o) => `the ${o.as} of \`${o.level}\``).join(', '),
          });
        seen.add(name);
      });
    }
    return problems;
  },
});
