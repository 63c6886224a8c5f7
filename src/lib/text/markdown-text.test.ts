import { describe, expect, it } from 'vitest';
import { markdownToMdast } from 'satteri';
import { markdownInline, markdownNote } from './markdown-text';

type Node = { type: string; value?: string; depth?: number; children?: Node[] };
const tree = (markdown: string) => markdownToMdast(markdown) as unknown as Node;
const nodes = (n: Node): Node[] => [n, ...(n.children ?? []).flatMap(nodes)];
const textOf = (n: Node): string => (n.type === 'text' || n.type === 'inlineCode' ? (n.value ?? '') : (n.children ?? []).map(textOf).join(''));

/** What a reader could type in a note or a name, meaning it as text. */
const hostile = [
  '<img src=x onerror=alert(1)>',
  '<b>bold</b> and <script>alert(1)</script>',
  '<!-- hidden --> <?php ?> </p> <https://example.org>',
  '`code` <i>after a span</i> ``<u>`',
  '\\`<s>` after an escaped backtick',
  '# Not a heading',
  '## Nor this',
  'a | b | c',
  '- not a list',
  '+ nor this',
  '1. nor a numbered one',
  '3) nor this',
  '> not a quote',
  '= not an underline',
  '*stars* _under_ [link](https://x.example) ~strike~ \\ back',
  '```\n<i>in a fence</i>',
  'line one\n# heading on line two\n===\n---',
];

describe('text on one line of an exported Markdown file', () => {
  it.each(hostile)('reads exactly as typed, in a table cell, a list item and at the start of a line: %j', (text) => {
    const typed = text.replace(/\s*\n\s*/g, ' ').trim();
    const cell = tree(`| A | B |\n| --- | --- |\n| ${markdownInline(text)} | end |\n`);
    const rows = nodes(cell).filter((n) => n.type === 'tableRow');
    expect(rows.at(-1)!.children!.map(textOf)).toEqual([typed, 'end']);
    const item = tree(`- ${markdownInline(text)}\n`);
    expect(nodes(item).filter((n) => n.type === 'listItem')).toHaveLength(1);
    expect(textOf(item)).toBe(typed);
    const line = tree(`${markdownInline(text)}.\n`);
    expect(line.children!.map((n) => n.type)).toEqual(['paragraph']);
    expect(textOf(line)).toBe(`${typed}.`);
    expect(nodes(line).filter((n) => n.type === 'html')).toEqual([]);
  });
});

describe('a reader’s note quoted in an exported Markdown file', () => {
  const quote = (note: string) => tree(markdownNote(note).split('\n').map((l) => `> ${l}`.trimEnd()).join('\n'));

  it.each(hostile)('never holds raw HTML or a heading: %j', (note) => {
    const all = nodes(quote(note));
    expect(all.filter((n) => n.type === 'html')).toEqual([]);
    expect(all.filter((n) => n.type === 'heading')).toEqual([]);
  });

  it('keeps the reader’s own Markdown: emphasis, links, lists, code as typed', () => {
    const note = 'Shipped the **pipeline** ([PR](https://example.org/pr/1))\n- with tests\n- `<T>` generics\n```ts\nconst a = b < c;\n```';
    const all = nodes(quote(note));
    expect(all.map((n) => n.type)).toEqual(expect.arrayContaining(['strong', 'link', 'list', 'inlineCode', 'code']));
    expect(all.find((n) => n.type === 'inlineCode')?.value).toBe('<T>');
    expect(all.find((n) => n.type === 'code')?.value).toBe('const a = b < c;');
    expect(markdownNote('a < b and c > d')).toBe('a < b and c > d');
  });

  it('shows a tag as the text typed', () => {
    expect(textOf(quote('<b>bold</b>'))).toBe('<b>bold</b>');
  });
});
