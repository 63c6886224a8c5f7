import { globSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The validator's modules (not tests), each with the modules of the validator it imports at run time (`import type` is erased). */
function importGraph(): Map<string, string[]> {
  const dir = import.meta.dirname;
  const files = globSync('**/*.ts', { cwd: dir }).filter((f) => !f.endsWith('.test.ts'));
  return new Map(
    files.map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const imported = [...text.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+'(\.{1,2}\/[^']+\.ts)'/gm)].map((m) => relative(dir, join(dirname(join(dir, file)), m[1]!)));
      return [file, imported.filter((f) => files.includes(f))];
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

describe('the validator’s modules', () => {
  it('import each other without a cycle (a module run before the one it needs sees its exports undefined)', () => {
    expect(cycles(importGraph())).toEqual([]);
  });

  it('are read as imported: a cycle is found', () => {
    expect(cycles(new Map([['a.ts', ['b.ts']], ['b.ts', ['c.ts']], ['c.ts', ['a.ts']]]))).toEqual(['a.ts → b.ts → c.ts → a.ts']);
  });
});
