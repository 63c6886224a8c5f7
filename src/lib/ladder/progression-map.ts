/**
 * Layout of the progression map (content/docs/ladder/map.mdx): where each node and arrow goes.
 * A pure function of the ladder data, so the SVG is drawn at build time and the layout is tested
 * without a browser.
 *
 * Columns, left to right: feeder roles, one column per track, adjacent paths (a track that the
 * feeders' or adjacent paths' arrows would cross stands outside them instead). Within a track
 * column a level's row is its rank, the first rank at the bottom, so moving up the ladder moves
 * up the picture. The track columns take the order whose arrows pass through the fewest nodes.
 * A track entered from another track (Lead → ML Engineering Manager) starts one row above the
 * highest level that moves into it, so those arrows point upwards and the other track's column
 * stays clear below for the arrows that cross it.
 */
import type { PathKind } from '../../schemas/family.ts';
import { pathKindLabels } from './ladder-display.ts';

export interface MapTrack {
  id: string;
  name: string;
}

export interface MapLevel {
  id: string;
  /** Text in the node, e.g. `Lead MLE`. */
  label: string;
  /** Full name, for the node's tooltip and accessible name. */
  title: string;
  track: string;
  rank: number;
  nextLevels: readonly string[];
  href: string;
}

export interface MapPath {
  id: string;
  /** Text in the node. */
  label: string;
  /** Full name, for the node's tooltip; the label when absent. */
  title?: string;
  kind: PathKind;
  /** The levels a feeder leads into, or the levels an adjacent path is reached from. */
  levels: readonly string[];
  href: string;
}

export interface MapInput {
  tracks: readonly MapTrack[];
  levels: readonly MapLevel[];
  paths: readonly MapPath[];
}

export interface MapOptions {
  /** Width of a level node. */
  levelWidth: number;
  /** Width of a feeder or adjacent node. */
  pathWidth: number;
  /** Horizontal space between columns, where the arrows run. */
  columnGap: number;
  /** Distance between the centres of two rows. */
  rowHeight: number;
  /** Height of one line of label text. */
  lineHeight: number;
  /** Space above and below a node's text. */
  nodePadding: number;
  /** Average width of a character of a label at the map's font size: labels wrap at word boundaries to the node's width by it (a longer word stays whole). */
  charWidth: number;
  /** Average width of a character of a column heading (capitals, spaced out): headings wrap to their column and most of the gaps beside it. */
  headingCharWidth: number;
  /** Height of one line of a heading. */
  headingLineHeight: number;
  /** Smallest vertical space between two stacked feeder or adjacent nodes. */
  nodeGap: number;
  /** Space around the drawing. */
  margin: number;
  /** Least height of the row of column headings (more when a heading wraps). */
  headerHeight: number;
  feederHeading: string;
  adjacentHeading: string;
}

/**
 * Sized so that, with the handbook's two tracks, the text (`wideTextUnits`) is drawn at `minTextPx`
 * or more in the content column of a desktop page beside Starlight's table of contents.
 * ProgressionMap.astro shows the wide drawing only where it gets that room, computed from the
 * layout's width (`wideFigureWidth`, progression-map-switch.ts): a wider ladder needs more.
 */
export const defaultMapOptions: MapOptions = {
  levelWidth: 125,
  pathWidth: 155,
  columnGap: 40,
  rowHeight: 104,
  lineHeight: 18,
  nodePadding: 10,
  charWidth: 7,
  headingCharWidth: 10,
  headingLineHeight: 18,
  nodeGap: 14,
  margin: 10,
  headerHeight: 36,
  feederHeading: pathKindLabels.feeder.title,
  adjacentHeading: pathKindLabels.adjacent.title,
};

/** A node is a level or a path of one of the schema's kinds. */
export type NodeKind = 'level' | PathKind;
/** An arrow is a usual next level, or into or out of a path of one of the schema's kinds (named after it). */
export type EdgeKind = 'next' | PathKind;
type Side = 'top' | 'bottom' | 'left' | 'right';

