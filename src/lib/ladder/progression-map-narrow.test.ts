import { describe, expect, it } from 'vitest';
import { defaultNarrowMapOptions, layoutNarrowProgressionMap } from './progression-map-narrow';
import { edgeCrossings, mapArrows, pointOnEdge, type MapEdge, type MapInput, type MapLayout, type MapNode } from './progression-map';
import { handbookMapInput } from '../../../tests/support/handbook-map-input';
import { mapLevel, mapPath, onBorder, overlaps, sampleLadder } from '../../../tests/support/progression-map.fixture';

/** A larger ladder than the handbook's: five tracks of six levels, moves across tracks and back, skipped ranks, many feeders and adjacent paths. */
function bigLadder(): MapInput {
  const tracks = Array.from({ length: 5 }, (_, t) => ({ id: `t${t}`, name: `Track number ${t} with a long name` }));
  const levels = tracks.flatMap((t, ti) =>
    Array.from({ length: 6 }, (_, r) => {
      const next = r < 5 ? [`${t.id}-${r + 2}`] : [];
      if (r === 1) next.push(`${t.id}-${r + 3}`); // a skipped rank
      if (r === 2 && ti < tracks.length - 1) next.push(`t${ti + 1}-1`); // into the next track
      return mapLevel(`${t.id}-${r + 1}`, t.id, r + 1, next);
    }),
  );
  const feeders = Array.from({ length: 8 }, (_, i) => mapPath(`f${i}`, 'feeder', [`t0-1`, `t${i % 5}-2`], `Feeder role number ${i} with a name long enough to wrap twice`));
  const adjacent = Array.from({ length: 8 }, (_, i) => mapPath(`a${i}`, 'adjacent', [`t${i % 5}-4`, `t${(i + 2) % 5}-6`]));
  return { tracks, levels, paths: [...feeders, ...adjacent] };
}

const samples = (n = 48) => Array.from({ length: n + 1 }, (_, i) => i / n);

/** What every narrow layout must satisfy, whatever the ladder: one list of problems, empty when sound. */
function problems(input: MapInput, layout: MapLayout, width = defaultNarrowMapOptions.width): string[] {
  const found: string[] = [];
  const node = new Map(layout.nodes.map((n) => [n.id, n]));
  if (layout.width !== width) found.push(`drawing ${layout.width} wide, not ${width}`);
  for (const n of layout.nodes)
    if (n.x < 0 || n.y < 0 || n.x + n.width > width || n.y + n.height > layout.height) found.push(`${n.id} outside the drawing`);
  layout.nodes.forEach((a, i) => layout.nodes.slice(i + 1).forEach((b) => overlaps(a, b) && found.push(`${a.id} overlaps ${b.id}`)));
  for (const c of layout.columns)
    c.lineY.forEach((y, k) => {
      const band = { x: c.x - 1, y: y - 9, width: 2, height: 18 } as MapNode;
      for (const n of layout.nodes) if (overlaps(band, n)) found.push(`heading line “${c.lines[k]}” overlaps ${n.id}`);
    });
  const expected = mapArrows(input).map((e) => `${e.kind}:${e.from}→${e.to}`).sort();
  const drawn = layout.edges.map((e) => `${e.kind}:${e.from}→${e.to}`).sort();
  if (JSON.stringify(drawn) !== JSON.stringify(expected)) found.push(`arrows drawn ${drawn.join(', ')}; expected ${expected.join(', ')}`);
  for (const e of layout.edges) {
    if (!onBorder(node.get(e.from)!, e.start)) found.push(`${e.from}→${e.to} starts off ${e.from}`);
    if (!onBorder(node.get(e.to)!, e.end)) found.push(`${e.from}→${e.to} ends off ${e.to}`);
    for (const t of samples()) {
      const p = pointOnEdge(e, t);
      if (p.x < 0 || p.x > width || p.y < 0 || p.y > layout.height) {
        found.push(`${e.from}→${e.to} leaves the drawing at (${p.x.toFixed(1)}, ${p.y.toFixed(1)})`);
        break;
      }
    }
  }
  for (const { edge, node: n } of edgeCrossings(layout)) found.push(`${edge.from}→${edge.to} passes through ${n.id}`);
  // Ranks: within a track, a higher rank is lower down the column.
  for (const t of input.tracks) {
    const levels = input.levels.filter((l) => l.track === t.id).sort((a, b) => a.rank - b.rank);
    levels.slice(1).forEach((l, i) => {
      const above = levels[i]!;
      if (l.rank > above.rank && !(node.get(l.id)!.y > node.get(above.id)!.y + node.get(above.id)!.height)) found.push(`${l.id} (rank ${l.rank}) is not below ${above.id} (rank ${above.rank})`);
    });
  }
  return found;
}

