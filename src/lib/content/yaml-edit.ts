/**
 * Changes values in a YAML file's text without touching anything else: each changed value is
 * replaced where it sits, so comments, quoting, folded text and key order of every other part of
 * the file stay byte for byte (re-serializing the whole document with the `yaml` package would
 * re-fold long text and requote strings). The `yaml` package's Document API only locates the nodes.
 * Pure: text in, text out.
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, stringify, visit, type Document, type Node as YamlNode } from 'yaml';
import { byteOrderMark } from '../text/byte-order-mark.ts';
import { diffSequence, type DiffPart } from '../text/diff.ts';

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

/** A YAML text that cannot be edited because it does not parse. */
export class YamlSyntaxError extends Error {
  constructor(message: string) {
    super(`the file is not valid YAML: ${message}`);
    this.name = 'YamlSyntaxError';
  }
}

/** A scalar as YAML writes it on one line: plain when it can be, quoted when it must be. */
function scalarText(value: number | string): string {
  return typeof value === 'number' ? String(value) : stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
}

/**
 * An item of a flow list (`[a, b]`): as `scalarText`, but quoted when plain text would hold a comma or
 * a bracket, which end the item there (`Lead Software Engineer, ML` would become two aliases).
 */
function flowItemText(value: number | string): string {
  const text = scalarText(value);
  return typeof value === 'string' && /[,[\]{}]/.test(text) && !/^["']/.test(text) ? stringify(value, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE' }).replace(/\n$/, '') : text;
}

type Range = [number, number, number];
const rangeOf = (node: YamlNode | undefined | null, what: string): Range => {
  if (!node?.range) throw new Error(`${what}: no such value in the file`);
  return node.range as Range;
};

/** Where a value's own text ends: a block scalar's range takes in the line break after it, which a replacement must leave. */
const valueEnd = (text: string, node: YamlNode, what: string) => trimLineBreaks(text, rangeOf(node, what)[1]);
/** Where a list item's line ends: after its value and the comment on its line, before the line break. */
const itemEnd = (text: string, node: YamlNode, what: string) => trimLineBreaks(text, rangeOf(node, what)[2]);
const trimLineBreaks = (text: string, end: number) => {
  while (end > 0 && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return end;
};

/** The column (0-based) where the line holding `offset` starts its text, i.e. its indentation. */
const indentAt = (text: string, offset: number) => offset - text.lastIndexOf('\n', offset - 1) - 1;
const lineStartOf = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
/**
 * The line break a line the edit adds ends with: the file's own. A file checked out with CRLF line
 * endings (Git for Windows' `core.autocrlf`) gets no lone LF among them.
 */
const lineBreakOf = (text: string) => (text.includes('\r\n') ? '\r\n' : '\n');

/**
 * Refuses an edit of a value another place of the file shares: one with an anchor (`&name`) some
 * alias (`*name`) refers to, an alias, or a value inside either. Changing it would silently change
 * the other place too.
 */
function refuseShared(root: Document, path: YamlPath): void {
  const aliased = new Set<string>();
  visit(root, { Alias: (_, alias) => void aliased.add(alias.source) });
  let node: unknown = root.contents;
  for (let depth = 0; node; depth++) {
    const at = path.slice(0, depth).join('.') || 'the whole file';
    if (isAlias(node))
      throw new Error(`${path.join('.')}: ${at} is an alias (*${node.source}) of a value written elsewhere in the file; write it out in full in the file to change it here`);
    const anchor = (node as YamlNode).anchor;
    if (anchor && aliased.has(anchor))
      throw new Error(`${path.join('.')}: ${at} has an anchor (&${anchor}) that an alias (*${anchor}) elsewhere in the file refers to, so changing it here would change that place too; edit the file by hand`);
    if (depth === path.length || !(isMap(node) || isSeq(node))) return;
    node = node.get(path[depth], true);
  }
}

/**
 * The replacements for one edit: `[start, end, text]` of the original file. A list keeps the text
 * of the items it keeps (their folding, quoting, comments) and every line between them (comments,
 * blank lines): items are replaced, added and removed where they sit.
 */
function replacementsFor(text: string, root: Document, edit: YamlValueEdit): [number, number, string][] {
  const where = edit.path.join('.');
  refuseShared(root, edit.path);
  const node = root.getIn(edit.path, true) as YamlNode | undefined;
  if (node === undefined && edit.path.length === 1 && isMap(root.contents)) {
    // A top-level key the file leaves out (a field with a default): added at the end of the file.
    const value = Array.isArray(edit.value) ? `[${(edit.value as readonly string[]).map(flowItemText).join(', ')}]` : scalarText(edit.value as number | string);
    const eol = lineBreakOf(text);
    return [[text.length, text.length, `${text.endsWith('\n') || !text ? '' : eol}${String(edit.path[0])}: ${value}${eol}`]];
  }
  if (!Array.isArray(edit.value)) {
    if (!isScalar(node)) throw new Error(`${where}: expected a single value in the file to replace`);
    return [[rangeOf(node, where)[0], valueEnd(text, node, where), scalarText(edit.value as number | string)]];
  }
  if (!isSeq(node)) throw new Error(`${where}: expected a list in the file to replace`);
  const items = node.items as YamlNode[];
  const before = items.map((item) => (isScalar(item) ? String(item.value) : JSON.stringify(item)));
  const after = edit.value as readonly string[];
  const parts = diffSequence(before, after);
  const [start] = rangeOf(node, where);
  // A flow list that keeps an item (an inserted level in an archetype's or a path's `levels`, a
  // relinked `nextLevels`, an alias taken out) is edited where its items sit, so that a list written
  // over several lines keeps its line breaks and the comments between its items.
  if (node.flow && items.length && after.length) return flowEditsInPlace(text, items, parts, where);
  if (node.flow || !after.length) {
    // A flow list empty before, or a list left empty (which YAML writes as `[]`), is rewritten whole.
    const kept: string[] = [];
    let i = 0;
    for (const part of parts) {
      if (part.kind === 'same') kept.push(text.slice(rangeOf(items[i], where)[0], valueEnd(text, items[i++]!, where)));
      else if (part.kind === 'removed') i++;
      else kept.push(flowItemText(part.value));
    }
    const end = node.flow || !items.length ? rangeOf(node, where)[1] : itemEnd(text, items[items.length - 1]!, where);
    return [[start, end, `[${kept.join(', ')}]`]];
  }
  // A block list, run by run of changed items: as many items as the run removes are reworded in
  // place; the items it removes beyond those lose their lines; the items it adds beyond those get
  // lines of their own after the item before them (or before the first item).
  const indent = ' '.repeat(indentAt(text, start));
  const eol = lineBreakOf(text);
  const replacements: [number, number, string][] = [];
  for (const { kept, removed, added, next } of changedRuns(items, parts)) {
    const reworded = Math.min(removed.length, added.length);
    for (let k = 0; k < reworded; k++) replacements.push([rangeOf(removed[k], where)[0], valueEnd(text, removed[k]!, where), scalarText(added[k]!)]);
    const previous = reworded ? removed[reworded - 1] : kept;
    for (const item of removed.slice(reworded)) {
      const end = itemEnd(text, item, where);
      const lineStart = lineStartOf(text, rangeOf(item, where)[0]);
      // Its line and the line break after it, or (the last line, with none after it) the one before it.
      const lineEnd = text.startsWith('\r\n', end) ? end + 2 : text[end] === '\n' ? end + 1 : undefined;
      const breakBefore = text.slice(0, lineStart).endsWith('\r\n') ? 2 : 1;
      replacements.push(lineEnd !== undefined ? [lineStart, lineEnd, ''] : [Math.max(lineStart - breakBefore, 0), end, '']);
    }
    const lines = added.slice(reworded).map((value) => `${indent}- ${scalarText(value)}`);
    if (!lines.length) continue;
    if (previous) {
      const end = itemEnd(text, previous, where);
      replacements.push([end, end, lines.map((line) => `${eol}${line}`).join('')]);
    } else {
      const lineStart = lineStartOf(text, rangeOf(next, where)[0]);
      replacements.push([lineStart, lineStart, lines.map((line) => `${line}${eol}`).join('')]);
    }
  }
  return replacements;
}

/** A run of a list's changed items (`parts`: the diff of its items), with the items kept on either side of it. */
interface ChangedRun {
  /** The item kept before the run, if any. */
  kept: YamlNode | undefined;
  /** The items it takes out or rewords, in order. */
  removed: YamlNode[];
  /** The values it puts in their place or adds, in order. */
  added: string[];
  /** The item after the run, if any. */
  next: YamlNode | undefined;
}

/** The runs of changed items of a list, in order; a block list and a flow list edited in place both walk them. */
function* changedRuns(items: YamlNode[], parts: DiffPart<string>[]): Generator<ChangedRun> {
  let kept: YamlNode | undefined;
  for (let p = 0, i = 0; p < parts.length; ) {
    if (parts[p]!.kind === 'same') {
      kept = items[i++];
      p++;
      continue;
    }
    const removed: YamlNode[] = [];
    const added: string[] = [];
    for (; p < parts.length && parts[p]!.kind !== 'same'; p++) {
      if (parts[p]!.kind === 'removed') removed.push(items[i++]!);
      else added.push(parts[p]!.value);
    }
    yield { kept, removed, added, next: items[i] };
  }
}

/**
 * The replacements that reword, add and remove the items of a flow list where they sit (`parts`: its
 * diff), for an edit that leaves the list at least one item.
 */
function flowEditsInPlace(text: string, items: YamlNode[], parts: DiffPart<string>[], where: string): [number, number, string][] {
  const replacements: [number, number, string][] = [];
  for (const { kept, removed, added, next } of changedRuns(items, parts)) {
    const reworded = Math.min(removed.length, added.length);
    for (let k = 0; k < reworded; k++) replacements.push([rangeOf(removed[k], where)[0], valueEnd(text, removed[k]!, where), flowItemText(added[k]!)]);
    if (removed.length > reworded) {
      const first = items.indexOf(removed[reworded]!);
      replacements.push(...flowRemovals(text, items, first, first + removed.length - reworded - 1, where));
    }
    const previous = removed.at(-1) ?? kept;
    const more = added.slice(removed.length).map(flowItemText);
    if (!more.length) continue;
    if (previous) {
      const end = valueEnd(text, previous, where);
      replacements.push([end, end, more.map((item) => `, ${item}`).join('')]);
    } else {
      const first = rangeOf(next, where)[0];
      replacements.push([first, first, more.map((item) => `${item}, `).join('')]);
    }
  }
  return replacements;
}

/**
 * The replacements that take items `first` to `last` (consecutive, not all of the list) out of a flow
 * list, line by line, with as much of the text around them as belongs to them and no more: the lines
 * they fill (their comments with them) when they have lines to themselves; otherwise their separator
 * on the side that keeps the rest of their line as it was, the comma before them or the one after
 * them. A comment on a line of its own above an item stays (it may be about the items around it, as a
 * block list's does). Where two lines' removals meet (an item that had its line, then one sharing the next line with
 * the list's end), the text they both take is taken once.
 */
function flowRemovals(text: string, items: YamlNode[], first: number, last: number, where: string): [number, number, string][] {
  const lineEnd = (offset: number) => text.slice(offset).search(/\r?\n|$/) + offset;
  const startOf = (i: number) => rangeOf(items[i], where)[0];
  const ranges: [number, number][] = [];
  for (let from = first; from <= last; ) {
    let to = from;
    while (to < last && startOf(to + 1) <= lineEnd(startOf(from))) to++;
    const [start, end] = [startOf(from), valueEnd(text, items[to]!, where)];
    const lineStart = lineStartOf(text, start);
    const restOfLine = /^[ \t]*,?[ \t]*(?:#[^\r\n]*)?(\r?\n)/.exec(text.slice(end));
    const after = items[to + 1];
    if (restOfLine && /^[ \t]*$/.test(text.slice(lineStart, start))) ranges.push([lineStart, end + restOfLine[0].length]);
    else if (after && startOf(to + 1) <= lineEnd(end)) ranges.push([start, startOf(to + 1)]);
    else if (from > 0) ranges.push([valueEnd(text, items[from - 1]!, where), end]);
    else ranges.push([start, end + (/^[ \t]*,/.exec(text.slice(end))?.[0].length ?? 0)]);
    from = to + 1;
  }
  const merged: [number, number][] = [];
  for (const [start, end] of ranges.sort((a, b) => a[0] - b[0])) {
    const previous = merged.at(-1);
    if (previous && start < previous[1]) previous[1] = Math.max(previous[1], end);
    else merged.push([start, end]);
  }
  return merged.map(([start, end]) => [start, end, '']);
}

/**
 * Applies value edits to a YAML text. Throws a YamlSyntaxError when the text does not parse, and a
 * YamlEditError naming the edit when a path does not lead to an existing value of the right kind or
 * to one another place of the file shares through an anchor (the edits change values; the one key they add is a
 * top-level key the file leaves out, at its end).
 */
export function applyYamlEdits(text: string, edits: readonly YamlValueEdit[]): { text: string; spans: EditedSpan[] } {
  // A byte-order mark the file starts with (as a Windows editor may save it) is kept where it is, but
  // out of the text the yaml library parses, which reads one right before a top-level `- ` as text.
  if (text.startsWith(byteOrderMark)) {
    const edited = applyYamlEdits(text.slice(1), edits);
    return { text: byteOrderMark + edited.text, spans: edited.spans.map((s) => ({ ...s, start: s.start + 1, end: s.end + 1 })) };
  }
  const doc = parseDocument(text);
  if (doc.errors.length) throw new YamlSyntaxError(doc.errors[0]!.message);
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
