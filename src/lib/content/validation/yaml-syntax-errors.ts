/**
 * The YAML library's syntax errors, said where the editor made the mistake and what was expected.
 *
 * The library reports an indentation mistake where it notices it, which is rarely where it was made:
 * one over-indented key gives "All mapping items must start at the same column" at every later key of
 * its mapping (each at column 1), and a key indented under the previous line's value gives two errors
 * at that value; a key indented less than the keys of the list item above it gives "Sequence item without
 * - indicator" at column 1. This reads the parser's concrete syntax tree (the keys with their columns, as written)
 * to name the key that is out of line, with the column its siblings use, once. And since the parser
 * reads on out of step after a mistake, only a file's first mistake is reported, with a count of the rest.
 * The library's other messages that an editor meets (a key without its `:`, a tab in the indentation,
 * a key given twice, a quote or a `[`/`{` never closed) are said in the editor's terms, with what to write.
 */
import { CST, Parser, visit, type Alias, type Document, type YAMLError } from 'yaml';
import type { Position } from './yaml-source.ts';
import { listWords } from '../../text/list-words.ts';

/** A syntax mistake, located, with what was expected and found where the parser's tree tells. */
export interface SyntaxProblem {
  message: string;
  position: Position;
  expected?: string;
  found?: string;
}

type BlockMap = CST.BlockMap;
type MapItem = BlockMap['items'][number];
interface Key {
  /** The key as written on its first line. */
  name: string;
  offset: number;
  /** 0-based column, as the parser counts indentation. */
  indent: number;
  /** The whole source of the key, which spans lines when a line was taken as a continuation. */
  source: string;
}

const keyOf = (item: MapItem): Key | undefined => {
  const k = item.key;
  // A key written after `?` (YAML's explicit key) sits past its indicator: its column is not the mapping's.
  if (item.start.some((token) => token.type === 'explicit-key-ind')) return undefined;
  if (!k || !('source' in k) || !('indent' in k) || k.type === 'block-scalar') return undefined;
  return { name: k.source.split('\n')[0]!.trim(), offset: k.offset, indent: k.indent, source: k.source };
};

/** Every block mapping of the text, with the item that holds it as its value (undefined for a document's root). */
function blockMaps(text: string): { map: BlockMap; owner: MapItem | undefined }[] {
  const found: { map: BlockMap; owner: MapItem | undefined }[] = [];
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document') continue;
    if (token.value?.type === 'block-map') found.push({ map: token.value, owner: undefined });
    CST.visit(token, (item) => {
      if (item.value?.type === 'block-map') found.push({ map: item.value, owner: item.key === undefined ? undefined : (item as MapItem) });
    });
  }
  return found;
}

const column = (indent: number) => `column ${indent + 1}`;
const lineList = (lines: number[]) => `${lines.length === 1 ? 'line' : 'lines'} ${listWords(lines.map(String))}`;

/**
 * A key that starts left of its mapping's first key but right of the mapping that holds it (the library:
 * "All mapping items must start at the same column"). The parser files it in the outer mapping, after
 * the outer key whose value it was meant to join; so its intended siblings are the keys of that value
 * and the other keys out of line after it. When those out-of-line keys agree with each other and outnumber
 * the value's keys, the value's keys are the ones out of line (an over-indented first key); otherwise the key is.
 * When the outer key holds no keys (a list, a value), the key before it tells which is out of line, if it can:
 * see outOfLineAmongSiblings.
 */
