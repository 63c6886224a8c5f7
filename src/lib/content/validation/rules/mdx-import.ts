import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { didYouMean } from '../did-you-mean.ts';
import { exportedNames, importAliases, mdxImports, resolveImport, usedComponents } from '../mdx-imports.ts';
import type { Problem } from '../problem.ts';
import { defineRule } from '../rule.ts';

/** The pages the build compiles as MDX, whose `import` lines it runs. */
const isMdxPage = (file: string) => file.startsWith('content/docs/') && file.endsWith('.mdx');

export const mdxImport = defineRule({
  id: 'mdx-import',
  description:
    'Every `import` of an MDX page whose path is relative (`./`, `../`) or an alias of tsconfig.json (`~/`) leads to a file, as the build resolves it (a package’s path is not judged), and every component the page uses (`<Card>`, `<Icons.Star>`) is imported or defined (`export const`, or a key of `export const components = { … }`) by the page under that name: the handbook passes MDX no components of its own, and the build stops on any other name with only “Expected component … to be defined”.',
  hint: 'Correct the path (and the file name’s case) to the file the page means, e.g. `~/components/role/KpiFramework.astro` for src/components/role/KpiFramework.astro, use a component by the name its `import` gives it, and import every component the page uses, e.g. `import { Aside } from \'@astrojs/starlight/components\';` under the frontmatter.',
  check(content) {
    const { root } = content;
    const tsconfig = join(root, 'tsconfig.json');
    const aliases = importAliases(existsSync(tsconfig) ? readFileSync(tsconfig, 'utf8') : undefined);
    const isFile = (path: string) => {
      try {
        return statSync(join(root, path)).isFile();
      } catch {
        return false;
      }
    };
    const list = (folder: string) => {
      try {
        return readdirSync(join(root, folder));
      } catch {
        return [];
      }
    };
    return content.files
      .filter(({ file }) => isMdxPage(file))
      .flatMap(({ file, text }): Problem<'mdx-import'>[] => [
        ...misnamedComponents(file, text),
        ...mdxImports(text).flatMap(({ specifier, line, column }): Problem<'mdx-import'>[] => {
          const resolved = resolveImport(specifier, file, aliases, isFile, list);
          if (resolved.kind !== 'missing') return [];
          return [
            {
              file,
              line,
              column,
              rule: 'mdx-import',
              message: `the import \`${specifier}\` leads to no file${resolved.meant ? ` (did you mean \`${resolved.meant}\`?)` : ''}`,
              expected: `a file at ${resolved.path} (or with an ending such as .astro or .ts)`,
              found: 'no such file',
            },
          ];
        }),
      ]);
  },
});

/**
 * A component the page uses under a name it neither imports nor defines: the build stops on it as an
 * undefined name, without the page's line. A name near one the page imports (`<KpiFramwork />` with
 * `import KpiFramework …`) is most likely that one misspelled, and the message says so. The handbook
 * passes MDX no components of its own (no `components` to `<Content />`, none in astro.config.mjs's
 * MDX options), so a page has only the names it binds (its imports, its exports and the keys of its
 * `export const components`, which @astrojs/mdx passes to it), and `Fragment`, which @astrojs/mdx gives every page.
 */
const GIVEN_TO_EVERY_PAGE = new Set(['Fragment']);

function misnamedComponents(file: string, text: string): Problem<'mdx-import'>[] {
  const imports = mdxImports(text);
  const imported = new Map(imports.flatMap((i) => i.names.map((name) => [name, i.line] as const)));
  const defined = new Set(exportedNames(text));
  // A tag is named in full (`<Icons.Star>`); the page binds its root (`Icons`), which is looked up.
  return usedComponents(text).flatMap(({ tag, name, line, column }): Problem<'mdx-import'>[] => {
    if (imported.has(name) || defined.has(name) || GIVEN_TO_EVERY_PAGE.has(name)) return [];
    const near = didYouMean(name, imported.keys());
    const meant = near && `${near}${tag.slice(name.length)}`;
    /** `<Card>, which it`, `<Icons.Star>, whose `Icons` it`: what the sentence says the page does not bind. */
    const uses = `the page uses \`<${tag}>\`, ${tag === name ? 'which' : `whose \`${name}\``} it`;
    return near
      ? [{ file, line, column, rule: 'mdx-import', message: `${uses} does not import (line ${imported.get(near)} imports \`${near}\`)`, expected: `\`<${meant}>\`, or \`${name}\` in the import`, found: `\`<${tag}>\`` }]
      : [
          {
            file,
            line,
            column,
            rule: 'mdx-import',
            message: `${uses} neither imports nor defines`,
            expected: `an \`import ${name} from '…'\` line under the frontmatter (or \`export const ${name} = …\`)`,
            found: `\`<${tag}>\` and no \`${name}\` on the page`,
          },
        ];
  });
}
