import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { componentIdProps, idPropsOf } from './id-props';

/** The props a component's `interface Props` declares, each with its type as written. */
function propsOf(path: string): Map<string, string> {
  const body = /^interface Props \{\n([\s\S]*?)^\}/m.exec(readFileSync(join(import.meta.dirname, path), 'utf8'))?.[1] ?? '';
  return new Map([...body.matchAll(/^ {2}(\w+)\??: ([^;]+);/gm)].map((m) => [m[1]!, m[2]!.trim()]));
}
const takesText = (type: string | undefined) => type !== undefined && /^(string|string\[\]|readonly string\[\])$/.test(type);
/** The names of props that take a level (a role is one), several levels or an interview exercise. */
const idNames = ['role', 'level', 'levels', 'from', 'to', 'current', 'target', 'exercise'];

describe('the components’ id props', () => {
  it('name only props of each component that take a text or a list of texts', () => {
    for (const [path, kinds] of Object.entries(componentIdProps))
      for (const attribute of Object.keys(kinds)) expect(takesText(propsOf(path).get(attribute)), `${path}: ${attribute}`).toBe(true);
  });

  it('list every component whose props take a level, a role or an exercise as text', () => {
    const unlisted = globSync('**/*.astro', { cwd: import.meta.dirname }).flatMap((path) =>
      [...propsOf(path)].filter(([name, type]) => idNames.includes(name) && takesText(type) && !componentIdProps[path]?.[name]).map(([name]) => `${path}: ${name}`),
    );
    expect(unlisted).toEqual([]);
  });

  it('are found by the path an MDX page imports a component from, and for no other import', () => {
    expect(idPropsOf('~/components/ladder/PromotionTable.astro')).toEqual({ from: 'level', to: 'level' });
    expect(idPropsOf('~/components/hiring/KitRolePlay.astro')).toBeUndefined();
    expect(idPropsOf('./ladder/PromotionTable.astro')).toBeUndefined();
  });
});
