/**
 * Changes values in a YAML file's text without touching anything else: each changed value is
 * replaced where it sits, so comments, quoting, folded text and key order of every other part of
 * the file stay byte for byte (re-serializing the whole document with the `yaml` package would
 * re-fold long text and requote strings). The `yaml` package's Document API only locates the nodes.
 * Pure: text in, text out.
 */
import { isMap, isScalar, isSeq, parseDocument, stringify, type Node as YamlNode } from 'yaml';
import { diffSequence } from '../text/diff.ts';

export type YamlPath = (string | number)[];

/** A new value for the existing value at `path`: a number or text, or a list of texts. */
export interface YamlValueEdit {
  path: YamlPath;
  value: number | string | readonly string[];
}

/** Where an edit's new text sits in the edited file (offsets), to place problems found in it. */
export interface EditedSpan {
  edit: YamlValueEdit;
  start: number;
  end: number;
}

/** An edit that cannot be applied to the file (its path leads nowhere, or to a value of another kind), with that edit. */
export class YamlEditError extends Error {
  readonly edit: YamlValueEdit;
  constructor(message: string, edit: YamlValueEdit) {
    super(message);
    this.name = 'YamlEditError';
    this.edit = edit;
  }
}

/** A scalar as YAML writes it on one line: plain when it can be, quoted when it must be. */
function scalarText(value: number | string): string {
  return typeof value === 'number' ? String(value) : stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
}

type Range = [number, number, number];
const rangeOf = (node: YamlNode | undefined | null, what: string): Range => {
  if (!node?.range) throw new Error(`${what}: no such value in the file`);
  return node.range as Range;
};

/** The column (0-based) where the line holding `offset` starts its text, i.e. its indentation. */
const indentAt = (text: string, offset: number) => offset - text.lastIndexOf('\n', offset - 1) - 1;

/**
 * The replacements for one edit: `[start, end, text]` of the original file. A list keeps the text
 * of the items it keeps (their folding, quoting, comments), whatever moved around them.
 */
function replacementsFor(text: string, root: ReturnType<typeof parseDocument>, edit: YamlValueEdit): [number, number, string][] {
  const where = edit.path.join('.');
  const node = root.getIn(edit.path, true) as YamlNode | undefined;
  if (node === undefined && edit.path.length === 1 && isMap(root.contents)) {
    // A top-level key the file leaves out (a field with a default): added at the end of the file.
    const value = Array.isArray(edit.value) ? `[${(edit.value as readonly string[]).map(scalarText).join(', ')}]` : scalarText(edit.value as number | string);
    return [[text.length, text.length, `${text.endsWith('\n') || !text ? '' : '\n'}${String(edit.path[0])}: ${value}\n`]];
  }
  if (!Array.isArray(edit.value)) {
    if (!isScalar(node)) throw new Error(`${where}: expected a single value in the file to replace`);
    const [start, end] = rangeOf(node, where);
    return [[start, end, scalarText(edit.value as number | string)]];
  }
  if (!isSeq(node)) throw new Error(`${where}: expected a list in the file to replace`);
  const items = node.items as YamlNode[];
  const before = items.map((item) => (isScalar(item) ? String(item.value) : JSON.stringify(item)));
  const after = edit.value as readonly string[];
  const parts = diffSequence(before, after);
  // Items reworded in place (each run of removed items followed by as many added ones): replace
  // those items one by one. A run that adds or removes items (an item appended at the end, one
  // dropped) leaves the list longer or shorter: then the whole list is rewritten below, and nothing
  // here may look up an item past its end.
  const inPlace: [number, number, string][] = [];
  let positional = !node.flow;
  for (let p = 0, i = 0; positional && p < parts.length; ) {
    if (parts[p]!.kind === 'same') {
      p++;
      i++;
      continue;
    }
    const removed = [];
    while (parts[p]?.kind === 'removed') removed.push(parts[p++]);
    const added = [];
    while (parts[p]?.kind === 'added') added.push(parts[p++]!.value);
    if (removed.length !== added.length) {
      positional = false;
      break;
    }
    for (const value of added) {
      const [start, end] = rangeOf(items[i], `${where}.${i}`);
      inPlace.push([start, end, scalarText(value)]);
      i++;
    }
  }
  if (positional) return inPlace;
  // Otherwise the whole list, keeping the source of the items it keeps.
  const source = (i: number) => {
    const [start, end] = rangeOf(items[i], `${where}.${i}`);
    return text.slice(start, end);
  };
  const kept: string[] = [];
  let i = 0;
  for (const part of parts) {
    if (part.kind === 'same') kept.push(source(i++));
    else if (part.kind === 'removed') i++;
    else kept.push(scalarText(part.value));
  }
  const [start] = rangeOf(node, where);
  const end = items.length ? rangeOf(items[items.length - 1], where)[1] : rangeOf(node, where)[1];
  if (node.flow || !kept.length) return [[start, node.flow ? rangeOf(node, where)[1] : end, `[${kept.join(', ')}]`]];
  const indent = ' '.repeat(indentAt(text, start));
  return [[start, end, `- ${kept.join(`\n${indent}- `)}`]];
}

/**
 * Applies value edits to a YAML text. Throws a YamlEditError naming the edit when a path does not
 * lead to an existing value of the right kind (the edits change values; the one key they add is a
 * top-level key the file leaves out, at its end).
 */
export function applyYamlEdits(text: string, edits: readonly YamlValueEdit[]): { text: string; spans: EditedSpan[] } {
  const doc = parseDocument(text);
  if (doc.errors.length) throw new Error(`the file is not valid YAML: ${doc.errors[0]!.message}`);
  const replacements = edits.flatMap((edit) => {
    try {
      return replacementsFor(text, doc, edit).map(([start, end, value]) => ({ edit, start, end, value }));
    } catch (error) {
      throw new YamlEditError((error as Error).message, edit);
    }
  });
  replacements.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  const spans: EditedSpan[] = [];
  for (const r of replacements) {
    if (r.start < at) throw new YamlEditError(`overlapping edits at ${r.edit.path.join('.')}`, r.edit);
    out += text.slice(at, r.start);
    spans.push({ edit: r.edit, start: out.length, end: out.length + r.value.length });
    out += r.value;
    at = r.end;
  }
  return { text: out + text.slice(at), spans };
}

/** The path of the deepest key or value of a YAML text that holds `offset`, e.g. `['expectations', 'x', 'proficiency']`. */
export function yamlPathAt(text: string, offset: number): YamlPath {
  const doc = parseDocument(text);
  const within = (node: unknown): node is YamlNode => !!(node as YamlNode | null)?.range && (node as YamlNode).range![0] <= offset && offset <= (node as YamlNode).range![1];
  const walk = (node: unknown, path: YamlPath): YamlPath => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? (pair.key.value as string | number) : String(pair.key);
        if (within(pair.key)) return [...path, key];
        if (within(pair.value)) return walk(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) {
      const items = node.items as YamlNode[];
      for (let i = 0; i < items.length; i++) if (within(items[i])) return walk(items[i], [...path, i]);
    }
    return path;
  };
  return walk(doc.contents, []);
}

/** The offset of a 1-based line and column in a text. */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset + column - 1;
}
