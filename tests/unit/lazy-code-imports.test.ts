import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/repo';

// A tool's code loaded only when a reader needs it (`lazyCode(() => import('./x.ts'))`, lazy-code.ts)
// must not import the module that loads it: what it needs from there (such as a line's wording) sits
// in a module of its own that both import, so the code loaded on use depends on no more than it says.

const src = join(repoRoot, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The file a local specifier names from `from` (`~/` is src/), or undefined for a package's. */
function resolveLocal(specifier: string, from: string): string | undefined {
  const base = specifier.startsWith('~/') ? join(src, specifier.slice(2)) : specifier.startsWith('.') ? join(dirname(from), specifier) : undefined;
  if (!base) return undefined;
  return [base, `${base}.ts`, join(base, 'index.ts')].find((path) => existsSync(path) && path.endsWith('.ts'));
}

/** The specifiers a file imports or re-exports for its code to run (`import type` is erased, `import()` loads later). */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  return source.statements.flatMap((statement) => {
    if (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly) return [(statement.moduleSpecifier as ts.StringLiteral).text];
    if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) return [(statement.moduleSpecifier as ts.StringLiteral).text];
    return [];
  });
}

/** Every local module `entry` brings with it, itself included. */
function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of runtimeImports(file)) {
      const target = resolveLocal(specifier, file);
      if (target) visit(target);
    }
  };
  visit(entry);
  return seen;
}

/** Each module loaded with `lazyCode`, with the module that loads it. */
const lazyLoads = sourceFiles(src).flatMap((loader) =>
  [...readFileSync(loader, 'utf8').matchAll(/lazyCode\(\s*\(\)\s*=>\s*import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => ({ loader, loaded: resolveLocal(m[1]!, loader) })),
);

describe('the code a tool loads on use', () => {
  it('is found, each load naming a module of the repository', () => {
    expect(lazyLoads.length).toBeGreaterThan(0);
    for (const { loader, loaded } of lazyLoads) expect(loaded, relative(repoRoot, loader)).toBeDefined();
  });

  it('never imports the module that loads it, directly or through another', () => {
    const back = lazyLoads.filter(({ loader, loaded }) => staticClosure(loaded!).has(loader)).map(({ loader, loaded }) => `${relative(repoRoot, loaded!)} imports ${relative(repoRoot, loader)}`);
    expect(back).toEqual([]);
  });
});
