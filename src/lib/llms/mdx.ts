/**
 * An MDX page as Markdown: its prose as written, its imports and `{…}` expressions dropped, and
 * each component replaced by the Markdown its renderer gives (a table of the data the component
 * renders, a note for a form). The MDX is parsed (remark-mdx) only to find where each component
 * sits; everything else is kept as the author wrote it, byte for byte. Pure: the renderers are given.
 */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

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
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: Point; end: Point };
}

const parser = unified().use(remarkParse).use(remarkMdx);

/** The value of a JavaScript literal written in an attribute: strings, numbers, booleans, arrays and objects of them. */
function literal(node: Record<string, unknown> | undefined, where: string): unknown {
  switch (node?.['type']) {
    case 'Literal':
      return node['value'];
    case 'ArrayExpression':
      return (node['elements'] as Record<string, unknown>[]).map((e) => literal(e, where));
    case 'ObjectExpression':
      return Object.fromEntries(
        (node['properties'] as Record<string, Record<string, unknown>>[]).map((p) => [
          String(p['key']!['name'] ?? p['key']!['value']),
          literal(p['value'] as Record<string, unknown>, where),
        ]),
      );
    case 'UnaryExpression':
      if (node['operator'] === '-') return -(literal(node['argument'] as Record<string, unknown>, where) as number);
      break;
    case 'TemplateLiteral':
      if (!(node['expressions'] as unknown[]).length) return (node['quasis'] as { value: { cooked: string } }[]).map((q) => q.value.cooked).join('');
      break;
  }
  throw new Error(`${where}: only literal values (text, numbers, lists) can be read from an attribute`);
}

function propsOf(node: MdxNode): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const a of node.attributes ?? []) {
    const where = `<${node.name} ${a.name ?? '{…}'}>`;
    if (a.type !== 'mdxJsxAttribute' || !a.name) throw new Error(`${where}: spread attributes cannot be read`);
    const v = a.value as { type?: string; data?: { estree?: { body: { expression: Record<string, unknown> }[] } } } | string | null | undefined;
    if (v === null || v === undefined) props[a.name] = true;
    else if (typeof v === 'string') props[a.name] = v;
    else props[a.name] = literal(v.data?.estree?.body[0]?.expression, where);
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

/** Replaces, in `text` (which starts at `base` of the source), every node of interest under `nodes`. */
async function transform(source: string, nodes: MdxNode[], from: number, to: number, render: MdxRenderer): Promise<string> {
  let out = '';
  let at = from;
  const visit = async (node: MdxNode, inline: boolean): Promise<void> => {
    const isElement = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
    const dropped = node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression';
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
export async function mdxToMarkdown(body: string, render: MdxRenderer): Promise<string> {
  const tree = parser.parse(body) as MdxNode;
  return tidy(await transform(body, tree.children ?? [], 0, body.length, render));
}
