/**
 * The progression map for narrow screens: one column that fits a phone without scrolling sideways.
 * `ProgressionMap.astro` shows it where the figure is too narrow for the wide map (`layoutProgressionMap`) to keep its text at
 * `minTextPx` (`wideFigureWidth`, progression-map-switch.ts).
 * In the wide map's scroll box, a keyboard user who tabbed to a node at the right edge was left
 * with it mostly off-screen: Chromium does not scroll a partly visible SVG link into view, and
 * content pages carry no script to do it. A map that is never wider than the screen has no such edge.
 *
 * Top to bottom, each under its heading: the feeder roles, each track from its first rank down
 * to its last, the adjacent paths. Tracks come in the order of the wide map's rows
 * (`tracksInReadingOrder`): a track entered from another comes after it, so reading down is moving on;
 * ties keep the order of `input.tracks`. The map in words lists them in the same order.
 *
 * Arrows: a move to the level right below in the same track is a short straight arrow between the
 * two nodes. Every other arrow is an arc beside the column (an arc diagram): feeder roles and moves
 * on the left, adjacent paths on the right. An arc starts from a point of its own on the side of
 * its node, and the arcs into one side of a node meet at one arrowhead. The arcs into one arrowhead
 * share a distance from the column (a lane), so they merge as they near it: a bundle of arcs (every
 * adjacent path reached from both Lead and Staff) takes a lane per arrowhead, not one per arc, and the
 * lanes can stand farther apart. Lanes that run beside each other keep apart, a shorter one inside a
 * longer one; lanes are computed from the order of the arcs' ends alone, before the nodes have
 * sizes, so the column's width (which wraps the labels, which gives the nodes their heights) is
 * known first. With many arcs the lanes close up, so that the column keeps most of the width.
 */
import type { PathKind } from '../../schemas/family.ts';
import { pathKindLabels } from './ladder-display.ts';
import { checkReferences, curveData, mapArrows, round, tracksInReadingOrder, wrapLabel, type MapColumn, type MapEdge, type MapInput, type MapLayout, type MapLevel, type MapNode, type MapPath, type NodeKind } from './progression-map';

export interface NarrowMapOptions {
  /** Width of the drawing: at most the content column of the narrowest phone, so that text is drawn at about its own size. */
  width: number;
  /** Space around the drawing. */
  margin: number;
  /** Height of one line of label text. */
  lineHeight: number;
  /** Space around a node's text. */
  nodePadding: number;
  /** Average width of a character of a label, at the map's font size: labels wrap to the node's width by it. */
  charWidth: number;
  /** Average width of a character of a heading (capitals, spaced out). */
  headingCharWidth: number;
  /** Height of one line of a heading. */
  headingLineHeight: number;
  /** Space between a heading and its first node. */
  headingGap: number;
  /** Space above a heading, after the previous group. */
  sectionGap: number;
  /** Space between two levels of a track, where the straight arrow runs. */
  levelGap: number;
  /** Space between two feeder or adjacent nodes. */
  nodeGap: number;
  /** Distance from the column of the innermost arc's farthest point. */
  laneInner: number;
  /** Distance between two neighbouring lanes, when the arcs leave room for it (a lane holds the arcs into one arrowhead). */
  laneStep: number;
  /** The arcs of one side take at most this share of the width. */
  maxLaneShare: number;
  feederHeading: string;
  adjacentHeading: string;
}

export const defaultNarrowMapOptions: NarrowMapOptions = {
  width: 300,
  margin: 6,
  lineHeight: 18,
  nodePadding: 8,
  charWidth: 7.6,
  headingCharWidth: 9.6,
  headingLineHeight: 18,
  headingGap: 6,
  sectionGap: 22,
  levelGap: 28,
  nodeGap: 10,
  laneInner: 12,
  laneStep: 16,
  maxLaneShare: 0.2,
  feederHeading: pathKindLabels.feeder.title,
  adjacentHeading: pathKindLabels.adjacent.title,
};

type Side = 'left' | 'right' | 'top' | 'bottom';

interface Item {
  id: string;
  kind: NodeKind;
  label: string;
  title: string;
  href: string;
  column: string;
  /** Position in the column, top to bottom. */
  index: number;
  section: number;
}

/** One end of an arrow on a side of a node. Arrows into the same side from the same direction share one. */
interface Port {
  key: string;
  node: Item;
  side: Side;
  /** Position of the arrow's other node in the column (for an end shared by several, the nearest). */
  other: number;
  /** Where along its side: 0 (top or left) to 1. */
  at: number;
}

