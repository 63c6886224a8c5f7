/**
 * List items that YAML folded into the text above them, which the parser accepts without a word.
 *
 * A plain (unquoted) value may run over several lines: every line indented further than its list or
 * key continues it, and YAML joins the lines with spaces. So a `- ` item indented further than the
 * item above it (or the first item of a list out-dented by two spaces, which puts the items after
 * it further right) is not an item but more of the text above: `behaviors` becomes one behavior,
 * “first - second - third”, and only a comparison with an earlier release might notice. A plain
 * value's continuation line that starts with `- ` is such an item; quoted values and blocks
 * (`|`, `>`) are left alone, since a dash in them is text as written.
 */
import type { SyntaxProblem } from './yaml-syntax-errors.ts';
import type { YamlSource } from './yaml-source.ts';

/** A `- ` (or a lone `-`) after a line's indentation: what starts a list item. */
const listItemLine = /^([ \t]*)-(?=[ \t\r\n]|$)/;

/** The text's line around `offset`: where it starts and what it holds up to `offset`. */
const lineBefore = (text: string, offset: number) => text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);

/**
 * Every plain multi-line value of `source` with a continuation line that starts a list item, once per
 * value (its first such line, with a count of the others), located at that line's `-`.
 */
export function foldedListItems(source: YamlSource): SyntaxProblem[] {
  const found: SyntaxProblem[] = [];
  for (const value of source.strings()) {
    if (value.style !== 'plain') continue;
    const written = source.text.slice(value.start, value.end);
    const folded: number[] = [];
    for (let newline = written.indexOf('\n'); newline >= 0; newline = written.indexOf('\n', newline + 1)) {
      const match = listItemLine.exec(written.slice(newline + 1));
      if (match) folded.push(value.start + newline + 1 + match[1]!.length);
    }
    const [first, ...more] = folded;
    if (first === undefined) continue;
    const here = source.positionAt(first);
    const above = source.positionAt(value.start);
    const others = more.length ? `, with ${more.length} more ${more.length === 1 ? 'item' : 'items'} after it` : '';
    const quoted = 'or the text in quotes if the dash is part of it';
    const dash = /-[ \t]+$/.exec(lineBefore(source.text, value.start));
    if (value.key === undefined && dash) {
      // A list item: its own `- ` stands on the line where the value starts, left of the value.
      const column = above.column - (lineBefore(source.text, value.start).length - dash.index);
      found.push({
        message: `this \`- \` item was folded into the list item on line ${above.line}${others}: YAML reads them as one text, not as separate items`,
        position: here,
        expected: `every \`- \` item of a list at one indentation: this one at column ${column}, as on line ${above.line}, or line ${above.line}’s at column ${here.column}, as this one; ${quoted}`,
        found: `a list item inside a text, at column ${here.column}`,
      });
    } else {
      const what = value.key === undefined ? 'the value' : `the value of \`${value.key}\``;
      found.push({
        message: `this \`- \` item was folded into ${what} on line ${above.line}${others}: YAML reads them as one text, not as a list`,
        position: here,
        expected:
          value.key === undefined
            ? `each \`- \` item on a line of its own, at the indentation of the list; ${quoted}`
            : `\`${value.key}:\` with nothing after it and each \`- \` item on a line of its own below it; ${quoted}`,
        found: `a list item inside a text, at column ${here.column}`,
      });
    }
  }
  return found;
}
