import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/repo';

// A package that is only installed because another one depends on it can vanish or change with that
// package's next release, so the code and its tests import only what package.json declares.

const sourceExtensions = /\.(ts|mts|mjs|js|astro|mdx)$/;
const skippedFolders = new Set(['node_modules', 'dist', '.astro', '.bench', '.tmp', '.git', 'fixtures']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (skippedFolders.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return sourceExtensions.test(entry.name) ? [path] : [];
  });
}

/**
 * The specifiers of a file's imports, re-exports and `import()` calls, read by TypeScript's own
 * scanner, so that an import written inside a string (a test's sample source) is not one.
 */
export function importSpecifiers(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((file) => file.fileName);
}

/** The package an import names (`@scope/name/sub` → `@scope/name`), or undefined for paths, aliases, Node's own modules and Astro's virtual ones. */
export function packageOf(specifier: string): string | undefined {
  if (/^(\.|\/|~\/|node:|astro:|virtual:)/.test(specifier)) return undefined;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  // TypeScript's scanner can take a quoted word in a comment after a regular expression for an import:
  // what is not a package name is not one.
  return builtinModules.includes(name) || !/^(@[a-z0-9-~][\w.~-]*\/)?[a-z0-9-~][\w.~-]*$/.test(name) ? undefined : name;
}

describe('importSpecifiers and packageOf', () => {
  it('name the package of every kind of import and skip paths, aliases and built-in modules', () => {
    const source = [
      "import a from 'pkg-a';",
      "import { b } from '@scope/pkg-b/sub/path.js';",
      "import type { C } from 'pkg-c';",
      "export * from 'pkg-d';",
      "import 'pkg-e/style.css';",
      "const f = await import('pkg-f');",
      "import { g } from './local';",
      "import { h } from '~/lib/h';",
      "import { i } from 'node:fs';",
      "import { j } from 'astro:content';",
      "import path from 'path';",
      'const sample = "import { k } from \'pkg-k\'";',
    ].join('\n');
    expect(importSpecifiers(source).map(packageOf).filter(Boolean).sort()).toEqual(['@scope/pkg-b', 'pkg-a', 'pkg-c', 'pkg-d', 'pkg-e', 'pkg-f']);
  });
});

describe('the repository imports', () => {
  it('only packages that package.json declares', () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    const declared = new Set(['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'].flatMap((field) => Object.keys(manifest[field] ?? {})));
    // The four folders, and the configuration files at the top (not Astro's generated `.astro/`).
    const files = readdirSync(repoRoot, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? ['src', 'scripts', 'tests', 'content'].includes(entry.name)
          ? sourceFiles(join(repoRoot, entry.name))
          : []
        : sourceExtensions.test(entry.name)
          ? [join(repoRoot, entry.name)]
          : [],
    );
    const undeclared = files.flatMap((file) =>
      importSpecifiers(readFileSync(file, 'utf8'))
        .map(packageOf)
        .filter((name) => name !== undefined && !declared.has(name))
        .map((name) => `${relative(repoRoot, file)} imports ${name}`),
    );
    expect(undeclared).toEqual([]);
  });
});
