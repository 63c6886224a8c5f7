import { foldedListItems } from '../folded-list-items.ts';
import type { LoadedContent } from '../load.ts';
import type { Problem } from '../problem.ts';
import { defineRule } from '../rule.ts';
import type { YamlSource } from '../yaml-source.ts';

/** Every parsed YAML text once, by its file: data files, the pages' frontmatter and the interview materials' pages. */
function sources(content: LoadedContent): Map<string, YamlSource> {
  const byFile = new Map<string, YamlSource>();
  for (const e of content.entries) byFile.set(e.file, e.source);
  for (const p of content.pages) byFile.set(p.file, p.source);
  for (const [file, source] of content.materials.pageSources) byFile.set(file, source);
  return byFile;
}

export const foldedListItem = defineRule({
  id: 'folded-list-item',
  description:
    'No `- ` list item is indented so that YAML reads it as more of the text above it (a list whose first item is out-dented, or an item indented further than the one before it, becomes one long text).',
  hint: 'Put every `- ` item of a list at the same indentation as the first item, or the whole text in quotes if the dash belongs to it.',
  check: (content) =>
    [...sources(content)].flatMap(([file, source]) =>
      foldedListItems(source).map(({ position, ...detail }): Problem<'folded-list-item'> => ({ file, ...position, rule: 'folded-list-item', ...detail })),
    ),
});
