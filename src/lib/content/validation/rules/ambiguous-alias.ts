import { withArticle } from '../../../text/article.ts';
import { asStrings, comparableName, dataOf, defineRule, entriesOf, entryNames, reporter } from '../rule.ts';

/** Who uses a name, and as what: the `title` of level `x`, an alias of archetype `y`. */
interface NameOwner {
  collection: string;
  what: string;
  id: string;
  as: string;
}

export const ambiguousAlias = defineRule({
  id: 'ambiguous-alias',
  description:
    'Each alias of a level, a glossary term or a Staff+ archetype leads to it alone: it is not the name, title, short title, term or alias of another entry of any kind (another level, a competency, a glossary entry, an archetype), and an entry does not list it twice, so that search sends a reader who types it to one page.',
  hint: 'Remove the alias from all but one entry, or make it specific to it (e.g. `Staff engineer` rather than `engineer`).',
  check(content) {
    const { problems, report } = reporter('ambiguous-alias');
    // Names of every kind in one table: search answers a name with one page, whatever its kind.
    const owners = new Map<string, NameOwner[]>();
    const own = (name: string, owner: NameOwner) => owners.set(comparableName(name), [...(owners.get(comparableName(name)) ?? []), owner]);
    for (const { collection, what, names } of entryNames)
      for (const e of entriesOf(content, collection)) {
        const d = dataOf(e);
        for (const { key, label } of names) if (typeof d[key] === 'string') own(d[key], { collection, what, id: e.id, as: label });
        for (const alias of new Set(asStrings(d['aliases']).map(comparableName))) own(alias, { collection, what, id: e.id, as: 'alias' });
      }
    for (const { collection, what } of entryNames.filter((c) => c.aliases))
      for (const e of entriesOf(content, collection)) {
        const seen = new Set<string>();
        asStrings(dataOf(e)['aliases']).forEach((alias, i) => {
          const name = comparableName(alias);
          const others = (owners.get(name) ?? []).filter((o) => o.collection !== collection || o.id !== e.id);
          const kinds = [...new Set(others.map((o) => o.what))];
          if (seen.has(name)) report(e, ['aliases', i], `alias “${alias}” is listed twice`, { expected: 'each alias once', found: `a second “${alias}”` });
          else if (others.length)
            report(e, ['aliases', i], `alias “${alias}” of \`${e.id}\` also names ${kinds.map((k) => (k === what ? `another ${k}` : withArticle(k))).join(' and ')}`, {
              expected: `a name of this ${what} alone`,
              found: others.map((o) => `the ${o.as} of ${o.collection === collection ? '' : `${o.what} `}\`${o.id}\``).join(', '),
            });
          seen.add(name);
        });
      }
    return problems;
  },
});