function misalignedKey(maps: ReturnType<typeof blockMaps>, offset: number, line: (offset: number) => number): SyntaxProblem | undefined {
  for (const { map } of maps) {
    const index = map.items.findIndex((item) => {
      const key = keyOf(item);
      return key !== undefined && key.indent !== map.indent && key.offset >= offset && line(key.offset) === line(offset);
    });
    if (index < 0) continue;
    let start = index;
    while (start > 0 && keyOf(map.items[start - 1]!)?.indent !== map.indent) start--;
    const outer = start > 0 ? map.items[start - 1]! : undefined;
    let end = index;
    while (end + 1 < map.items.length && keyOf(map.items[end + 1]!) && keyOf(map.items[end + 1]!)!.indent !== map.indent) end++;
    const stray = map.items.slice(start, end + 1).map(keyOf).filter((k) => k !== undefined);
    const key = keyOf(map.items[index]!)!;
    const inner = outer?.value?.type === 'block-map' ? outer.value.items.map(keyOf).filter((k) => k !== undefined) : [];
    const outerKey = outer && keyOf(outer);
    const at = (k: Key): Position => ({ line: line(k.offset), column: k.indent + 1 });
    if (!outerKey) return { message: `\`${key.name}\` is not aligned with the other keys of its mapping`, position: at(key), expected: `${column(map.indent)}, the indentation of its siblings`, found: column(key.indent) };
    if (inner.length === 0) return outOfLineAmongSiblings(map, start, stray, line) ?? eitherOutOfLine(outerKey, stray[0]!, start - 1 === 0, line);
    const strayIndents = new Set(stray.map((k) => k.indent));
    if (strayIndents.size === 1 && stray.length > inner.length) {
      const first = inner[0]!;
      return {
        message: `\`${first.name}\`, the first key under \`${outerKey.name}\`, is indented further than the keys after it, so YAML cannot place them`,
        position: at(first),
        expected: `${column(stray[0]!.indent)}, as its siblings on ${lineList(stray.map((k) => line(k.offset)))}`,
        found: column(first.indent),
      };
    }
    return {
      message: `\`${key.name}\` is not aligned with \`${inner[0]!.name}\` (line ${line(inner[0]!.offset)}), the first key of \`${outerKey.name}\``,
      position: at(key),
      expected: `${column(inner[0]!.indent)}, the indentation of its siblings (or ${column(map.indent)}, \`${outerKey.name}\`’s own, if it is not one of its keys)`,
      found: column(key.indent),
    };
  }
  return undefined;
}

/**
 * The keys out of line follow a key of the outer mapping that holds no keys (`behaviors:` and its list), and
 * the key before that one holds keys at their column (`ml-system-design:` with `proficiency:`): the key in
 * between was meant as one of those, and was indented less than them. Moving the keys after it to its column
 * instead, as the library's message suggests, would make them keys of the outer mapping.
 */
function outOfLineAmongSiblings(map: BlockMap, start: number, stray: Key[], line: (offset: number) => number): SyntaxProblem | undefined {
  const moved = keyOf(map.items[start - 1]!);
  const before = start > 1 ? map.items[start - 2]! : undefined;
  const parent = before && keyOf(before);
  const siblings = before?.value?.type === 'block-map' ? before.value.items.map(keyOf).filter((k) => k !== undefined) : [];
  const above = siblings[siblings.length - 1];
  const below = stray[0]!;
  if (!moved || !parent || !above || new Set([...siblings, ...stray].map((k) => k.indent)).size !== 1) return undefined;
  return {
    message:
      `\`${moved.name}\` is indented less than the keys of \`${parent.name}\` around it (\`${above.name}\` on line ${line(above.offset)}, ` +
      `\`${below.name}\` on line ${line(below.offset)}), so YAML reads it as a key beside \`${parent.name}\` and cannot place \`${below.name}\``,
    position: { line: line(moved.offset), column: moved.indent + 1 },
    expected: `${column(above.indent)}, as the keys of \`${parent.name}\``,
    found: column(moved.indent),
  };
}

/**
 * A key indented further than the key before it, which holds no keys. When that key is the first of its
 * mapping, either of the two may be the one out of line (moved with the keys beside it, it would be in line);
 * otherwise its siblings agree with it, and the later key is out of line.
 */
function eitherOutOfLine(previous: Key, key: Key, previousFirst: boolean, line: (offset: number) => number): SyntaxProblem {
  return {
    message:
      `\`${key.name}\` (line ${line(key.offset)}, ${column(key.indent)}) is indented further than \`${previous.name}\` (line ${line(previous.offset)}, ${column(previous.indent)}) above it, ` +
      `which holds no keys${previousFirst ? ', so one of the two is out of line' : ''}`,
    position: { line: line(key.offset), column: key.indent + 1 },
    expected:
      `${column(previous.indent)}, as \`${previous.name}\`` +
      (previousFirst ? `, or \`${previous.name}\` and the keys beside it at ${column(key.indent)} if \`${key.name}\` is where it belongs` : ''),
    found: column(key.indent),
  };
}