export interface MapNode {
  id: string;
  kind: NodeKind;
  title: string;
  lines: string[];
  /** Vertical centre of each line of `lines`, for `dominant-baseline: central` text. */
  lineY: number[];
  href: string;
  /** Top-left corner, width and height. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Id of the column: `feeder`, a track id, or `adjacent`. */
  column: string;
}

export interface MapEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  /** SVG path data from the border of `from` to the border of `to`: one cubic Bézier curve. */
  d: string;
  start: Point;
  /** The curve's control points. */
  c1: Point;
  c2: Point;
  end: Point;
}

export interface Point {
  x: number;
  y: number;
}

export interface MapColumn {
  id: string;
  heading: string;
  /** Horizontal centre. */
  x: number;
  kind: NodeKind;
  /** The heading as drawn, wrapped to lines, and the vertical centre of each (`dominant-baseline: central`). */
  lines: string[];
  lineY: number[];
}

export interface MapLayout {
  width: number;
  height: number;
  columns: MapColumn[];
  nodes: MapNode[];
  edges: MapEdge[];
}

/**
 * The text of a feeder or adjacent node: its name without parenthetical qualifiers, which the
 * node's tooltip and the text list beside the map keep (`Senior Software Engineer
 * (Platform/Data/Backend) with ML production exposure` → `Senior Software Engineer with ML production exposure`).
 */
export function nodeLabel(name: string): string {
  return name.replace(/\s*\([^)]*\)/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * Greedy word wrap: lines of at most `maxChars` characters. A longer word breaks after its slashes
 * and hyphens (`Security/Privacy-focused` → `Security/`, `Privacy-focused`); a piece still longer
 * gets a line of its own.
 */
export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.trim().split(/\s+/)) {
    const pieces = word.length > maxChars ? word.split(/(?<=[/-])/) : [word];
    pieces.forEach((piece, i) => {
      const last = lines[lines.length - 1];
      const joined = i === 0 ? `${last} ${piece}` : `${last}${piece}`;
      if (last !== undefined && joined.length <= maxChars) lines[lines.length - 1] = joined;
      else lines.push(piece);
    });
  }
  return lines;
}

/** Coordinates to a tenth of a unit: enough for the drawing, short in the markup. */
export const round = (n: number) => Math.round(n * 10) / 10;

/** Throws when a level or path of the map refers to a level that is not in it. */
export function checkReferences(input: MapInput): void {
  const levelIds = new Set(input.levels.map((l) => l.id));
  const check = (id: string, where: string) => {
    if (!levelIds.has(id)) throw new Error(`progression map: ${where} refers to unknown level \`${id}\``);
  };
  for (const l of input.levels) l.nextLevels.forEach((n) => check(n, `level \`${l.id}\``));
  for (const p of input.paths) p.levels.forEach((n) => check(n, `path \`${p.id}\``));
}

/** The map's arrows, before they are drawn: the usual moves between levels, feeders into levels, levels out to adjacent paths. */
export function mapArrows(input: MapInput): { from: string; to: string; kind: EdgeKind }[] {
  return [
    ...input.levels.flatMap((l) => l.nextLevels.map((n) => ({ from: l.id, to: n, kind: 'next' as const }))),
    ...input.paths.filter((p) => p.kind === 'feeder').flatMap((p) => p.levels.map((l) => ({ from: p.id, to: l, kind: 'feeder' as const }))),
    ...input.paths.filter((p) => p.kind === 'adjacent').flatMap((p) => p.levels.map((l) => ({ from: l, to: p.id, kind: 'adjacent' as const }))),
  ];
}

/**
 * The tracks that have levels, in the order the map is read down: by their first row (`levelRows`),
 * so that a track entered from another comes after it; ties keep the order of `input.tracks`. The
 * narrow map stacks its tracks in this order, and the map in words (ProgressionList.astro) lists them
 * in it, so the two never disagree.
 */
