import type { Entry } from '../load.ts';
import { asList, asStrings, comparableName, dataOf, defineRule, entriesOf, entryNames, reporter } from '../rule.ts';

export const formerTitle = defineRule({
  id: 'former-title',
  description:
    'A level renamed since a release keeps the title it had in that release (its snapshot in `content/family/releases/`) as its short title or among its `aliases`: readers, their notes and searches still use the old title, and its page and search lead them to the level by it. A former title that another entry now holds (a level’s title, short title or alias, a competency’s name, a glossary entry’s term or alias, an archetype’s name or alias) is not required: it names that entry now, and as an alias of both it would lead readers to two pages (rule `ambiguous-alias`).',
  hint: 'Add the former title to the level’s `aliases` (or give the level its former title back).',
  check(content) {
    const { problems, report } = reporter('former-title');
    const levels = new Map(entriesOf(content, 'roles').map((e) => [e.id, e]));
    /**
     * Every name an entry of any kind holds now (`entryNames`: a level's title, short title and aliases, a
     * glossary entry's term and aliases…). A former title among them is either kept by its level or passed
     * on to another entry, whose name it now is: asking its former holder to keep it too would make it an
     * alias that names two entries, which `ambiguous-alias` forbids, across kinds as within one.
     */
    const heldNames = new Set(
      entryNames.flatMap(({ collection, names, aliases }) =>
        entriesOf(content, collection).flatMap((e) => {
          const d = dataOf(e);
          return [...names.map(({ key }) => d[key]), ...(aliases ? asStrings(d['aliases']) : [])].filter((t) => typeof t === 'string').map(comparableName);
        }),
      ),
    );
    /** Each level's former titles, with the releases and places that record them, in release order. */
    const former = new Map<string, Map<string, { title: string; releases: string[]; where: string }>>();
    for (const snapshot of entriesOf(content, 'releases'))
      asList(dataOf(snapshot)['levels']).forEach((level, i) => {
        const id = String(level['id']);
        const title = level['title'];
        const current = levels.get(id);
        // A level without a title of its own is the schema's to report (required-field): it has no “now” to compare.
        if (typeof title !== 'string' || !current || typeof dataOf(current)['title'] !== 'string') return;
        const name = comparableName(title);
        if (heldNames.has(name)) return;
        const titles = former.get(id) ?? new Map<string, { title: string; releases: string[]; where: string }>();
        const found = titles.get(name);
        if (found) found.releases.push(snapshot.id);
        else titles.set(name, { title, releases: [snapshot.id], where: `${snapshot.file}:${place(snapshot, ['levels', i, 'title'])}` });
        former.set(id, titles);
      });
    for (const [id, titles] of former) {
      const level = levels.get(id)!;
      const aliases = asStrings(dataOf(level)['aliases']);
      for (const { title, releases, where } of titles.values())
        report(level, 'aliases' in dataOf(level) ? ['aliases'] : ['title'], `level \`${id}\` was “${title}” in ${releases.length === 1 ? 'release' : 'releases'} ${releases.join(', ')} (${where}) and is “${String(dataOf(level)['title'])}” now, but “${title}” is not among its aliases`, {
          expected: `“${title}” in \`aliases\``,
          found: aliases.length ? `aliases ${aliases.map((a) => `“${a}”`).join(', ')}` : 'no aliases',
        }, true);
    }
    return problems;
  },
});

const place = (entry: Entry, path: (string | number)[]) => {
  const { line, column } = entry.source.valueAt([...entry.pathPrefix, ...path]);
  return `${line}:${column}`;
};
