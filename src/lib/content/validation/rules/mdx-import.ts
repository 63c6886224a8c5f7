import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { importAliases, mdxImports, resolveImport } from '../mdx-imports.ts';
import type { Problem } from '../problem.ts';
import { defineRule } from '../rule.ts';

/** The pages the build compiles as MDX, whose `import` lines it runs. */
const isMdxPage = (file: string) => file.startsWith('content/docs/') && file.endsWith('.mdx');

export const mdxImport = defineRule({
  id: 'mdx-import',
  description:
    'Every `import` of an MDX page whose path is relative (`./`, `../`) or an alias of tsconfig.json (`~/`) leads to a file, as the build resolves it (a package’s path is not judged).',
  hint: 'Correct the path (and the file name’s case) to the file the page means, e.g. `~/components/role/KpiFramework.astro` for src/components/role/KpiFramework.astro.',
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
      .flatMap(({ file, text }): Problem<'mdx-import'>[] =>
        mdxImports(text).flatMap(({ specifier, line, column }): Problem<'mdx-import'>[] => {
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
      );
  },
});