/** Lays out the narrow progression map (see the module comment). Throws when a level or path refers to a level that is not in the input. */
export function layoutNarrowProgressionMap(input: MapInput, options: Partial<NarrowMapOptions> = {}): MapLayout {
  const o = { ...defaultNarrowMapOptions, ...options };
  checkReferences(input);

  // The groups, top to bottom, and the order of the nodes in the column.
  const tracks = tracksInReadingOrder(input);
  const pathsOf = (kind: PathKind) => input.paths.filter((p) => p.kind === kind);
  const groups: { id: string; heading: string; kind: NodeKind; members: readonly (MapLevel | MapPath)[] }[] = [
    { id: 'feeder', heading: o.feederHeading, kind: 'feeder' as const, members: pathsOf('feeder') },
    ...tracks.map((t) => ({
      id: t.id,
      heading: t.name,
      kind: 'level' as const,
      members: input.levels
        .map((l, i) => ({ l, i }))
        .filter(({ l }) => l.track === t.id)
        .sort((a, b) => a.l.rank - b.l.rank || a.i - b.i)
        .map(({ l }) => l),
    })),
    { id: 'adjacent', heading: o.adjacentHeading, kind: 'adjacent' as const, members: pathsOf('adjacent') },
  ];
  const sections = groups
    .map((s) => ({ ...s, members: s.members.map((m) => ({ id: m.id, kind: s.kind, label: m.label, title: m.title ?? m.label, href: m.href, column: s.id })) }))
    .filter((s) => s.members.length);
  const items: Item[] = sections.flatMap((s, section) => s.members.map((m) => ({ ...m, section, index: 0 })));
  items.forEach((item, index) => (item.index = index));
  const item = new Map(items.map((i) => [i.id, i]));

  // Each arrow's ends: straight between neighbours in a track, otherwise an arc on its side.
  const arrows = mapArrows(input).map((e) => {
    const [a, b] = [item.get(e.from)!, item.get(e.to)!];
    const straight = a.kind === 'level' && a.section === b.section && Math.abs(a.index - b.index) === 1;
    const down = b.index > a.index;
    const sides: [Side, Side] = straight ? (down ? ['bottom', 'top'] : ['top', 'bottom']) : e.kind === 'adjacent' ? ['right', 'right'] : ['left', 'left'];
    return { ...e, a, b, straight, sides };
  });
  const ports = new Map<string, Port>();
  const ends = arrows.map((arrow) => {
    const { a, b, sides, straight } = arrow;
    const port = (n: Item, side: Side, other: Item, incoming: boolean) => {
      // Arrows into one side from the same direction meet at one arrowhead; each arrow leaves from a point of its own.
      const key = incoming && !straight ? `${n.id}|${side}|in|${other.index < n.index ? 'above' : 'below'}` : `${n.id}|${side}|${arrow.from}→${arrow.to}|${incoming}`;
      const found = ports.get(key);
      if (found) {
        if (Math.abs(other.index - n.index) < Math.abs(found.other - n.index)) found.other = other.index;
      } else ports.set(key, { key, node: n, side, other: other.index, at: 0.5 });
      return key;
    };
    return { start: port(a, sides[0], b, false), end: port(b, sides[1], a, true) };
  });
  // Spread the ends on each side. On the sides of the column, those towards nodes above come first,
  // each group from its nearest node to its farthest above and from its farthest to its nearest
  // below: arcs that share a node then lie one inside the other instead of crossing.
  const bySide = new Map<string, Port[]>();
  for (const p of ports.values()) bySide.set(`${p.node.id}|${p.side}`, [...(bySide.get(`${p.node.id}|${p.side}`) ?? []), p]);
  for (const list of bySide.values()) {
    const vertical = list[0]!.side === 'left' || list[0]!.side === 'right';
    const self = list[0]!.node.index;
    if (vertical) list.sort((p, q) => Number(p.other > self) - Number(q.other > self) || q.other - p.other);
    else list.sort((p, q) => p.other - q.other);
    list.forEach((p, i) => (p.at = (i + 1) / (list.length + 1)));
  }

  // Lanes: on each side, the arcs into one arrowhead share a lane, which lies outside every shorter
  // lane beside it. Positions of ends are compared as a node's place in the column plus the end's
  // place along its side.
  const place = (key: string) => ports.get(key)!.node.index + ports.get(key)!.at;
  const depth = new Map<number, number>();
  const deepest = { left: 0, right: 0 };
  for (const side of ['left', 'right'] as const) {
    // A lane spans the arcs into its arrowhead, from the farthest of their starts to it.
    const groups = new Map<string, { members: number[]; lo: number; hi: number }>();
    arrows.forEach((arrow, i) => {
      if (arrow.straight || arrow.sides[0] !== side) return;
      const [a, b] = [place(ends[i]!.start), place(ends[i]!.end)];
      const group = groups.get(ends[i]!.end) ?? { members: [], lo: Infinity, hi: -Infinity };
      groups.set(ends[i]!.end, { members: [...group.members, i], lo: Math.min(group.lo, a, b), hi: Math.max(group.hi, a, b) });
    });
    const arcs = [...groups.values()].sort((p, q) => p.hi - p.lo - (q.hi - q.lo) || p.lo - q.lo);
    const placed: { lo: number; hi: number; depth: number }[] = [];
    for (const arc of arcs) {
      const d = 1 + Math.max(0, ...placed.filter((p) => p.lo <= arc.hi && arc.lo <= p.hi).map((p) => p.depth));
      placed.push({ ...arc, depth: d });
      for (const i of arc.members) depth.set(i, d);
      deepest[side] = Math.max(deepest[side], d);
    }
  }
  const maxLane = o.width * o.maxLaneShare;
  const lane = (lanes: number) => {
    if (!lanes) return { width: 0, step: 0 };
    const step = lanes > 1 ? Math.min(o.laneStep, (maxLane - o.laneInner) / (lanes - 1)) : 0;
    return { width: o.laneInner + (lanes - 1) * step, step };
  };
  const lanes = { left: lane(deepest.left), right: lane(deepest.right) };

  // The column, and the nodes in it.
  const left = o.margin + lanes.left.width;
  const width = o.width - 2 * o.margin - lanes.left.width - lanes.right.width;
  const centreX = round(left + width / 2);
  const maxChars = Math.max(1, Math.floor((width - 2 * o.nodePadding) / o.charWidth));
  const headingChars = Math.max(1, Math.floor(width / o.headingCharWidth));
  const nodes: MapNode[] = [];
  const columns: MapColumn[] = [];
  let y = o.margin;
  sections.forEach((s, i) => {
    if (i > 0) y += o.sectionGap;
    const lines = wrapLabel(s.heading, headingChars);
    columns.push({ id: s.id, heading: s.heading, kind: s.kind, x: centreX, lines, lineY: lines.map((_, k) => round(y + (k + 0.5) * o.headingLineHeight)) });
    y += lines.length * o.headingLineHeight + o.headingGap;
    s.members.forEach((m, k) => {
      if (k > 0) y += s.kind === 'level' ? o.levelGap : o.nodeGap;
      const lines = wrapLabel(m.label, maxChars);
      const height = 2 * o.nodePadding + lines.length * o.lineHeight;
      const top = round(y);
      nodes.push({ id: m.id, kind: m.kind, title: m.title, lines, lineY: lines.map((_, n) => round(top + o.nodePadding + (n + 0.5) * o.lineHeight)), href: m.href, x: round(left), y: top, width: round(width), height, column: s.id });
      y += height;
    });
  });
  const node = new Map(nodes.map((n) => [n.id, n]));

  // The arrows, drawn.
  const point = (key: string) => {
    const { node: item, side, at } = ports.get(key)!;
    const n = node.get(item.id)!;
    if (side === 'left' || side === 'right') return { x: side === 'left' ? n.x : round(n.x + n.width), y: round(n.y + n.height * at) };
    return { x: round(n.x + n.width * at), y: side === 'top' ? n.y : round(n.y + n.height) };
  };
  const edges: MapEdge[] = arrows.map((arrow, i) => {
    const start = point(ends[i]!.start);
    const end = point(ends[i]!.end);
    let c1, c2;
    if (arrow.straight) {
      const mid = round((start.y + end.y) / 2);
      [c1, c2] = [{ x: start.x, y: mid }, { x: end.x, y: mid }];
    } else {
      // The curve's farthest point from the column is 3/4 of its control points' distance.
      const side = arrow.sides[0] as 'left' | 'right';
      const reach = (o.laneInner + (depth.get(i)! - 1) * lanes[side].step) / 0.75;
      const x = round(side === 'left' ? start.x - reach : start.x + reach);
      [c1, c2] = [{ x, y: start.y }, { x, y: end.y }];
    }
    return { from: arrow.from, to: arrow.to, kind: arrow.kind, d: curveData(start, c1, c2, end), start, c1, c2, end };
  });

  return { width: o.width, height: round(y + o.margin), columns, nodes, edges };
}
