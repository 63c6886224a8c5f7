/**
 * An MDX page as Markdown: its prose as written, its imports and `{…}` expressions dropped, and
 * each component replaced by the Markdown its renderer gives (a table of the data the component
 * renders, a note for a form). The MDX is parsed (by satteri, the Rust compiler Astro uses) only to
 * find where each component sits; everything else is kept as the author wrote it, byte for byte, but
 * for the typographic quotes the site's smart punctuation gives prose (`withTypographicQuotes`).
 * Pure: the renderers are given.
 */
import { mdxToMdast } from 'satteri';

/** A component as written in MDX: its name, its attributes as values, and its children as Markdown. */
export interface MdxElement {
  name: string;
  props: Record<string, unknown>;
  /** The Markdown between its opening and closing tags, components in it already replaced. */
  children: string;
  /** Written inside a paragraph (its Markdown must then be inline text). */
  inline: boolean;
}

/** Turns a component into Markdown. */
export type MdxRenderer = (element: MdxElement) => string | Promise<string>;

interface Point {
  offset?: number;
}
interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: Point; end: Point };
}

/**
 * The value of a JavaScript literal written in an attribute (`to={['a', 'b']}`): text, numbers,
 * booleans, null, and lists and objects of them. Anything else (a variable, a call) throws: the
 * Markdown is made without running the page's code.
 */
export function parseLiteral(source: string, where: string): unknown {
  let i = 0;
  const fail = (): never => {
    throw new Error(`${where}: only literal values (text, numbers, lists, objects) can be read from an attribute, not \`${source.trim()}\``);
  };
  const space = () => {
    while (/\s/.test(source[i] ?? '')) i++;
  };
  const value = (): unknown => {
    space();
    const c = source[i];
    if (c === "'" || c === '"' || c === '`') {
      let out = '';
      for (i++; source[i] !== c; i++) {
        if (i >= source.length || (c === '`' && source[i] === '$' && source[i + 1] === '{')) fail();
        if (source[i] === '\\') {
          const next = source[++i];
          out += next === 'n' ? '\n' : next === 't' ? '\t' : (next ?? '');
        } else out += source[i];
      }
      i++;
      return out;
    }
    if (c === '[') {
      const list: unknown[] = [];
      i++;
      for (space(); source[i] !== ']'; space()) {
        list.push(value());
        space();
        if (source[i] === ',') i++;
        else if (source[i] !== ']') fail();
      }
      i++;
      return list;
    }
    if (c === '{') {
      const object: Record<string, unknown> = {};
      i++;
      for (space(); source[i] !== '}'; space()) {
        const key = /^[A-Za-z_$][\w$]*/.exec(source.slice(i))?.[0];
        let name: string;
        if (key) {
          name = key;
          i += key.length;
        } else name = String(value());
        space();
        if (source[i++] !== ':') fail();
        object[name] = value();
        space();
        if (source[i] === ',') i++;
        else if (source[i] !== '}') fail();
      }
      i++;
      return object;
    }
    const word = /^(-?\d+(?:\.\d+)?|true|false|null)/.exec(source.slice(i))?.[0];
    if (!word) return fail();
    i += word.length;
    return word === 'true' ? true : word === 'false' ? false : word === 'null' ? null : Number(word);
  };
  const result = value();
  space();
  if (i < source.length) fail();
  return result;
}

function propsOf(node: MdxNode): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const a of node.attributes ?? []) {
    const where = `<${node.name} ${a.name ?? '{…}'}>`;
    if (a.type !== 'mdxJsxAttribute' || !a.name) throw new Error(`${where}: spread attributes cannot be read`);
    const v = a.value as { value: string } | string | null | undefined;
    props[a.name] = v === null || v === undefined ? true : typeof v === 'string' ? v : parseLiteral(v.value, where);
  }
  return props;
}