export function tracksInReadingOrder(input: MapInput): MapTrack[] {
  const rows = levelRows(input);
  const firstRow = (track: string) => Math.min(...input.levels.filter((l) => l.track === track).map((l) => rows.get(l.id)!));
  return input.tracks
    .filter((t) => input.levels.some((l) => l.track === t.id))
    .map((t, i) => ({ t, i }))
    .sort((a, b) => firstRow(a.t.id) - firstRow(b.t.id) || a.i - b.i)
    .map(({ t }) => t);
}

/** SVG path data of one cubic Bézier curve. */
export const curveData = (start: Point, c1: Point, c2: Point, end: Point) => `M${start.x} ${start.y}C${c1.x} ${c1.y} ${c2.x} ${c2.y} ${end.x} ${end.y}`;

/** Rows of each level: its rank, plus the offset of its track (see the module comment). */
export function levelRows(input: MapInput): Map<string, number> {
  const byId = new Map(input.levels.map((l) => [l.id, l]));
  const offset = new Map(input.tracks.map((t) => [t.id, 0]));
  const row = (id: string) => byId.get(id)!.rank + offset.get(byId.get(id)!.track)!;
  // Relax until no cross-track move points down or sideways; a cycle of such moves cannot be
  // satisfied, so stop after as many passes as there are tracks.
  for (let pass = 0; pass <= input.tracks.length; pass++) {
    let changed = false;
    for (const source of input.levels)
      for (const targetId of source.nextLevels) {
        const target = byId.get(targetId);
        if (!target || target.track === source.track) continue;
        const needed = row(source.id) + 1 - target.rank;
        if (needed > offset.get(target.track)!) {
          offset.set(target.track, needed);
          changed = true;
        }
      }
    if (!changed) break;
  }
  return new Map(input.levels.map((l) => [l.id, row(l.id)]));
}

/** A point of an edge's curve, `t` from 0 (start) to 1 (end). */
export function pointOnEdge(edge: Pick<MapEdge, 'start' | 'c1' | 'c2' | 'end'>, t: number): Point {
  const u = 1 - t;
  const at = (k: 'x' | 'y') => u * u * u * edge.start[k] + 3 * u * u * t * edge.c1[k] + 3 * u * t * t * edge.c2[k] + t * t * t * edge.end[k];
  return { x: at('x'), y: at('y') };
}

/** Pairs of an edge and a node (other than its own two) that the edge's curve passes through. */
export function edgeCrossings(layout: Pick<MapLayout, 'nodes' | 'edges'>, samples = 48): { edge: MapEdge; node: MapNode }[] {
  const found: { edge: MapEdge; node: MapNode }[] = [];
  for (const edge of layout.edges) {
    // A Bézier curve stays inside the box of its control points: nodes outside it cannot be crossed.
    const xs = [edge.start.x, edge.c1.x, edge.c2.x, edge.end.x];
    const ys = [edge.start.y, edge.c1.y, edge.c2.y, edge.end.y];
    const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    for (const node of layout.nodes) {
      if (node.id === edge.from || node.id === edge.to) continue;
      if (node.x >= right || node.x + node.width <= left || node.y >= bottom || node.y + node.height <= top) continue;
      for (let i = 1; i < samples; i++) {
        const p = pointOnEdge(edge, i / samples);
        if (p.x > node.x && p.x < node.x + node.width && p.y > node.y && p.y < node.y + node.height) {
          found.push({ edge, node });
          break;
        }
      }
    }
  }
  return found;
}

/** Every order of a list (there are few tracks). */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/** Up to this many tracks (720 orders), every order of the track columns is tried. */
const tracksTriedInEveryOrder = 6;

/**
 * The order of `items` with the lowest cost, and its result: among every order for a few items;
 * for more (n! grows too fast), from the given order, swapping two items while a swap lowers the
 * cost. Ties keep the earlier order.
 */
