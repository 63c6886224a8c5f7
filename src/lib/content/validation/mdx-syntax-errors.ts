/**
 * A page's MDX syntax mistakes, found with the parser the build uses (Sätteri, Astro's MDX parser), said
 * where the editor made them and what was expected.
 *
 * The parser stops at a page's first mistake and says it as `line:column: message (rule)`, in the words
 * of JSX and JavaScript: “Expected a closing tag for `<Aside>`”, “Unexpected character after `<`”. Those
 * an editor makes most (a component never closed, or closed out of turn, a `<` or `{` meant as text) are
 * reworded here with what to write; any other keeps the parser's words, split into what it expected and
 * found. The page's `import` and `export` lines are JavaScript, which the parser leaves to the build:
 * their mistakes are not found here.
 */
import { createMdxMdastHandle, dropHandle } from 'satteri';
import type { SyntaxProblem } from './yaml-syntax-errors.ts';

/** The first MDX syntax mistake of a page (frontmatter included, so lines are the file's), or none. */
export function mdxSyntaxError(text: string): SyntaxProblem | undefined {
  try {
    // Parsed only: the tree stays in the parser's memory and is dropped, never built in JavaScript.
    dropHandle(createMdxMdastHandle(text, undefined, false));
    return undefined;
  } catch (error) {
    return describeMdxError(error instanceof Error ? error.message : String(error), text);
  }
}

/** The text of `text` at a position, up to the end of its line (at most 40 characters), for `found`. */
function textAt(text: string, line: number, column: number): string {
  const rest = (text.split('\n')[line - 1] ?? '').slice(column - 1).trimEnd();
  return rest.length > 40 ? `${rest.slice(0, 40)}…` : rest;
}

const code = (text: string) => (text.includes('`') ? `“${text}”` : `\`${text}\``);

/** One of the parser's messages (`9:1: Expected a closing tag for \`<Aside>\` (9:1) (mdx-jsx:…)`) as a problem of `text`. */
export function describeMdxError(raw: string, text: string): SyntaxProblem {
  const parts = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w-]+:[\w-]+\))?$/.exec(raw.trim());
  if (!parts) return { message: raw.trim(), position: { line: 1, column: 1 } };
  const position = { line: Number(parts[1]), column: Number(parts[2]) };
  const said = parts[3]!;
  const here = textAt(text, position.line, position.column);

  const unclosed = /^Expected a closing tag for `<([^>\s]+)>` \((\d+):\d+\)(?: before the end of `(\w+)`)?/.exec(said);
  if (unclosed) {
    const [, name, line, container] = unclosed;
    return {
      message: `\`<${name}>\`${Number(line) === position.line ? '' : ` on line ${line}`} is never closed${container ? `: a tag opened inside a ${container} closes inside it` : ''}`,
      position,
      expected: `\`</${name}>\` after its content${container ? ` in the same ${container}` : ''} (or \`<${name} … />\` when it holds nothing)`,
      found: container ? `the end of the ${container} before \`</${name}>\`` : `no \`</${name}>\` down to the end of the page`,
    };
  }
  const outOfTurn = /^Unexpected closing tag `<\/([^>\s]*)>`, expected corresponding closing tag for `<([^>\s]+)>` \((\d+):\d+\)/.exec(said);
  if (outOfTurn) {
    const [, closing, open, line] = outOfTurn;
    return {
      message: `\`</${closing}>\` closes a tag while \`<${open}>\` (line ${line}) inside it is still open`,
      position,
      expected: `\`</${open}>\` first (or \`<${open} … />\` when it holds nothing)`,
      found: `\`</${closing}>\``,
    };
  }
  const neverOpened = /^Unexpected closing tag `<\/([^>\s]*)>`, expected an open tag first/.exec(said);
  if (neverOpened) {
    const [, closing] = neverOpened;
    return { message: `\`</${closing}>\` closes a tag that is not open`, position, expected: `\`<${closing}>\` before it, or no \`</${closing}>\``, found: `\`</${closing}>\`` };
  }
  if (/^Unexpected character after `<`/.test(said) || (said.startsWith('Unexpected character') && said.includes('before name'))) {
    return {
      message: 'MDX reads `<` as the start of a component or an HTML tag, and what follows it is not one',
      position,
      expected: 'a whole tag such as `<Aside type="tip">` (each attribute’s value in quotes), `&lt;` for a less-than sign, `[text](url)` for a link, or `{/* … */}` for a comment',
      found: code(here),
    };
  }
  if (/^Unexpected end of file in expression/.test(said)) {
    return {
      message: 'a `{` is never closed: MDX reads `{` as the start of a JavaScript expression',
      position,
      expected: 'a closing `}` after the expression, or `\\{` for a brace as text',
      found: code(here),
    };
  }
  const badExpression = /^Could not parse expression with \w+: (.*)$/.exec(said);
  if (badExpression) {
    return {
      message: `the \`{…}\` expression is not valid JavaScript (${badExpression[1]!.replace(/\.$/, '').toLowerCase()})`,
      position,
      expected: 'a JavaScript expression between `{` and `}`, or `\\{` for a brace as text',
      found: code(here),
    };
  }
  // Any other: the parser's words, as its “Unexpected …, expected …” gives them.
  const note = /\s*\(note: (.*)\)$/.exec(said);
  const sentence = note ? said.slice(0, note.index) : said;
  const split = /^Unexpected (.+?), expected (.+)$/.exec(sentence);
  return {
    message: `the page is not valid MDX here${note ? ` (${note[1]})` : ''}`,
    position,
    expected: split ? split[2]! : sentence.replace(/^Expected /, '').replace(/\.$/, ''),
    found: split ? split[1]! : code(here),
  };
}
