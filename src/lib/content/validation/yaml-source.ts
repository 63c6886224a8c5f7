import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { describeSyntaxErrors, describeUnresolvedAliases, type SyntaxProblem } from './yaml-syntax-errors.ts';
import { withoutByteOrderMark } from '../../text/byte-order-mark.ts';

export type PathKey = string | number;
export interface Position {
  line: number;
  column: number;
}

/** A string value of a YAML text, where it stands in the text, and how it is written. */
export interface StringValue {
  /** The parsed text. */
  text: string;
  /** The key of the map entry whose value it is, or `undefined` for an item of a list. */
  key: string | undefined;
  /** Offsets of the value as written (quotes included) in the YAML text. */
  start: number;
  end: number;
  /** How the value is written: quoted (`'…'`, `"…"`), plain, or as a block (`>-`, `|`). */
  style: 'single' | 'double' | 'plain' | 'block';
}

/** A parsed YAML text that can say where any value or key in it stands. */
export interface YamlSource {
  /** The YAML text as parsed (without a byte-order mark the file starts with). */
  text: string;
  value: unknown;
  /** The first syntax mistake, located and explained (yaml-syntax-errors.ts); `value` is unusable when there is one. */
  syntaxErrors: SyntaxProblem[];
  /** Position of the value at `path`, or of its nearest existing ancestor. */
  valueAt(path: readonly PathKey[]): Position;
  /** Position of the key `path[last]` inside its map (falls back to the value's position). */
  keyAt(path: readonly PathKey[]): Position;
  /** Every string value of the text (keys excluded), in text order, for the rules that read values as written (found once, then kept). */
  strings(): readonly StringValue[];
  /** The position of an offset in the text (as `valueAt` gives it, shifted by the line offset). */
  positionAt(offset: number): Position;
  /**
   * Where `key`, missing from the mapping at `path`, is written inside the text of another of its keys:
   * a line `key: …` indented under a multi-line value, which YAML reads as more of that text. The
   * position of `key` on that line, and the key whose text took it.
   */
  keyInTextOf(path: readonly PathKey[], key: string): { position: Position; into: string } | undefined;
}

/**
 * Parses YAML keeping positions. `lineOffset` shifts every line, for YAML embedded in a larger
 * file such as MDX frontmatter.
 */
export function parseYamlSource(written: string, lineOffset = 0): YamlSource {
  // A byte-order mark (which Windows editors may write first) is no column to the editor, and the
  // yaml library reads one before a top-level `- ` as text: the text parsed, and whose offsets every
  // position counts, goes without it.
  const text = withoutByteOrderMark(written);
  const counter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number): Position => {
    const { line, col } = counter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const start: Position = { line: 1 + lineOffset, column: 1 };
  const nodeAt = (path: readonly PathKey[]): Node | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as Node | undefined;
      if (node && typeof node === 'object' && 'range' in node && node.range) return node;
    }
    return undefined;
  };
  const valueAt = (path: readonly PathKey[]): Position => {
    const node = nodeAt(path);
    return node?.range ? at(node.range[0]) : start;
  };
  const keyAt = (path: readonly PathKey[]): Position => {
    if (path.length === 0) return valueAt(path);
    const parent = doc.getIn(path.slice(0, -1), true);
    const last = path[path.length - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === last);
      const keyNode = pair?.key as Node | undefined;
      if (keyNode?.range) return at(keyNode.range[0]);
    }
    if (isSeq(parent)) return valueAt(path);
    return valueAt(path);
  };
  const styles: Record<string, StringValue['style']> = { QUOTE_SINGLE: 'single', QUOTE_DOUBLE: 'double', BLOCK_FOLDED: 'block', BLOCK_LITERAL: 'block' };
  let stringValues: StringValue[] | undefined;
  const strings = (): readonly StringValue[] => {
    if (stringValues) return stringValues;
    const found: StringValue[] = [];
    visit(doc, {
      Scalar(key, node, path) {
        if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
        const parent = path[path.length - 1];
        const name = isPair(parent) && isScalar(parent.key) ? String(parent.key.value) : undefined;
        found.push({ text: node.value, key: name, start: node.range[0], end: node.range[1], style: styles[node.type ?? ''] ?? 'plain' });
      },
    });
    return (stringValues = found);
  };
  // An alias is written with a `*`: a text without one has none to resolve, and the walk over every
  // node of the document that looks for them is skipped (most content files).
  const syntaxErrors = doc.errors.length ? describeSyntaxErrors(text, doc.errors, at) : text.includes('*') ? describeUnresolvedAliases(doc, at) : [];
  const keyInTextOf = (path: readonly PathKey[], key: string): { position: Position; into: string } | undefined => {
    const map = path.length ? doc.getIn(path, true) : doc.contents;
    if (!isMap(map)) return undefined;
    const written = new RegExp(`\\n([ \\t]+)${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(?:[ \\t]|\\r?$)`, 'm');
    for (const pair of map.items) {
      if (!isScalar(pair.value) || typeof pair.value.value !== 'string' || !pair.value.range || !isScalar(pair.key)) continue;
      const [from, to] = pair.value.range;
      const match = written.exec(text.slice(from, to));
      if (match) return { position: at(from + match.index + 1 + match[1]!.length), into: String(pair.key.value) };
    }
    return undefined;
  };
  return {
    text,
    // Never the value of a document the library could not read, whatever the explanations made of its errors.
    value: doc.errors.length || syntaxErrors.length ? undefined : doc.toJS({ maxAliasCount: 100 }),
    syntaxErrors,
    valueAt,
    keyAt,
    strings,
    positionAt: at,
    keyInTextOf,
  };
}