export function cheapestOrder<T, R>(items: readonly T[], evaluate: (order: T[]) => { result: R; cost: number }): { order: T[]; result: R; cost: number } {
  if (items.length <= tracksTriedInEveryOrder) {
    let best: { order: T[]; result: R; cost: number } | undefined;
    for (const order of permutations(items)) {
      const tried = evaluate(order);
      if (!best || tried.cost < best.cost) best = { order, ...tried };
    }
    return best!;
  }
  let best = { order: [...items], ...evaluate([...items]) };
  for (let improved = true; improved && best.cost > 0; ) {
    improved = false;
    for (let i = 0; i < items.length; i++)
      for (let j = i + 1; j < items.length; j++) {
        const order = [...best.order];
        [order[i], order[j]] = [order[j]!, order[i]!];
        const tried = evaluate(order);
        if (tried.cost < best.cost) {
          best = { order, ...tried };
          improved = true;
        }
      }
  }
  return best;
}

/**
 * Places nodes of one column at the given ideal centres without overlap: sorted by ideal centre,
 * each pushed down just enough to clear the previous one, then the group shifted back up so that it
 * is centred on its ideals, but never above `top`.
 */
export function stack(items: { id: string; ideal: number; height: number }[], gap: number, top: number): Map<string, number> {
  const sorted = [...items].sort((a, b) => a.ideal - b.ideal);
  const centres: number[] = [];
  sorted.forEach((item, i) => {
    const prev = sorted[i - 1];
    const min = prev ? centres[i - 1]! + prev.height / 2 + gap + item.height / 2 : -Infinity;
    centres.push(Math.max(item.ideal, min));
  });
  if (!sorted.length) return new Map();
  const centring = sorted.reduce((s, item, i) => s + item.ideal - centres[i]!, 0) / sorted.length;
  const shift = Math.max(centring, top - (centres[0]! - sorted[0]!.height / 2));
  return new Map(sorted.map((item, i) => [item.id, centres[i]! + shift]));
}

/**
 * Lays out the progression map. The track columns take the order whose arrows pass through the
 * fewest nodes (see `cheapestOrder`; ties keep the order of `input.tracks`). Throws when a level or
 * path refers to a level that is not in the input.
 */
export function layoutProgressionMap(input: MapInput, options: Partial<MapOptions> = {}): MapLayout {
  const o = { ...defaultMapOptions, ...options };
  const used = input.tracks.map((t) => t.id).filter((t) => input.levels.some((l) => l.track === t));
  const hasPaths = input.paths.length > 0;
  return cheapestOrder(used, (order) => {
    // Feeder roles first and adjacent paths last, unless arrows then cross a track that they would
    // not cross from further out: a track that no feeder enters (a third track, beside the one the
    // feeders lead into) may stand before the feeder column or after the adjacent one. Crossings
    // cost more than any such move; the fewest columns moved out wins.
    let best: { result: MapLayout; cost: number } | undefined;
    for (const columns of hasPaths ? pathColumnPlacements(order) : [{ columns: order, moved: 0 }]) {
      const layout = layoutInOrder(input, o, columns.columns);
      const cost = edgeCrossings(layout).length * (order.length + 1) + columns.moved;
      if (!best || cost < best.cost) best = { result: layout, cost };
      if (best.cost <= columns.moved) break;
    }
    return best!;
  }).result;
}

/**
 * The orders of all columns that keep `tracks` in their order, the feeder column before the
 * adjacent one: `moved` tracks stand before the feeders or after the adjacent paths. Fewest moved first.
 */
export function pathColumnPlacements(tracks: readonly string[]): { columns: string[]; moved: number }[] {
  const n = tracks.length;
  const placements: { columns: string[]; moved: number }[] = [];
  for (let before = 0; before <= n; before++)
    for (let after = 0; before + after <= n; after++)
      placements.push({ columns: [...tracks.slice(0, before), 'feeder', ...tracks.slice(before, n - after), 'adjacent', ...tracks.slice(n - after)], moved: before + after });
  return placements.sort((a, b) => a.moved - b.moved);
}