/**
 * A mapping where a value was expected on the same line as its key (the library: "Nested mappings are not
 * allowed in compact mappings", with "Implicit keys need to be on a single line" when the key spans lines):
 * either the next line is indented further than the key, so it continues the value, or the value holds ": ".
 */
function mappingInValue(maps: ReturnType<typeof blockMaps>, offset: number, line: (offset: number) => number, text: string): SyntaxProblem | undefined {
  const held = maps.find(({ map, owner }) => owner && map.offset === offset && line(map.offset) === line(keyOf(owner)?.offset ?? -1));
  const ownerKey = held?.owner && keyOf(held.owner);
  const first = held && held.map.items[0] && keyOf(held.map.items[0]);
  if (!held || !ownerKey || !first) return undefined;
  const newline = first.source.indexOf('\n');
  if (newline >= 0) {
    const continued = first.offset + newline + 1 + (first.source.slice(newline + 1).length - first.source.slice(newline + 1).trimStart().length);
    const continuedLine = line(continued);
    const indent = continued - text.lastIndexOf('\n', continued - 1) - 1;
    const name = first.source.slice(newline + 1).trim();
    return {
      message: `\`${name}\` is indented further than \`${ownerKey.name}\` (line ${line(ownerKey.offset)}), so YAML reads it as part of that key’s value`,
      position: { line: continuedLine, column: indent + 1 },
      expected: `${column(ownerKey.indent)}, the indentation of its siblings (or the whole value in quotes if the line continues it)`,
      found: column(indent),
    };
  }
  const value = text.slice(offset, text.indexOf('\n', offset) < 0 ? undefined : text.indexOf('\n', offset)).trim();
  return {
    message: `the value of \`${ownerKey.name}\` holds “: ” (a colon and a space), which starts a mapping inside it`,
    position: { line: line(offset), column: offset - text.lastIndexOf('\n', offset - 1) },
    expected: 'the value in quotes ("…")',
    found: `\`${value}\``,
  };
}

/**
 * A key indented less than the keys of the list item above it, yet right of the list's dash (the library:
 * "Sequence item without - indicator" at the start of its line), or at the dash's own column after the last
 * item (the library: "Unexpected scalar at node end"). Its intended siblings are the keys of the nearest
 * mapping above it that is indented further than it; the keys at its own column or left of it end the search.
 */
function underIndentedKey(maps: ReturnType<typeof blockMaps>, offset: number, line: (offset: number) => number, text: string): SyntaxProblem | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineText = text.slice(lineStart, text.indexOf('\n', lineStart) < 0 ? undefined : text.indexOf('\n', lineStart));
  const name = /^ *([^\s#:\-][^:]*?):(?:\s|$)/.exec(lineText)?.[1];
  if (name === undefined) return undefined;
  const indent = lineText.length - lineText.trimStart().length;
  const above = maps
    .flatMap(({ map }) => map.items.map(keyOf).filter((k) => k !== undefined && k.offset < lineStart).map((k) => ({ key: k!, indent: map.indent })))
    .sort((a, b) => b.key.offset - a.key.offset);
  const enclosing = above.findIndex((k) => k.indent <= indent);
  const candidates = enclosing < 0 ? above : above.slice(0, enclosing);
  if (candidates.length === 0) return undefined;
  // The mapping nearest to its column: a key left of a nested mapping's keys most likely meant the item's own.
  const nearest = Math.min(...candidates.map((k) => k.indent));
  const sibling = candidates.find((k) => k.indent === nearest)!.key;
  const outer = enclosing < 0 ? undefined : above[enclosing];
  return {
    message: `\`${name}\` is indented less than \`${sibling.name}\` (line ${line(sibling.offset)}) and the other keys of its mapping, so YAML cannot place it`,
    position: { line: line(lineStart), column: indent + 1 },
    expected:
      `a key at ${column(nearest)}, as \`${sibling.name}\` above it` +
      (outer ? `, or ${column(outer.indent)} as \`${outer.key.name}\` if it is not one of the item’s keys` : ', or `- ` before it if it starts a new list item'),
    found: column(indent),
  };
}

/** The line of `offset`: where it starts, and its text. */
function lineOf(text: string, offset: number): { start: number; text: string } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', start);
  return { start, text: text.slice(start, end < 0 ? undefined : end) };
}