/** Whether two arrows end at one arrowhead. */
const sameArrowhead = (a: MapEdge, b: MapEdge) => a.end.x === b.end.x && a.end.y === b.end.y;

/** The farthest point of an arc from the column, and the span of rows it runs beside. */
const arcs = (layout: MapLayout) => {
  const column = layout.nodes[0]!;
  return layout.edges
    .filter((e) => e.start.x === e.end.x && (e.start.x === column.x || e.start.x === column.x + column.width))
    .map((e) => {
      const far = samples().map((t) => pointOnEdge(e, t).x);
      const side = e.start.x === column.x ? ('left' as const) : ('right' as const);
      return { e, side, reach: side === 'left' ? Math.min(...far) : Math.max(...far), top: Math.min(e.start.y, e.end.y), bottom: Math.max(e.start.y, e.end.y) };
    });
};

describe('layoutNarrowProgressionMap', () => {
  const layout = layoutNarrowProgressionMap(sampleLadder);
  const node = (id: string) => layout.nodes.find((n) => n.id === id)!;

  it('stacks feeder roles, each track and the adjacent paths in one column, each under its heading', () => {
    expect(layout.columns.map((c) => c.id)).toEqual(['feeder', 'ic', 'mgmt', 'adjacent']);
    expect(new Set(layout.nodes.map((n) => `${n.x} ${n.width}`)).size).toBe(1);
    const order = [...layout.nodes].sort((a, b) => a.y - b.y).map((n) => n.id);
    expect(order).toEqual(['swe', 'scientist', 'senior', 'lead', 'staff', 'manager', 'director', 'sre', 'security']);
    expect(layout.columns.find((c) => c.id === 'ic')!.lines).toEqual(['Individual contributor']);
  });

  it('keeps every node inside the narrow width, none on top of another, every arrow from its node to its node', () => {
    expect(problems(sampleLadder, layout)).toEqual([]);
  });

  it('puts each track’s levels in rank order, first rank at the top, so that every arrow of this ladder points down', () => {
    expect(node('senior').y).toBeLessThan(node('lead').y);
    expect(node('lead').y).toBeLessThan(node('staff').y);
    for (const e of layout.edges) expect(node(e.to).y, `${e.from}→${e.to}`).toBeGreaterThan(node(e.from).y);
  });

  it('draws a move to the level right below as a short straight arrow, every other as an arc beside the column: feeders and moves on the left, adjacent paths on the right', () => {
    const edge = (from: string, to: string) => layout.edges.find((e) => e.from === from && e.to === to)!;
    const straight = edge('senior', 'lead');
    expect([straight.start.x, straight.c1.x, straight.c2.x, straight.end.x].every((x) => x === straight.start.x)).toBe(true);
    expect(straight.start.y).toBe(node('senior').y + node('senior').height);
    expect(straight.end.y).toBe(node('lead').y);
    expect(edge('lead', 'manager').start.x).toBe(node('lead').x);
    expect(edge('swe', 'lead').end.x).toBe(node('lead').x);
    expect(edge('lead', 'sre').start.x).toBe(node('lead').x + node('lead').width);
  });

  it('brings the arrows into one side of a node to one arrowhead, and starts each from a point of its own', () => {
    const into = layout.edges.filter((e) => e.to === 'lead' && e.kind === 'feeder');
    expect(into).toHaveLength(2);
    expect(new Set(into.map((e) => `${e.end.x} ${e.end.y}`)).size).toBe(1);
    const out = layout.edges.filter((e) => e.from === 'lead' && e.kind === 'adjacent');
    expect(new Set(out.map((e) => e.start.y)).size).toBe(out.length);
  });

  it('keeps arcs into different arrowheads apart where they run beside each other, a shorter one inside a longer one', () => {
    const list = arcs(layout);
    expect(list.length).toBeGreaterThan(4);
    for (const a of list)
      for (const b of list) {
        if (a === b || a.side !== b.side || a.bottom < b.top || b.bottom < a.top || sameArrowhead(a.e, b.e)) continue;
        expect(Math.abs(a.reach - b.reach), `${a.e.from}→${a.e.to} and ${b.e.from}→${b.e.to}`).toBeGreaterThanOrEqual(2);
        if (a.top <= b.top && b.bottom <= a.bottom) expect(Math.abs(a.reach - a.e.start.x), `${a.e.from}→${a.e.to} outside ${b.e.from}→${b.e.to}`).toBeGreaterThan(Math.abs(b.reach - b.e.start.x));
      }
  });

  it('merges the arcs into one arrowhead into one lane, so that a bundle of arcs takes a lane per arrowhead', () => {
    const into = arcs(layout).filter(({ e }) => e.to === 'sre');
    expect(into.map(({ e }) => e.from).sort()).toEqual(['lead', 'staff']);
    expect(into[0]!.e.c1.x).toBe(into[1]!.e.c1.x);
    const right = arcs(layout).filter((a) => a.side === 'right');
    expect(new Set(right.map((a) => a.e.c1.x)).size).toBe(new Set(right.map((a) => `${a.e.end.x} ${a.e.end.y}`)).size);
  });

  it('wraps labels and headings to the width of the column', () => {
    const n = node('swe');
    expect(n.lines.length).toBeGreaterThan(1);
    for (const line of n.lines) expect(line.length * defaultNarrowMapOptions.charWidth).toBeLessThanOrEqual(n.width - 2 * defaultNarrowMapOptions.nodePadding);
    const big = layoutNarrowProgressionMap(bigLadder());
    const heading = big.columns.find((c) => c.id === 't0')!;
    expect(heading.lines.length).toBeGreaterThan(1);
    for (const line of heading.lines) expect(line.length * defaultNarrowMapOptions.headingCharWidth).toBeLessThanOrEqual(big.nodes[0]!.width);
  });

  it('puts a track entered from another after it, whatever the order of the tracks in the data', () => {
    const reversed = layoutNarrowProgressionMap({ ...sampleLadder, tracks: [...sampleLadder.tracks].reverse() });
    expect(reversed.columns.map((c) => c.id)).toEqual(['feeder', 'ic', 'mgmt', 'adjacent']);
  });

  it('lays out a ladder of many tracks, levels and paths within the same width', () => {
    const big = bigLadder();
    const laid = layoutNarrowProgressionMap(big);
    expect(problems(big, laid)).toEqual([]);
    expect(laid.columns.map((c) => c.id)).toEqual(['feeder', 't0', 't1', 't2', 't3', 't4', 'adjacent']);
    // The lanes close up rather than squeeze the column.
    expect(laid.nodes[0]!.width).toBeGreaterThanOrEqual(defaultNarrowMapOptions.width * (1 - 2 * defaultNarrowMapOptions.maxLaneShare) - 2 * defaultNarrowMapOptions.margin);
  });

  it('lays out a ladder without feeders or adjacent paths, and one whose moves go back up', () => {
    const bare = { ...sampleLadder, paths: [] };
    expect(problems(bare, layoutNarrowProgressionMap(bare))).toEqual([]);
    const back = { ...sampleLadder, levels: sampleLadder.levels.map((l) => (l.id === 'director' ? { ...l, nextLevels: ['staff'] } : l)) };
    expect(problems(back, layoutNarrowProgressionMap(back))).toEqual([]);
  });

  it('fits any width it is given', () => {
    for (const width of [240, 360, 480]) expect(problems(sampleLadder, layoutNarrowProgressionMap(sampleLadder, { width }), width), `${width}`).toEqual([]);
  });

  it('refuses a move to a level that does not exist', () => {
    const broken = { ...sampleLadder, levels: [...sampleLadder.levels, mapLevel('ghost-source', 'ic', 4, ['ghost'])] };
    expect(() => layoutNarrowProgressionMap(broken)).toThrow('level `ghost-source` refers to unknown level `ghost`');
  });
});

describe('the handbook’s own ladder, narrow', () => {
  const input = handbookMapInput();

  it('fits the narrow width with a node for every level and path, none overlapping, every arrow on its nodes', () => {
    const layout = layoutNarrowProgressionMap(input);
    expect(layout.nodes).toHaveLength(input.levels.length + input.paths.length);
    expect(problems(input, layout)).toEqual([]);
  });
});