/**
 * The layout with the track columns in the given order. `order` may also place the `feeder` and
 * `adjacent` columns among the tracks; where it does not, they come first and last.
 */
export function layoutInOrder(input: MapInput, o: MapOptions, order: readonly string[]): MapLayout {
  checkReferences(input);

  const feeders = input.paths.filter((p) => p.kind === 'feeder');
  const adjacent = input.paths.filter((p) => p.kind === 'adjacent');
  const trackName = new Map(input.tracks.map((t) => [t.id, t.name]));

  // Columns and their left edges.
  const columns: (Omit<MapColumn, 'lines' | 'lineY'> & { left: number; width: number })[] = [];
  let left = o.margin;
  const addColumn = (id: string, heading: string, kind: NodeKind, width: number) => {
    columns.push({ id, heading, kind, left, width, x: left + width / 2 });
    left += width + o.columnGap;
  };
  const all = [...(order.includes('feeder') ? [] : ['feeder']), ...order, ...(order.includes('adjacent') ? [] : ['adjacent'])];
  for (const id of all) {
    if (id === 'feeder') {
      if (feeders.length) addColumn('feeder', o.feederHeading, 'feeder', o.pathWidth);
    } else if (id === 'adjacent') {
      if (adjacent.length) addColumn('adjacent', o.adjacentHeading, 'adjacent', o.pathWidth);
    } else addColumn(id, trackName.get(id) ?? id, 'level', o.levelWidth);
  }
  const width = left - o.columnGap + o.margin;
  const column = (id: string) => columns.find((c) => c.id === id)!;

  // Level nodes, by row.
  const rows = levelRows(input);
  const rowCount = Math.max(1, ...rows.values());
  const headings = new Map(columns.map((c) => [c.id, wrapLabel(c.heading, Math.max(1, Math.floor((c.width + o.columnGap * 0.75) / o.headingCharWidth)))]));
  const headingRows = Math.max(...[...headings.values()].map((lines) => lines.length));
  const top = o.margin + Math.max(o.headerHeight, headingRows * o.headingLineHeight + o.nodeGap);
  const maxChars = (width: number) => Math.max(1, Math.floor((width - 2 * o.nodePadding) / o.charWidth));
  const rowCentre = (row: number) => top + (rowCount - row) * o.rowHeight + o.rowHeight / 2;
  const nodeHeight = (lines: string[]) => o.nodePadding * 2 + lines.length * o.lineHeight;
  const lineCentres = (y: number, lines: string[]) => lines.map((_, i) => round(y + o.nodePadding + (i + 0.5) * o.lineHeight));
  const nodes: MapNode[] = input.levels.map((l) => {
    const lines = wrapLabel(l.label, maxChars(o.levelWidth));
    const height = nodeHeight(lines);
    const c = column(l.track);
    const y = round(rowCentre(rows.get(l.id)!) - height / 2);
    return { id: l.id, kind: 'level', title: l.title, lines, lineY: lineCentres(y, lines), href: l.href, x: c.left, y, width: c.width, height, column: c.id };
  });
  const centreOf = (id: string) => {
    const n = nodes.find((m) => m.id === id)!;
    return n.y + n.height / 2;
  };

  // Feeder and adjacent nodes, each near the mean height of the levels it connects to.
  for (const [kind, list] of [['feeder', feeders], ['adjacent', adjacent]] as const) {
    if (!list.length) continue;
    const c = column(kind);
    const items = list.map((p) => {
      const lines = wrapLabel(p.label, maxChars(o.pathWidth));
      const ideal = p.levels.length ? p.levels.reduce((s, l) => s + centreOf(l), 0) / p.levels.length : top + o.rowHeight / 2;
      return { path: p, lines, id: p.id, ideal, height: nodeHeight(lines) };
    });
    const centres = stack(items, o.nodeGap, top);
    // Top to bottom, not in the order of the data: the nodes are links, and the keyboard visits
    // them in the order they are drawn.
    const topDown = [...items].sort((a, b) => centres.get(a.id)! - centres.get(b.id)!);
    for (const item of topDown) {
      const y = round(centres.get(item.id)! - item.height / 2);
      nodes.push({
        id: item.id,
        kind,
        title: item.path.title ?? item.path.label,
        lines: item.lines,
        lineY: lineCentres(y, item.lines),
        href: item.path.href,
        x: c.left,
        y,
        width: c.width,
        height: item.height,
        column: kind,
      });
    }
  }
  const height = Math.max(top + rowCount * o.rowHeight, ...nodes.map((n) => n.y + n.height)) + o.margin;

  // Edges: the usual moves between levels, feeders into levels, levels out to adjacent paths.
  const raw = mapArrows(input);
  const node = (id: string) => nodes.find((n) => n.id === id)!;
  const centre = (n: MapNode) => ({ x: n.x + n.width / 2, y: n.y + n.height / 2 });
  const sides = (a: MapNode, b: MapNode): [Side, Side] => {
    if (a.column === b.column) return centre(b).y < centre(a).y ? ['top', 'bottom'] : ['bottom', 'top'];
    return centre(b).x > centre(a).x ? ['right', 'left'] : ['left', 'right'];
  };

  // Spread the ends that share a side of a node along that side, in the order of the nodes at their other end.
  const ports = new Map<string, { edge: number; end: 'start' | 'end'; other: MapNode }[]>();
  raw.forEach((e, i) => {
    const a = node(e.from);
    const b = node(e.to);
    const [sa, sb] = sides(a, b);
    const add = (n: MapNode, side: Side, end: 'start' | 'end', other: MapNode) => {
      const key = `${n.id}|${side}`;
      ports.set(key, [...(ports.get(key) ?? []), { edge: i, end, other }]);
    };
    add(a, sa, 'start', b);
    add(b, sb, 'end', a);
  });
  const points = raw.map(() => ({ start: { x: 0, y: 0 }, end: { x: 0, y: 0 }, startSide: 'top' as Side }));
  for (const [key, list] of ports) {
    const [id, side] = key.split('|') as [string, Side];
    const n = node(id);
    const vertical = side === 'left' || side === 'right';
    list.sort((p, q) => (vertical ? centre(p.other).y - centre(q.other).y : centre(p.other).x - centre(q.other).x) || p.edge - q.edge);
    list.forEach((p, i) => {
      const f = (i + 1) / (list.length + 1);
      const point = vertical
        ? { x: side === 'left' ? n.x : n.x + n.width, y: round(n.y + n.height * f) }
        : { x: round(n.x + n.width * f), y: side === 'top' ? n.y : n.y + n.height };
      points[p.edge]![p.end] = point;
      if (p.end === 'start') points[p.edge]!.startSide = side;
    });
  }
  const edges: MapEdge[] = raw.map((e, i) => {
    const { start, end, startSide } = points[i]!;
    const vertical = startSide === 'top' || startSide === 'bottom';
    const dx = vertical ? 0 : round((end.x - start.x) / 2);
    const dy = vertical ? round((end.y - start.y) / 2) : 0;
    const c1 = { x: start.x + dx, y: start.y + dy };
    const c2 = { x: end.x - dx, y: end.y - dy };
    return { ...e, d: curveData(start, c1, c2, end), start, c1, c2, end };
  });

  return { width: round(width), height: round(height), columns: columns.map(({ id, heading, x, kind }) => ({ id, heading, x: round(x), kind, lines: headings.get(id)!, lineY: headings.get(id)!.map((_, k) => round(o.margin + (k + 0.5) * o.headingLineHeight)) })), nodes, edges };
}
