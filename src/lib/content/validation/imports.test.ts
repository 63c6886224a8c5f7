import { globSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The validator's modules (not tests), each with the modules it imports at run time (`import type` is
 * erased), inside the folder or out of it, by their paths from the repository (`src/lib/content/validation/rule.ts`).
 */
function importGraph(): Map<string, string[]> {
  const dir = import.meta.dirname;
  const repo = join(dir, '../../../..');
  const files = globSync('**/*.ts', { cwd: dir }).filter((f) => !f.endsWith('.test.ts'));
  return new Map(
    files.map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const imported = [...text.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+'(\.{1,2}\/[^']+\.ts)'/gm)].map((m) => relative(repo, join(dir, dirname(file), m[1]!)));
      return [relative(repo, join(dir, file)), imported];
    }),
  );
}

/** The cycles of a graph, each as the path from a module back to itself (each found once, from its first module in name order). */
function cycles(graph: Map<string, string[]>): string[] {
  const found = new Set<string>();
  const walk = (path: string[]) => {
    for (const next of graph.get(path.at(-1)!) ?? []) {
      if (next === path[0]) found.add([...path, next].join(' → '));
      else if (!path.includes(next) && next > path[0]!) walk([...path, next]);
    }
  };
  for (const file of [...graph.keys()].sort()) walk([file]);
  return [...found];
}

const validation = (file: string) => `src/lib/content/validation/${file}`;

describe('the validator’s modules', () => {
  const graph = importGraph();

  it('are read with the modules each imports, in the folder and out of it (so an empty graph cannot pass for one without cycles)', () => {
    expect(graph.get(validation('rule.ts'))).toEqual(expect.arrayContaining([validation('unresolved.ts'), validation('entry-data.ts')]));
    expect(graph.get(validation('unresolved.ts'))).toContain(validation('references.ts'));
    expect(graph.get(validation('references.ts'))).toEqual(expect.arrayContaining(['src/components/id-props.ts', validation('mdx-props.ts')]));
    expect(graph.get(validation('rules/index.ts'))).toContain(validation('rules/duplicate-id.ts'));
    // `import type` is erased: not an edge.
    expect(graph.get(validation('references.ts'))).not.toContain(validation('load.ts'));
  });

  it('import each other without a cycle (a module run before the one it needs sees its exports undefined)', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('are read as imported: a cycle is found', () => {
    expect(cycles(new Map([['a.ts', ['b.ts']], ['b.ts', ['c.ts']], ['c.ts', ['a.ts']]]))).toEqual(['a.ts → b.ts → c.ts → a.ts']);
  });
});