/**
 * A value (of a key or a list item) that YAML stopped reading before the end of its line, where
 * the library says only “Unexpected scalar at node end”: a quote closed by a quote meant as text
 * (`'It's here'`, `"He said "hi""`), or text that starts with `*`, which YAML reads as an alias.
 */
function valueEndedEarly(offset: number, line: (offset: number) => number, text: string): SyntaxProblem | undefined {
  const { start, text: lineText } = lineOf(text, offset);
  const opening = /^(\s*(?:- +)?(?:([^\s#:'"*&-][^:]*?):[ \t]+)?)(['"*])/.exec(lineText);
  if (!opening) return undefined;
  const [, before, key, mark] = opening as unknown as [string, string, string | undefined, "'" | '"' | '*'];
  const what = key === undefined ? 'the list item' : `the value of \`${key}\``;
  const value = lineText.slice(before.length).trim();
  if (mark === '*') {
    return {
      message: `${what} starts with \`*\`, which YAML reads as an alias (a repeat of a value marked with \`&\`), and cannot read the text after it`,
      position: { line: line(start), column: before.length + 1 },
      expected: `the value in quotes when it is text: ${JSON.stringify(value)}`,
      found: value,
    };
  }
  // Where the quote closes: a ' is written '' inside single quotes, a " is written \" inside double quotes.
  let close = before.length + 1;
  for (; close < lineText.length; close++) {
    const c = lineText[close];
    if (mark === "'" && c === "'" && lineText[close + 1] === "'") close++;
    else if (mark === '"' && c === '\\') close++;
    else if (c === mark) break;
  }
  if (close >= lineText.length || start + close >= offset) return undefined;
  return {
    message: `${what} opens a ${mark} at column ${before.length + 1} that the ${mark} at column ${close + 1} closes, so YAML cannot read the rest of the line`,
    position: { line: line(start), column: close + 1 },
    // Prose takes typographic quotes (rule straight-quote), which also end the clash.
    expected: mark === "'" ? "’ for an apostrophe in prose, or a ' inside single quotes written twice ('')" : '“ and ” for quotes in prose, or a " inside double quotes written \\"',
    found: `${lineText.slice(close + 1).trim()} after the closing ${mark}`,
  };
}

/**
 * A list item (`- `) indented less than the items above it, where a key's list goes on (the library: “A
 * block sequence may not be used as an implicit map key”, and two more errors, at its line): named at
 * its dash, with the column of the items above it and the key whose list they are.
 */
function outdentedListItem(offset: number, line: (offset: number) => number, text: string): SyntaxProblem | undefined {
  const { start, text: lineText } = lineOf(text, offset);
  const dash = /^( *)- /.exec(`${lineText} `)?.[1]?.length;
  if (dash === undefined) return undefined;
  const before = text.slice(0, start).split('\n').slice(0, -1);
  const blank = (l: string) => l.trim() === '' || l.trimStart().startsWith('#');
  const indentOf = (l: string) => l.length - l.trimStart().length;
  const previous = before.findLastIndex((l) => !blank(l));
  const item = /^( *)- /.exec(`${before[previous] ?? ''} `);
  if (!item || item[1]!.length <= dash) return undefined;
  // The key whose list it is: the nearest line above that is indented less than its items.
  const ownerLine = before.findLastIndex((l, i) => i < previous && !blank(l) && indentOf(l) < item[1]!.length);
  const owner = /^ *([^\s#:\-][^:]*?):\s*$/.exec(before[ownerLine] ?? '')?.[1];
  const items = owner === undefined ? 'the items above it' : `the items of \`${owner}\``;
  return {
    message: `this list item is indented less than ${items} (line ${line(0) + previous}), so YAML reads it as outside that list and cannot place it`,
    position: { line: line(start), column: dash + 1 },
    expected: `column ${item[1]!.length + 1}, as ${items} above it`,
    found: `column ${dash + 1}`,
  };
}

/**
 * A key written without its `:` (the library: "Implicit keys need to be on a single line" when lines follow
 * it, since it reads them as more of the key, or "Implicit map keys need to be followed by map values").
 * A line of words suggests the colon after the first word (`summary The level` → `summary: The level`).
 */
function missingColon(offset: number, line: (offset: number) => number, text: string): SyntaxProblem | undefined {
  const { start, text: lineText } = lineOf(text, offset);
  const written = lineText.slice(offset - start).replace(/\s+#.*$/, '').trim();
  if (!/^[^\s#:{}[\],'"&*!|>%@`-][^:#{}[\],]*$/.test(written)) return undefined;
  const [word, ...rest] = written.split(/\s+/);
  return {
    message: `\`${written}\` has no \`:\` after ${rest.length ? `\`${word}\`` : 'it'}, so YAML cannot read it as a key`,
    position: { line: line(start), column: offset - start + 1 },
    expected: rest.length ? `\`${word}: ${rest.join(' ')}\`, a key followed by \`:\` and its value` : `\`${word}:\`, a key followed by \`:\``,
    found: `\`${written}\` without \`:\``,
  };
}

/**
 * A tab in a line's indentation (the library: "Tabs are not allowed as indentation"). YAML indents with
 * spaces only; the lines around it, when they are indented with spaces, show how far theirs go.
 */
function tabIndentation(offset: number, line: (offset: number) => number, text: string): SyntaxProblem {
  const { start, text: lineText } = lineOf(text, offset);
  const indentation = /^[ \t]*/.exec(lineText)![0];
  const tabs = indentation.split('\t').length - 1;
  const firstTab = indentation.indexOf('\t') + 1;
  const lines = text.split('\n');
  const index = line(start) - line(0);
  const spaced = (l: string | undefined) => l !== undefined && l.trim() !== '' && !/^ *\t/.test(l);
  const around = [lines.slice(0, index).findLastIndex((l) => l.trim() !== ''), lines.findIndex((l, i) => i > index && l.trim() !== '')]
    .filter((i) => i >= 0 && spaced(lines[i]))
    .map((i) => {
      const spaces = /^ */.exec(lines[i]!)![0].length;
      return `line ${line(0) + i} ${spaces === 0 ? 'is not indented' : `is indented with ${spaces === 1 ? '1 space' : `${spaces} spaces`}`}`;
    });
  return {
    message: 'this line is indented with a tab, which YAML does not accept as indentation',
    position: { line: line(start), column: firstTab },
    expected: `spaces only${around.length ? ` (${around.join(', ')})` : ''}`,
    found: tabs === 1 ? `a tab at column ${firstTab}` : `${tabs} tabs, the first at column ${firstTab}`,
  };
}

/** A key's value as YAML reads it (`"b"` and `b` are one key), for keys that are scalars. */
const keyValue = (item: MapItem): string | undefined => {
  const k = item.key;
  return k && CST.isScalar(k) ? CST.resolveAsScalar(k)?.value : undefined;
};

/**
 * A key given twice in one mapping (the library: "Map keys must be unique", at the second). The first one
 * is named too: which of the two to keep, merge or rename is the editor's call.
 */
function duplicateKey(maps: ReturnType<typeof blockMaps>, offset: number, line: (offset: number) => number): SyntaxProblem | undefined {
  for (const { map } of maps) {
    const index = map.items.findIndex((item) => item.key?.offset === offset);
    if (index < 0) continue;
    const second = map.items[index]!;
    const name = keyValue(second);
    const first = name === undefined ? undefined : map.items.slice(0, index).find((item) => keyValue(item) === name);
    const firstKey = first && keyOf(first);
    const secondKey = keyOf(second);
    if (!firstKey || !secondKey) return undefined;
    const [a, b] = [line(firstKey.offset), line(secondKey.offset)];
    return {
      message: `\`${name}\` is given twice in the same mapping, here and on line ${a}`,
      position: { line: b, column: secondKey.indent + 1 },
      expected: `each key once in a mapping: keep one of lines ${a} and ${b}, or merge them`,
      found: `\`${name}\` again, first given on line ${a}`,
    };
  }
  return undefined;
}

/** A quoted value whose closing quote is missing: the parser reads on, past the end of its line, looking for it. */
interface UnclosedQuote {
  quote: '"' | "'";
  offset: number;
  /** Where the parser stopped looking (often the end of the file). */
  end: number;
  /** The key on the quote's line, when the value is that key's. */
  key: Key | undefined;
}

/** Calls `check` with every key and value token of the text's documents, and a value's map item when it has a key. */
function visitValues(text: string, check: (token: CST.Token | null | undefined, item: MapItem | undefined) => void): void {
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document') continue;
    check(token.value, undefined);
    CST.visit(token, (item) => {
      check(item.key, undefined);
      check(item.value, item.key ? (item as MapItem) : undefined);
    });
  }
}

/** Every quoted value of the text that is never closed, in text order. */
function unclosedQuotes(text: string): UnclosedQuote[] {
  const found: UnclosedQuote[] = [];
  const check = (token: CST.Token | null | undefined, item: MapItem | undefined) => {
    if (!token || (token.type !== 'double-quoted-scalar' && token.type !== 'single-quoted-scalar')) return;
    let unclosed = false;
    CST.resolveAsScalar(token, true, (_offset, code) => (unclosed ||= code === 'MISSING_CHAR'));
    if (!unclosed) return;
    found.push({ quote: token.type === 'double-quoted-scalar' ? '"' : "'", offset: token.offset, end: token.offset + token.source.length, key: item && keyOf(item) });
  };
  visitValues(text, check);
  return found.sort((a, b) => a.offset - b.offset);
}

/**
 * A quote that is never closed (the library: "Missing closing "quote", where it stopped looking, often the end
 * of the file): named where it opens, with the key whose value it starts.
 */
function unclosedQuote(quotes: UnclosedQuote[], offset: number, line: (offset: number) => number, text: string): SyntaxProblem | undefined {
  const quote = quotes.find((q) => q.offset <= offset && offset <= q.end) ?? quotes.findLast((q) => q.offset <= offset);
  if (!quote) return undefined;
  const opened = line(quote.offset);
  const key = quote.key && line(quote.key.offset) === opened ? quote.key : undefined;
  const endLine = line(text.slice(0, quote.end).trimEnd().length);
  const stopped = quote.end >= text.trimEnd().length ? `the end of the file (line ${endLine})` : `line ${endLine}`;
  const escaped = quote.quote === '"' ? '\\"' : "''";
  const what = `the ${quote.quote} that opens ${key ? `the value of \`${key.name}\`` : 'this value'} is never closed`;
  return {
    message: endLine === opened ? `${what} on its line` : `${what}, so YAML takes the lines after it as part of the value`,
    position: { line: opened, column: quote.offset - text.lastIndexOf('\n', quote.offset - 1) },
    expected: `a closing ${quote.quote} where the value ends; a ${quote.quote} inside it is written ${escaped}`,
    found: endLine === opened ? `no closing ${quote.quote} on line ${opened}` : `no closing ${quote.quote} down to ${stopped}`,
  };
}

/** A flow collection (`[a, b]`, `{a: 1}`) whose closing bracket is missing. */
interface UnclosedFlow {
  open: '[' | '{';
  offset: number;
  /** Where the parser stopped reading it. */
  end: number;
  /** The key on the bracket's line, when the collection is that key's value. */
  key: Key | undefined;
}

/** Every flow collection of the text that is never closed, in text order. */
function unclosedFlows(text: string): UnclosedFlow[] {
  const found: UnclosedFlow[] = [];
  const check = (token: CST.Token | null | undefined, item: MapItem | undefined) => {
    if (token?.type !== 'flow-collection') return;
    const open = token.start.source;
    const close = open === '[' ? ']' : '}';
    if (token.end.some((t) => t.source === close) || (open !== '[' && open !== '{')) return;
    found.push({ open, offset: token.offset, end: token.offset + CST.stringify(token).trimEnd().length, key: item && keyOf(item) });
  };
  visitValues(text, check);
  return found.sort((a, b) => a.offset - b.offset);
}

/**
 * A `[` or `{` never closed (the library: "Flow sequence in block collection must be sufficiently indented
 * and end with a ]", at the line after, where it gave up): named where it opens, with the key whose value
 * it starts. The last one opened before the library's position is the one it was reading.
 */
function unclosedFlow(flows: UnclosedFlow[], offset: number, line: (offset: number) => number, text: string): SyntaxProblem | undefined {
  const flow = flows.findLast((f) => f.offset < offset);
  if (!flow) return undefined;
  const opened = line(flow.offset);
  const key = flow.key && line(flow.key.offset) === opened ? flow.key : undefined;
  const [close, what] = flow.open === '[' ? [']', 'list'] : ['}', 'mapping'];
  const endLine = line(flow.end);
  return {
    message: `the \`${flow.open}\` that opens ${key ? `the ${what} of \`${key.name}\`` : `this ${what}`} is never closed`,
    position: { line: opened, column: flow.offset - text.lastIndexOf('\n', flow.offset - 1) },
    expected: `a \`${close}\` to close the ${what} opened here, after its last item`,
    found: endLine === opened ? `no \`${close}\` on line ${opened}` : `no \`${close}\` down to line ${endLine}`,
  };
}

/**
 * The syntax errors of `text` as an editor needs them: the first mistake (with a count of the errors
 * after it), where it was made, with what was expected and found. An error this cannot explain keeps
 * the library's message and position.
 */
export function describeSyntaxErrors(text: string, errors: readonly YAMLError[], at: (offset: number) => Position): SyntaxProblem[] {
  const maps = errors.length ? blockMaps(text) : [];
  // Lines as the file numbers them (a page's frontmatter starts below its first line), in messages as in positions.
  const line = (offset: number) => at(offset).line;
  // A key out of line lands in the outer mapping, where it may repeat a key: that is the same mistake.
  const repeatedByStrays = new Set(
    maps.flatMap(({ map }) => {
      const keys = map.items.map(keyOf).filter((k) => k !== undefined);
      const strayNames = new Set(keys.filter((k) => k.indent !== map.indent).map((k) => k.name));
      return keys.filter((k) => strayNames.has(k.name)).map((k) => k.offset);
    }),
  );
  // An unclosed quote swallows the text after it: what the library says of that text is the same mistake.
  const quotes = errors.some((e) => e.code === 'MISSING_CHAR' && e.message.startsWith('Missing closing')) ? unclosedQuotes(text) : [];
  const swallowed = (e: YAMLError) => !e.message.startsWith('Missing closing') && quotes.some((q) => q.offset < e.pos[0] && e.pos[0] <= q.end);
  const flows = errors.some((e) => e.code === 'BAD_INDENT' && e.message.startsWith('Flow ')) ? unclosedFlows(text) : [];
  const consequences = errors.filter((e) => (e.code === 'DUPLICATE_KEY' && repeatedByStrays.has(e.pos[0])) || swallowed(e));
  const explain = (e: YAMLError): SyntaxProblem | undefined => {
    const offset = e.pos[0];
    if (e.code === 'BAD_INDENT' && e.message.startsWith('All mapping items')) return misalignedKey(maps, offset, line);
    if (e.code === 'BLOCK_AS_IMPLICIT_KEY') return outdentedListItem(offset, line, text) ?? mappingInValue(maps, offset, line, text);
    if (e.code === 'MULTILINE_IMPLICIT_KEY') return outdentedListItem(offset, line, text) ?? mappingInValue(maps, offset, line, text) ?? missingColon(offset, line, text);
    if (e.code === 'MISSING_CHAR' && e.message.startsWith('Implicit map keys need to be followed')) return outdentedListItem(offset, line, text) ?? missingColon(offset, line, text);
    if (e.code === 'TAB_AS_INDENT') return tabIndentation(offset, line, text);
    if (e.code === 'DUPLICATE_KEY') return duplicateKey(maps, offset, line);
    if (e.code === 'MISSING_CHAR' && e.message.startsWith('Missing closing')) return unclosedQuote(quotes, offset, line, text);
    if (e.code === 'BAD_INDENT' && /^Flow (sequence|map) in block collection/.test(e.message)) return unclosedFlow(flows, offset, line, text);
    if (e.code === 'UNEXPECTED_TOKEN' && e.message.startsWith('Unexpected scalar at node end'))
      return valueEndedEarly(offset, line, text) ?? underIndentedKey(maps, offset, line, text);
    if (e.code === 'MISSING_CHAR' && e.message.startsWith('Sequence item without')) return underIndentedKey(maps, offset, line, text);
    return undefined;
  };
  const described = errors
    .filter((e) => !consequences.includes(e))
    .map((e): SyntaxProblem => explain(e) ?? { message: e.message.split('\n')[0]!, position: at(e.pos[0]) });
  // A key the library could not place leaves the rest of its line to errors of their own (the ":" and the
  // value after it): once the key is explained, they are the same mistake.
  const explainedLines = new Set(described.filter((e) => e.expected !== undefined).map((e) => e.position.line));
  const unexplainedOnThoseLines = (e: SyntaxProblem) => e.expected === undefined && explainedLines.has(e.position.line);
  // The library often says one thing twice, or in two ways, at one place (and, explained, several errors
  // become one): one problem per place, with each thing it says once.
  const byPlace = new Map<string, SyntaxProblem>();
  for (const e of described.filter((e) => !unexplainedOnThoseLines(e))) {
    const place = `${e.position.line}:${e.position.column}`;
    const known = byPlace.get(place);
    if (!known) byPlace.set(place, e);
    else if (!known.message.includes(e.message)) byPlace.set(place, { ...e, ...known, message: `${known.message}; ${e.message.charAt(0).toLowerCase()}${e.message.slice(1)}` });
  }
  // After its first mistake the parser reads the rest of the file out of step: one mistake in line 2 gave 184
  // errors, down to the end of the file. The first is the one to fix; the others are counted, not listed.
  const [first, ...later] = [...byPlace.values()].sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
  // Every error explained away as the consequence of another that is not there: the library's own first word.
  if (!first) return errors.slice(0, 1).map((e) => ({ message: e.message.split('\n')[0]!, position: at(e.pos[0]) }));
  if (later.length === 0) return [first];
  return [{ ...first, message: `${first.message} (fix this first: the ${later.length} later ${later.length === 1 ? 'error' : 'errors'} YAML reports in the file may follow from it)` }];
}

/**
 * An alias (`*name`) with no anchor (`&name`) set before it. The library finds none of these while parsing,
 * only when it builds the value, and then throws: named here instead, the first one, as a syntax mistake.
 */
export function describeUnresolvedAliases(doc: Document, at: (offset: number) => Position): SyntaxProblem[] {
  const unresolved: Alias[] = [];
  visit(doc, {
    Alias(_key, node) {
      if (!node.resolve(doc)) unresolved.push(node);
    },
  });
  const [first, ...later] = unresolved;
  if (!first) return [];
  const more = later.length ? ` (and ${later.length} more ${later.length === 1 ? 'alias' : 'aliases'} like it in the file)` : '';
  return [
    {
      message: `\`*${first.source}\` starts with \`*\`, which YAML reads as an alias, a repeat of a value marked \`&${first.source}\`, and no value above it is marked so${more}`,
      position: at(first.range?.[0] ?? 0),
      expected: `the value in quotes when it is text (\`"*${first.source}"\`), or a value marked \`&${first.source}\` above it`,
      found: `\`*${first.source}\``,
    },
  ];
}
