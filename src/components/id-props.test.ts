import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { componentIdProps, componentRoleParts, idPropsOf, rolePartsOf } from './id-props';

/** A component's declaration of its props: `interface Props {`, `export interface Props extends … {`, `type Props = {`. */
const declaresProps = /^(?:export\s+)?(?:interface|type)\s+Props\b/m;
const propsBlock = /^(?:export\s+)?(?:interface\s+Props\b[^{\n]*|type\s+Props\s*=\s*)\{\n([\s\S]*?)^\}/m;
const propLine = /^ {2}(\w+)\??: (.+);$/;
const commentLine = /^\s*(?:\/\*\*|\*|\/\/)|^\s*$/;

/**
 * The props a component's Props declares, each with its type as written; `unreadable` when it declares
 * Props in a way these patterns cannot read (a type alias of another type, a prop over several lines),
 * which would hide its props from the checks below.
 */
function propsIn(text: string): Map<string, string> | 'unreadable' {
  if (!declaresProps.test(text)) return new Map();
  const body = propsBlock.exec(text)?.[1];
  if (body === undefined) return 'unreadable';
  const lines = body.split('\n').filter((line) => !commentLine.test(line));
  const props = lines.map((line) => propLine.exec(line));
  if (props.some((m) => !m)) return 'unreadable';
  return new Map(props.map((m) => [m![1]!, m![2]!.trim()]));
}
const propsOf = (path: string) => propsIn(readFileSync(join(import.meta.dirname, path), 'utf8'));
const readProps = (path: string) => {
  const props = propsOf(path);
  return props === 'unreadable' ? new Map<string, string>() : props;
};
const takesText = (type: string | undefined) => type !== undefined && /^(string|string\[\]|readonly string\[\])$/.test(type);
/** The names of props that take an id: a level (a role is one), several levels or an interview exercise, and every attribute the table itself lists. */
const idNames = new Set(['role', 'level', 'levels', 'from', 'to', 'current', 'target', 'exercise', ...Object.values(componentIdProps).flatMap((kinds) => Object.keys(kinds))]);
/**
 * The statements of a module that load another module at run time: every `import`/`export … from` but
 * `import type`/`export type` (erased). `import { type A }` still loads its module, so it counts.
 */
const valueImports = (text: string) => [...text.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^;]*?\sfrom\s+)?'[^']+'|\bimport\(/gm)].map((m) => m[0]);

const components = globSync('**/*.astro', { cwd: import.meta.dirname }).sort();

describe('the components’ id props', () => {
  it('name only props of each component that take a text or a list of texts', () => {
    for (const [path, kinds] of Object.entries(componentIdProps))
      for (const attribute of Object.keys(kinds)) expect(takesText(readProps(path).get(attribute)), `${path}: ${attribute}`).toBe(true);
  });

  it('list every component whose props take an id as text: a level, a role, an exercise, or any attribute the table names', () => {
    const unlisted = components.flatMap((path) =>
      [...readProps(path)].filter(([name, type]) => idNames.has(name) && takesText(type) && !componentIdProps[path]?.[name]).map(([name]) => `${path}: ${name}`),
    );
    expect(unlisted).toEqual([]);
  });

  it('are read from a Props however it is declared, and one that cannot be read is told apart from none', () => {
    const props = '{\n  /** A level. */\n  role: string;\n  rows: { id?: string; cells: string[] }[];\n}\n';
    const read = new Map([['role', 'string'], ['rows', '{ id?: string; cells: string[] }[]']]);
    for (const declaration of ['interface Props ', 'export interface Props ', 'interface Props extends Base ', 'type Props = ', 'export type Props = '])
      expect(propsIn(`---\n${declaration}${props}---\n`), declaration).toEqual(read);
    expect(propsIn('---\nconst { title } = Astro.props;\n---\n')).toEqual(new Map());
    expect(propsIn("---\ntype Props = ComponentProps<typeof Other>;\n---\n")).toBe('unreadable');
    expect(propsIn('---\ninterface Props {\n  role:\n    | string\n    | undefined;\n}\n---\n')).toBe('unreadable');
  });

  it('are read from every component’s Props, so that none is skipped: one declared in a way the test cannot read fails', () => {
    expect(components.filter((path) => propsOf(path) === 'unreadable')).toEqual([]);
  });

  // The validator (`node scripts/validate.ts`, plain Node) imports id-props.ts through references.ts: a value
  // import of a component there would have Node load a `.astro` file, which it cannot. The table stays beside
  // the components it is checked against (`satisfies IdProps<typeof …>`), so it may import them as types only.
  it('are declared in a module with type imports only, which the validator can load in plain Node', () => {
    expect(valueImports(readFileSync(join(import.meta.dirname, 'id-props.ts'), 'utf8'))).toEqual([]);
  });

  it('tell a type import from one that loads its module', () => {
    const imports = ["import type A from './A.astro';", "import { type B } from './B.ts';", "import C from './C.astro';", "export { D } from './D.ts';", "export type { E } from './E.ts';", "import './f.css';", "const g = await import('./G.astro');"];
    expect(valueImports(imports.join('\n'))).toEqual(["import { type B } from './B.ts'", "import C from './C.astro'", "export { D } from './D.ts'", "import './f.css'", 'import(']);
  });

  it('are found by the path an MDX page imports a component from, and for no other import', () => {
    expect(idPropsOf('~/components/ladder/PromotionTable.astro')).toEqual({ from: 'level', to: 'level' });
    expect(idPropsOf('~/components/hiring/KitRolePlay.astro')).toBeUndefined();
    expect(idPropsOf('./ladder/PromotionTable.astro')).toBeUndefined();
  });
});

/**
 * The parts of a role's description a component's own source reads for its `role` (getRolePart('kpis', …),
 * getScorecard, getHiringGuide, getOnboardingPlan), by what those loaders read (src/data/).
 */
const readsOf = (text: string): string[] => [
  ...[...text.matchAll(/getRolePart\('(\w+)'/g)].map((m) => m[1]!),
  ...(/getScorecard\(/.test(text) ? ['scorecards'] : []),
  ...(/getHiringGuide\(/.test(text) ? ['hiring', 'scorecards'] : []),
  ...(/getOnboardingPlan\(/.test(text) ? ['goals', 'kpis'] : []),
];

describe('the parts of a role’s description each component shows', () => {
  it('are listed for every component that reads a part for its role, each part it reads', () => {
    const unlisted = components.flatMap((path) => [...new Set(readsOf(readFileSync(join(import.meta.dirname, path), 'utf8')))].filter((part) => !componentRoleParts[path]?.includes(part as never)).map((part) => `${path}: ${part}`));
    expect(unlisted).toEqual([]);
  });

  it('are found by the path an MDX page imports a component from, and none for another import', () => {
    expect(rolePartsOf('~/components/role/KpiFramework.astro')).toEqual(['kpis']);
    expect(rolePartsOf('~/components/ladder/PromotionTable.astro')).toEqual([]);
    expect(rolePartsOf('./role/KpiFramework.astro')).toEqual([]);
  });
});
