import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export type PathKey = string | number;
export interface Position {
  line: number;
  column: number;
}

/** A parsed YAML text that can say where any value or key in it stands. */
export interface YamlSource {
  value: unknown;
  /** Syntax errors with their positions; `value` is unusable when there are any. */
  syntaxErrors: { message: string; position: Position }[];
  /** Position of the value at `path`, or of its nearest existing ancestor. */
  valueAt(path: readonly PathKey[]): Position;
  /** Position of the key `path[last]` inside its map (falls back to the value's position). */
  keyAt(path: readonly PathKey[]): Position;
}

/**
 * Parses YAML keeping positions. `lineOffset` shifts every line, for YAML embedded in a larger
 * file such as MDX frontmatter.
 */
export function parseYamlSource(text: string, lineOffset = 0): YamlSource {
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
  return {
    value: doc.errors.length ? undefined : doc.toJS({ maxAliasCount: 100 }),
    syntaxErrors: doc.errors.map((e) => ({ message: e.message.split('\n')[0]!, position: at(e.pos[0]) })),
    valueAt,
    keyAt,
  };
}
