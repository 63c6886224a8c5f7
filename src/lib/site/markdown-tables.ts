/** The part of a hast node (the HTML syntax tree of a Markdown page) that naming a table reads. */
export interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const columnList = new Intl.ListFormat('en-US', { type: 'conjunction' });

/** The text of a node and its descendants, with white space collapsed. */
function text(node: HastNode): string {
  const raw = node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(text).join('');
  return raw.replace(/\s+/g, ' ').trim();
}

/** The `<th>` cells of the table's header row (`<thead>`, or a first row made only of `<th>`). */
function headerCells(table: HastNode): HastNode[] {
  const elements = (node: HastNode) => (node.children ?? []).filter((c) => c.type === 'element');
  const sections = elements(table);
  const head = sections.find((s) => s.tagName === 'thead');
  const firstRow = head ? elements(head).find((r) => r.tagName === 'tr') : sections.flatMap((s) => (s.tagName === 'tr' ? [s] : elements(s))).find((r) => r.tagName === 'tr');
  const cells = firstRow ? elements(firstRow) : [];
  return cells.length && cells.every((c) => c.tagName === 'th') ? cells : [];
}

/**
 * The accessible name of a Markdown table, from its column headings: "Table of What and Where".
 * A Markdown table has no caption, and Starlight makes each one a box that scrolls when it is wider
 * than the page, which a keyboard user focuses and a screen reader announces by this name.
 */
export function markdownTableLabel(table: HastNode): string {
  const columns = headerCells(table).map(text).filter(Boolean);
  return columns.length ? `Table of ${columnList.format(columns)}` : 'Table';
}
