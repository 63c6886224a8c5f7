import { describe, expect, it } from 'vitest';
import { exportedNames, importAliases, mdxImports, resolveImport, usedComponents } from './mdx-imports';

describe('mdxImports', () => {
  it('finds each import’s path with the line and column of its opening quote', () => {
    const page = ['---', 'title: A', '---', '', "import Card from './Card.astro';", "import { A, B } from \"~/parts/ab.ts\";", '', 'Text.'].join('\n');
    expect(mdxImports(page)).toEqual([
      { specifier: './Card.astro', names: ['Card'], line: 5, column: 18 },
      { specifier: '~/parts/ab.ts', names: ['A', 'B'], line: 6, column: 22 },
    ]);
  });

  it('reads an import over several lines, up to its path', () => {
    expect(mdxImports(['import {', '  A,', '  B,', "} from './ab.ts';"].join('\n'))).toEqual([{ specifier: './ab.ts', names: ['A', 'B'], line: 4, column: 8 }]);
  });

  it('names what each import binds: a default, renamed and namespace imports, none for a bare import', () => {
    const page = ["import Card, { A as B, C } from './x.ts';", "import * as All from './all.ts';", "import './styles.css';"].join('\n');
    expect(mdxImports(page).map((i) => i.names)).toEqual([['B', 'C', 'Card'], ['All'], []]);
  });

  it('leaves out the frontmatter, code blocks and prose that begins with the word', () => {
    const page = ['---', "import: './not-this'", '---', '```mdx', "import X from './x.astro';", '```', 'important things.', 'import is a word here.'].join('\n');
    expect(mdxImports(page)).toEqual([]);
  });
});

describe('usedComponents', () => {
  it('finds the components a body uses, not in code, nor lower-case HTML tags', () => {
    const page = ['---', 'title: <Not>', '---', '<Card title="a">', '  <p>x</p> and `<Code />`', '</Card>', '<Tabs.Item />', '```', '<InFence />', '```'].join('\n');
    expect(usedComponents(page)).toEqual([
      { tag: 'Card', name: 'Card', line: 4, column: 1 },
      { tag: 'Tabs.Item', name: 'Tabs', line: 7, column: 1 },
    ]);
  });

  it('keeps a member tag whole, and names its root as what the page must bind, whatever the root’s case (JSX reads any dotted name as a component)', () => {
    expect(usedComponents('<Icons.Star /> and <icons.Solid.Star>x</icons.Solid.Star>, not <b>.').map(({ tag, name }) => [tag, name])).toEqual([
      ['Icons.Star', 'Icons'],
      ['icons.Solid.Star', 'icons'],
    ]);
  });

  it('reads a tag inside an attribute’s quoted text as text', () => {
    expect(usedComponents(`<Headers title="Apache (<VirtualHost> or .htaccess)" note='<Directory>' />`)).toEqual([{ tag: 'Headers', name: 'Headers', line: 1, column: 1 }]);
  });
});

describe('exportedNames', () => {
  it('names what the page defines with `export`, outside code blocks', () => {
    const page = ["export const Note = () => 'x';", 'export function Badge() {}', 'export { A, B as C };', '```mdx', 'export const InFence = 1;', '```', 'export is a word here.'].join('\n');
    expect(exportedNames(page)).toEqual(['Note', 'Badge', 'A', 'C']);
  });

  it('names the keys of `export const components`, which @astrojs/mdx gives the page as components, over lines, whatever their values', () => {
    expect(exportedNames("export const components = { Foo, Bar: Baz, 'Qux': Q };")).toEqual(['components', 'Foo', 'Bar', 'Qux']);
    const page = [
      'export const components = {',
      '  Shout: (p) => ({ ...p, loud: [1, 2] }),',
      "  Note: 'a, b: c',",
      '  Box() { return null; },',
      '  ...others,',
      '  [computed]: X,',
      '};',
      'export const Later = 1;',
      '<Not />',
    ].join('\n');
    expect(exportedNames(page)).toEqual(['components', 'Shout', 'Note', 'Box', 'Later']);
    expect(exportedNames(['```mdx', 'export const components = { InFence };', '```'].join('\n'))).toEqual([]);
  });

  it('skips comments among the keys of `export const components`, whatever they hold (an apostrophe, a comma)', () => {
    expect(exportedNames("export const components = {\n  // the page's own card\n  Note: Card,\n  Foo,\n};")).toEqual(['components', 'Note', 'Foo']);
    expect(exportedNames('export const components = {\n  Note: Card, // the card\n  Foo,\n};')).toEqual(['components', 'Note', 'Foo']);
    expect(exportedNames("export const components = { /* it's, here */ Note: Card, Foo /* last */ };")).toEqual(['components', 'Note', 'Foo']);
  });
});

describe('importAliases', () => {
  it('reads tsconfig’s `paths` as prefixes and folders', () => {
    expect(importAliases(JSON.stringify({ compilerOptions: { paths: { '~/*': ['./src/*'] } } }))).toEqual([{ prefix: '~/', target: 'src/' }]);
  });

  it('has none without a tsconfig, or with one it cannot read', () => {
    expect(importAliases(undefined)).toEqual([]);
    expect(importAliases('{ not json')).toEqual([]);
  });
});

describe('resolveImport', () => {
  const files = ['content/docs/parts/Card.astro', 'src/components/role/Kpi.astro', 'src/lib/x.ts'];
  const exists = (p: string) => files.includes(p);
  const list = (folder: string) => [...new Set(files.filter((f) => folder === '.' || f.startsWith(`${folder}/`)).map((f) => f.slice(folder === '.' ? 0 : folder.length + 1).split('/')[0]!))];
  const aliases = [{ prefix: '~/', target: 'src/' }];
  const resolve = (specifier: string) => resolveImport(specifier, 'content/docs/page.mdx', aliases, exists, list);

  it('resolves a relative path from the page’s folder, and an alias from its folder', () => {
    expect(resolve('./parts/Card.astro')).toEqual({ kind: 'file', path: 'content/docs/parts/Card.astro' });
    expect(resolve('~/components/role/Kpi.astro')).toEqual({ kind: 'file', path: 'src/components/role/Kpi.astro' });
  });

  it('tries the endings the build tries after a path without one', () => {
    expect(resolve('~/lib/x')).toEqual({ kind: 'file', path: 'src/lib/x.ts' });
  });

  it('leaves a package’s path to the package manager', () => {
    expect(resolve('@astrojs/starlight/components')).toEqual({ kind: 'package' });
  });

  it('suggests the path meant when a folder or file name is a likely typo', () => {
    expect(resolve('~/components/rle/Kpi.astro')).toEqual({ kind: 'missing', path: 'src/components/rle/Kpi.astro', meant: '~/components/role/Kpi.astro' });
    expect(resolve('./parts/Crad.astro')).toEqual({ kind: 'missing', path: 'content/docs/parts/Crad.astro', meant: './parts/Card.astro' });
  });

  it('suggests nothing when no name is near', () => {
    expect(resolve('./elsewhere/Other.astro')).toEqual({ kind: 'missing', path: 'content/docs/elsewhere/Other.astro' });
  });
});
