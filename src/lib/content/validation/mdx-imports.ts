/**
 * A page's `import` lines, and whether each one's path leads to a file. The MDX parser leaves these
 * lines to the build, which fails on a path that leads nowhere without saying which page in the
 * validator's terms; here each import is found with its position, and its path resolved as the build
 * resolves it: relative to the page, or through an alias of tsconfig.json (`~/*` → `./src/*`). A
 * package's path (`@astrojs/starlight/components`) is the package manager's, and not judged.
 * Pure but for `exists` and `list`, which the caller gives (the rule reads the disk).
 */
import { posix } from 'node:path';
import { didYouMean } from './did-you-mean.ts';

export interface MdxImport {
  /** The path as written between the quotes. */
  specifier: string;
  /** The names it binds on the page: `Card` of `import Card from …`, `B` of `import { A as B } from …`. */
  names: string[];
  /** 1-based line and column of the path's opening quote. */
  line: number;
  column: number;
}

/** The `import … from '…'` (and `import '…'`) statements of an MDX page's body, outside code fences. */
export function mdxImports(text: string): MdxImport[] {
  const imports: MdxImport[] = [];
  const lines = text.split('\n');
  let inFence = false;
  let inFrontmatter = lines[0]?.trimEnd() === '---';
  for (let i = inFrontmatter ? 1 : 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (inFrontmatter) {
      if (line.trimEnd() === '---') inFrontmatter = false;
      continue;
    }
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence || !/^import[\s{'"*]/.test(line)) continue;
    // A statement may run over several lines (`import {` … `} from '…';`): up to the line with its path.
    for (let j = i; j < lines.length && j < i + 50; j++) {
      const path = /(?:\bfrom\s*|^import\s*)(['"])([^'"]*)\1/.exec(lines[j]!);
      if (path) {
        const clause = [...lines.slice(i, j), lines[j]!.slice(0, path.index)].join(' ').replace(/^import\s*/, '');
        imports.push({ specifier: path[2]!, names: boundNames(clause), line: j + 1, column: path.index + path[0].length - path[2]!.length - 1 });
        i = j;
        break;
      }
    }
  }
  return imports;
}

/** The names an import clause binds: `Card`, `{ A, B as C }`, `* as X`, or a default and the others. */
function boundNames(clause: string): string[] {
  const names: string[] = [];
  const braces = /\{([^}]*)\}/.exec(clause);
  if (braces) for (const part of braces[1]!.split(',')) names.push(...(/(?:\bas\s+)?([\w$]+)\s*$/.exec(part.trim())?.slice(1) ?? []));
  const rest = clause.replace(/\{[^}]*\}/, '');
  const star = /\*\s*as\s+([\w$]+)/.exec(rest);
  if (star) names.push(star[1]!);
  const first = /^\s*([\w$]+)\s*(?:,|$)/.exec(rest.replace(/\*\s*as\s+[\w$]+/, ''));
  if (first && first[1] !== 'type') names.push(first[1]!);
  return names.filter(Boolean);
}

/**
 * The names a page's body defines for itself with an `export` statement (`export const Note = …`,
 * `export function Note(…)`, `export { Note }`), and the keys of its `export const components = { Foo,
 * Bar: Baz }`, which @astrojs/mdx gives the page as components under those names (`<Bar>` is `Baz`),
 * outside code fences: a page may use them as components without importing them.
 */
export function exportedNames(text: string): string[] {
  const names: string[] = [];
  let inFence = false;
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const declared = /^export\s+(?:const|let|var|function\*?|class|async\s+function)\s+([\w$]+)/.exec(line);
    if (declared) names.push(declared[1]!);
    const listed = /^export\s*\{([^}]*)\}/.exec(line);
    if (listed) for (const part of listed[1]!.split(',')) names.push(...(/(?:\bas\s+)?([\w$]+)\s*$/.exec(part.trim())?.slice(1) ?? []));
    const components = /^export\s+(?:const|let|var)\s+components\s*=\s*\{/.exec(line);
    if (components) names.push(...objectKeys(text, start + components[0].length - 1));
  }
  return names;
}

/**
 * The keys of the object literal whose `{` is at `open` in `text`, up to its closing brace, over
 * lines: `Foo` of a shorthand `Foo`, `Bar` of `Bar: Baz` or `'Bar': Baz` or a method `Bar() {…}`;
 * none of a spread (`...more`) or a computed key, whose names the text does not say.
 */
function objectKeys(text: string, open: number): string[] {
  const entries: string[] = [];
  let entry = '';
  /** How deep in brackets within the object's own braces; the quote of a string being read. */
  let depth = 0;
  let quote = '';
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      entry += c;
      if (c === '\\') entry += text[++i] ?? '';
      else if (c === quote) quote = '';
      continue;
    }
    // A comment is skipped as a space: its words (an apostrophe, a comma) are not the object's.
    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      const end = text[i + 1] === '/' ? text.indexOf('\n', i) : text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : text[i + 1] === '/' ? end - 1 : end + 1;
      entry += ' ';
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if ('{(['.includes(c)) depth++;
    else if ('})]'.includes(c) && depth-- === 0) break;
    else if (c === ',' && depth === 0) {
      entries.push(entry);
      entry = '';
      continue;
    }
    entry += c;
  }
  entries.push(entry);
  return entries.flatMap((e) => {
    const key = /^\s*(?:(['"])([^'"]*)\1|([\w$]+))\s*(?:[:(]|$)/.exec(e);
    return key ? [key[2] ?? key[3]!] : [];
  });
}

/** A component a page uses: its tag as written (`Icons.Star`), and the name the page must bind for it, the tag's root (`Icons`). */
export interface UsedComponent {
  tag: string;
  name: string;
  line: number;
  column: number;
}

/**
 * The components a page's body uses (`<Card>`, `<Card />`, `<Icons.Star>`; names that begin with a
 * capital, or hold a dot, as JSX reads them) with their positions, outside code blocks, inline code
 * and the frontmatter.
 */
export function usedComponents(text: string): UsedComponent[] {
  const used: UsedComponent[] = [];
  const lines = text.split('\n');
  let inFence = false;
  let inFrontmatter = lines[0]?.trimEnd() === '---';
  lines.forEach((line, i) => {
    if (inFrontmatter) {
      if (i > 0 && line.trimEnd() === '---') inFrontmatter = false;
      return;
    }
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) return;
    // Inline code and an attribute's quoted text (`title="(<VirtualHost> or .htaccess)"`) are text, not JSX.
    const blank = (text: string) => ' '.repeat(text.length);
    const prose = line.replace(/`[^`]*`/g, blank).replace(/=\s*(?:"[^"]*"|'[^']*')/g, blank);
    for (const tag of prose.matchAll(/<(([A-Z][\w$]*|[a-z_$][\w$]*(?=\.))(?:\.[\w$]+)*)(?=[\s/>])/g)) used.push({ tag: tag[1]!, name: tag[2]!, line: i + 1, column: tag.index + 1 });
  });
  return used;
}

/** An alias of tsconfig.json's `compilerOptions.paths`, as a prefix and the folder it stands for (relative to the root). */
export interface ImportAlias {
  prefix: string;
  target: string;
}

/** The aliases of a tsconfig.json's text (`"~/*": ["./src/*"]` → `~/` for `src/`); none when it cannot be read. */
export function importAliases(tsconfig: string | undefined): ImportAlias[] {
  if (tsconfig === undefined) return [];
  try {
    const paths = (JSON.parse(tsconfig) as { compilerOptions?: { paths?: Record<string, string[]> } }).compilerOptions?.paths ?? {};
    return Object.entries(paths).flatMap(([key, [target]]) =>
      key.endsWith('/*') && target?.endsWith('/*') ? [{ prefix: key.slice(0, -1), target: posix.normalize(target.slice(0, -1)).replace(/^\.\//, '') }] : [],
    );
  } catch {
    return [];
  }
}

/** The endings the build tries after a path written without one. */
const endings = ['', '.ts', '.js', '.mjs', '.astro', '.mdx', '.md', '.json', '/index.ts', '/index.js', '/index.astro'];

export type ImportResolution =
  | { kind: 'package' }
  | { kind: 'file'; path: string }
  | { kind: 'missing'; path: string; meant?: string };

/**
 * Where an import of `page` (a path relative to the root) leads: a file (relative to the root), nothing
 * (with the name in its folder it most likely meant), or a package, which is not judged.
 */
export function resolveImport(specifier: string, page: string, aliases: readonly ImportAlias[], exists: (path: string) => boolean, list: (folder: string) => string[]): ImportResolution {
  const alias = aliases.find((a) => specifier.startsWith(a.prefix));
  let path: string;
  if (specifier.startsWith('./') || specifier.startsWith('../')) path = posix.join(posix.dirname(page), specifier);
  else if (alias) path = posix.join(alias.target, specifier.slice(alias.prefix.length));
  else return { kind: 'package' };
  const found = endings.map((e) => path + e).find(exists);
  if (found) return { kind: 'file', path: found };
  // The path as likely meant: each folder or file name that does not exist replaced by the one of its
  // folder it is a likely typo of; none when one has no such neighbour, or the result leads nowhere either.
  const fixes = new Map<string, string>();
  let at = '';
  for (const name of path.split('/')) {
    const names = list(at || '.');
    const meant = names.includes(name) ? name : didYouMean(name, names);
    if (meant === undefined) return { kind: 'missing', path };
    if (meant !== name) fixes.set(name, meant);
    at = at ? `${at}/${meant}` : meant;
  }
  if (!fixes.size || !exists(at)) return { kind: 'missing', path };
  return { kind: 'missing', path, meant: specifier.split('/').map((name) => fixes.get(name) ?? name).join('/') };
}