const startOf = (n: MdxNode) => n.position!.start.offset!;
/** Where the line of `offset` starts, when only indentation stands before it (so that a child keeps its indentation for `dedent`). */
function lineStart(source: string, offset: number): number {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*$/.test(source.slice(start, offset)) ? start : offset;
}
/** Text with the indentation its non-blank lines share removed: children indented inside a component are Markdown at the margin. */
function dedent(text: string): string {
  const lines = text.split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length));
  return Number.isFinite(indent) && indent > 0 ? lines.map((l) => l.slice(Math.min(indent, /^[ \t]*/.exec(l)![0].length))).join('\n') : text;
}
const endOf = (n: MdxNode) => n.position!.end.offset!;

const STRAIGHT = new Set(["'", '"']);
const TYPOGRAPHIC = new Set(['‘', '’', '“', '”']);
/**
 * Prose as written, with the typographic quotes the site shows: the page is rendered with smart
 * punctuation, which turns `it's` into “it’s”, so the same prose in the llms files and the printable
 * handbook says the same. `written` is a text node's source, `shown` its text as parsed with smart
 * quotes; they are walked side by side, so escapes and entities in the source stay as they are. When
 * they cannot be matched, the source is kept.
 */
export function withTypographicQuotes(written: string, shown: string): string {
  let out = '';
  let j = 0;
  for (let i = 0; i < written.length; i++) {
    const w = written[i]!;
    const s = shown[j];
    if (STRAIGHT.has(w) && s !== undefined && TYPOGRAPHIC.has(s)) {
      out += s;
      j++;
    } else {
      if (w === s) j++;
      out += w;
    }
  }
  return j === shown.length ? out : written;
}

/** Replaces, in `text` (which starts at `base` of the source), every node of interest under `nodes`. */
async function transform(source: string, nodes: MdxNode[], from: number, to: number, render: MdxRenderer): Promise<string> {
  let out = '';
  let at = from;
  const visit = async (node: MdxNode, inline: boolean): Promise<void> => {
    const isElement = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
    const dropped = node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression';
    if (node.type === 'text' && node.value !== undefined && /['"]/.test(source.slice(startOf(node), endOf(node)))) {
      out += source.slice(at, startOf(node)) + withTypographicQuotes(source.slice(startOf(node), endOf(node)), node.value);
      at = endOf(node);
      return;
    }
    if (isElement || dropped) {
      const block = !inline && node.type !== 'mdxJsxTextElement';
      // A block is a paragraph of its own, at the indentation of its tag (which `dedent` removes around it).
      const margin = block ? lineStart(source, startOf(node)) : startOf(node);
      const indent = source.slice(margin, startOf(node));
      out += source.slice(at, margin);
      at = endOf(node);
      if (dropped) return;
      if (!node.name) throw new Error('a fragment (<>…</>) cannot be turned into Markdown');
      const kids = node.children ?? [];
      const children = kids.length ? tidy(dedent(await transform(source, kids, lineStart(source, startOf(kids[0]!)), endOf(kids.at(-1)!), render))) : '';
      const markdown = await render({ name: node.name, props: propsOf(node), children, inline: !block });
      out += block ? `\n${markdown.replace(/^(?=.)/gm, indent)}\n` : markdown;
      return;
    }
    for (const child of node.children ?? []) await visit(child, inline || node.type === 'paragraph');
  };
  for (const node of nodes) await visit(node, false);
  return out + source.slice(at, to);
}

/** Dropped imports and replaced components leave runs of blank lines: one is enough. */
const tidy = (markdown: string) => markdown.replace(/\n[ \t]*\n(?:[ \t]*\n)+/g, '\n\n').trim();

/** The Markdown of an MDX body (without its frontmatter). */
export async function mdxToMarkdown(written: string, render: MdxRenderer): Promise<string> {
  // A page saved with CRLF line ends (as a Windows editor may save it) renders as any other; its
  // Markdown gets LF alone, so that the llms files and /print/ do not mix line ends.
  const body = written.replace(/\r\n?/g, '\n');
  const tree = mdxToMdast(body, { features: { smartPunctuation: { quotes: true, dashes: false, ellipses: false } } }) as unknown as MdxNode;
  return tidy(await transform(body, tree.children ?? [], 0, body.length, render));
}
