import { describe, expect, it } from 'vitest';
import { cheapestOrder, defaultMapOptions, edgeCrossings, layoutInOrder, layoutProgressionMap, levelRows, nodeLabel, pathColumnPlacements, pointOnEdge, stack, wrapLabel, type MapInput, type MapLayout } from './progression-map';
import { handbookMapInput } from '../../../tests/support/handbook-map-input';
import { levelHref, pathHref } from '../site/urls';
import { mapLevel, mapPath, onBorder, overlaps, sampleLadder } from '../../../tests/support/progression-map.fixture';

const overlapping = (layout: MapLayout) =>
  layout.nodes.flatMap((a, i) => layout.nodes.slice(i + 1).filter((b) => overlaps(a, b)).map((b) => `${a.id} × ${b.id}`));

describe('wrapLabel', () => {
  it('wraps at word boundaries without exceeding the width', () => {
    expect(wrapLabel('Senior Software Engineer with ML production exposure', 20)).toEqual(['Senior Software', 'Engineer with ML', 'production exposure']);
  });

  it('breaks a word longer than the width after its slashes and hyphens', () => {
    expect(wrapLabel('Security/Privacy-focused ML engineering', 19)).toEqual(['Security/Privacy-', 'focused ML', 'engineering']);
    expect(wrapLabel('a (Platform/Data/Backend) b', 16)).toEqual(['a (Platform/', 'Data/Backend) b']);
  });

  it('keeps a word longer than the width whole, on a line of its own, when it has nowhere to break', () => {
    expect(wrapLabel('a (PlatformDataBackend) b', 10)).toEqual(['a', '(PlatformDataBackend)', 'b']);
  });
});

describe('nodeLabel', () => {
  it('drops parenthetical qualifiers from a path name', () => {
    expect(nodeLabel('Senior Software Engineer (Platform/Data/Backend) with ML production exposure')).toBe('Senior Software Engineer with ML production exposure');
    expect(nodeLabel('MLOps Engineer')).toBe('MLOps Engineer');
  });
});

describe('stack', () => {
  it('keeps items at their ideal centres when they do not collide', () => {
    expect([...stack([{ id: 'a', ideal: 100, height: 20 }, { id: 'b', ideal: 200, height: 20 }], 10, 0)]).toEqual([['a', 100], ['b', 200]]);
  });

  it('spreads colliding items around their ideal centres, never above the top', () => {
    const spread = stack([{ id: 'a', ideal: 100, height: 40 }, { id: 'b', ideal: 100, height: 40 }], 10, 0);
    expect([...spread]).toEqual([['a', 75], ['b', 125]]);
    const clamped = stack([{ id: 'a', ideal: 10, height: 40 }, { id: 'b', ideal: 10, height: 40 }], 10, 0);
    expect([...clamped]).toEqual([['a', 20], ['b', 70]]);
  });
});

describe('layoutProgressionMap', () => {
  const layout = layoutProgressionMap(sampleLadder);
  const node = (id: string) => layout.nodes.find((n) => n.id === id)!;

  it('puts feeder roles on the left, adjacent paths on the right and each track in a column between them', () => {
    expect(layout.columns.map((c) => c.id)).toEqual(['feeder', 'mgmt', 'ic', 'adjacent']);
    expect(new Set(['senior', 'lead', 'staff'].map((id) => node(id).x)).size).toBe(1);
    expect(node('swe').x).toBeLessThan(node('manager').x);
    expect(node('manager').x).toBeLessThan(node('senior').x);
    expect(node('sre').x).toBeGreaterThan(node('staff').x);
  });

  it('orders the track columns so that no arrow passes through a node', () => {
    expect(edgeCrossings(layout)).toEqual([]);
  });

  it('raises each level within its track column by rank, the first rank at the bottom', () => {
    expect(node('senior').y).toBeGreaterThan(node('lead').y);
    expect(node('lead').y).toBeGreaterThan(node('staff').y);
  });

  it('starts a track entered from another one row above the level that moves into it', () => {
    const rows = levelRows(sampleLadder);
    expect(rows.get('manager')).toBe(rows.get('lead')! + 1);
    expect(rows.get('director')).toBe(rows.get('manager')! + 1);
    expect(node('manager').y).toBe(node('staff').y);
  });

  it('places no node on top of another and keeps every node inside the drawing', () => {
    expect(overlapping(layout)).toEqual([]);
    for (const n of layout.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width).toBeLessThanOrEqual(layout.width);
      expect(n.y + n.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('draws an arrow for every usual move, every feeder and every adjacent path, from border to border', () => {
    expect(layout.edges.map((e) => `${e.kind}:${e.from}→${e.to}`).sort()).toEqual(
      [
        'next:senior→lead',
        'next:lead→staff',
        'next:lead→manager',
        'next:manager→director',
        'feeder:swe→senior',
        'feeder:swe→lead',
        'feeder:scientist→lead',
        'adjacent:lead→sre',
        'adjacent:staff→sre',
        'adjacent:lead→security',
        'adjacent:staff→security',
      ].sort(),
    );
    for (const e of layout.edges) {
      expect(onBorder(node(e.from), e.start), `${e.from} start`).toBe(true);
      expect(onBorder(node(e.to), e.end), `${e.to} end`).toBe(true);
      expect(e.d).toBe(`M${e.start.x} ${e.start.y}C${e.c1.x} ${e.c1.y} ${e.c2.x} ${e.c2.y} ${e.end.x} ${e.end.y}`);
      expect(pointOnEdge(e, 0)).toEqual(e.start);
      expect(pointOnEdge(e, 1)).toEqual(e.end);
    }
  });

  it('spreads the arrows that share a side of a node instead of stacking them on one point', () => {
    const intoLead = layout.edges.filter((e) => e.to === 'lead' && e.kind === 'feeder').map((e) => e.end.y);
    expect(new Set(intoLead).size).toBe(intoLead.length);
  });

  it('links every node to its page', () => {
    expect(node('lead').href).toBe(levelHref('lead'));
    expect(node('swe').href).toBe(pathHref('swe'));
    expect(node('scientist').lines).toEqual(['scientist path']);
  });

  it('lists the nodes of a path column top to bottom, so that the keyboard visits them in the order a reader sees them', () => {
    // Listed bottom first: `low` leads into the lowest level, `high` into the highest.
    const input: MapInput = { ...sampleLadder, paths: [mapPath('low', 'feeder', ['senior']), mapPath('high', 'feeder', ['staff']), mapPath('out-low', 'adjacent', ['senior']), mapPath('out-high', 'adjacent', ['staff'])] };
    const drawn = layoutProgressionMap(input);
    for (const kind of ['feeder', 'adjacent'] as const) {
      const column = drawn.nodes.filter((n) => n.kind === kind);
      expect(column.map((n) => n.y)).toEqual(column.map((n) => n.y).sort((a, b) => a - b));
    }
  });

  it('refuses a move to a level that does not exist', () => {
    const broken = { ...sampleLadder, levels: [...sampleLadder.levels, mapLevel('ghost-source', 'ic', 4, ['ghost'])] };
    expect(() => layoutProgressionMap(broken)).toThrow('level `ghost-source` refers to unknown level `ghost`');
  });

  it('wraps each heading to its column, so that neighbouring headings never run into each other, and starts the nodes below them', () => {
    const long = layoutProgressionMap({ ...sampleLadder, tracks: sampleLadder.tracks.map((t) => ({ ...t, name: `${t.name} track, with a longer name` })) });
    const halfWidth = (lines: string[]) => (Math.max(...lines.map((l) => l.length)) * defaultMapOptions.headingCharWidth) / 2;
    long.columns.slice(1).forEach((c, i) => {
      const before = long.columns[i]!;
      expect(before.x + halfWidth(before.lines), `${before.id} | ${c.id}`).toBeLessThan(c.x - halfWidth(c.lines));
    });
    expect(Math.max(...long.columns.map((c) => c.lines.length))).toBeGreaterThan(1);
    const lastLine = Math.max(...long.columns.flatMap((c) => c.lineY)) + defaultMapOptions.headingLineHeight / 2;
    for (const n of long.nodes) expect(n.y, n.id).toBeGreaterThan(lastLine);
  });

  it('places a track that the feeders’ arrows would cross outside the feeder and adjacent columns', () => {
    const third: MapInput = {
      ...sampleLadder,
      tracks: [...sampleLadder.tracks, { id: 'research', name: 'Research' }],
      levels: [...sampleLadder.levels, mapLevel('r1', 'research', 1, ['r2']), mapLevel('r2', 'research', 2)],
    };
    // Between the feeders and the level they lead into, the research levels stand in the arrows' way.
    expect(edgeCrossings(layoutInOrder(third, defaultMapOptions, ['mgmt', 'research', 'ic'])).length).toBeGreaterThan(0);
    const layout = layoutProgressionMap(third);
    expect(edgeCrossings(layout)).toEqual([]);
    const ids = layout.columns.map((c) => c.id);
    expect(ids.indexOf('research') < ids.indexOf('feeder') || ids.indexOf('research') > ids.indexOf('adjacent'), ids.join(', ')).toBe(true);
    expect(overlapping(layout)).toEqual([]);
  });

  it('keeps the feeder column first and the adjacent column last when no arrow crosses a track', () => {
    expect(layoutProgressionMap(sampleLadder).columns.map((c) => c.kind)).toEqual(['feeder', 'level', 'level', 'adjacent']);
  });

  it('lists the placements of the feeder and adjacent columns, fewest tracks moved out first', () => {
    expect(pathColumnPlacements(['a', 'b'])).toEqual([
      { columns: ['feeder', 'a', 'b', 'adjacent'], moved: 0 },
      { columns: ['feeder', 'a', 'adjacent', 'b'], moved: 1 },
      { columns: ['a', 'feeder', 'b', 'adjacent'], moved: 1 },
      { columns: ['feeder', 'adjacent', 'a', 'b'], moved: 2 },
      { columns: ['a', 'feeder', 'adjacent', 'b'], moved: 2 },
      { columns: ['a', 'b', 'feeder', 'adjacent'], moved: 2 },
    ]);
  });

  it('lays out a map without feeders or adjacent paths', () => {
    const bare = layoutProgressionMap({ ...sampleLadder, paths: [] });
    expect(bare.columns.map((c) => c.kind)).toEqual(['level', 'level']);
    expect(overlapping(bare)).toEqual([]);
  });
});

describe('the handbook’s own ladder', () => {
  const input = handbookMapInput();
  const layout = layoutProgressionMap(input);

  it('has a node for every level and path, none overlapping', () => {
    expect(layout.nodes).toHaveLength(input.levels.length + input.paths.length);
    expect(overlapping(layout)).toEqual([]);
  });

  it('draws no arrow through a node', () => {
    expect(edgeCrossings(layout).map(({ edge, node }) => `${edge.from}→${edge.to} crosses ${node.id}`)).toEqual([]);
  });
});

describe('cheapestOrder', () => {
  const inversions = (order: number[]) => order.reduce((n, a, i) => n + order.slice(i + 1).filter((b) => b < a).length, 0);

  it('tries every order of a few items and keeps the first of equal cost', () => {
    expect(cheapestOrder([3, 1, 2], (order) => ({ result: order.join(''), cost: inversions(order) }))).toEqual({ order: [1, 2, 3], result: '123', cost: 0 });
    expect(cheapestOrder(['b', 'a'], () => ({ result: null, cost: 1 })).order).toEqual(['b', 'a']);
  });

  it('improves the order of many items by swaps, without trying all n! orders', () => {
    let evaluated = 0;
    const best = cheapestOrder([9, 8, 7, 6, 5, 4, 3, 2, 1, 0], (order) => (evaluated++, { result: undefined, cost: inversions(order) }));
    expect(best.order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(evaluated).toBeLessThan(10_000);
  });
});

it('lays out a ladder of many tracks, placing a track beside the one that moves into it', () => {
  const tracks = Array.from({ length: 9 }, (_, i) => ({ id: `t${i + 1}`, name: `Track ${i + 1}` }));
  const input: MapInput = {
    tracks,
    levels: tracks.flatMap((t) => [mapLevel(`${t.id}-a`, t.id, 1, [`${t.id}-b`]), mapLevel(`${t.id}-b`, t.id, 2, t.id === 't1' ? ['t9-a'] : [])]),
    paths: [],
  };
  const columns = (l: MapLayout) => l.columns.map((c) => c.id);
  // In the given order, the move from t1 to t9 crosses the seven tracks between them.
  expect(edgeCrossings(layoutInOrder(input, defaultMapOptions, tracks.map((t) => t.id))).length).toBeGreaterThan(0);
  const layout = layoutProgressionMap(input);
  expect(edgeCrossings(layout)).toEqual([]);
  expect(Math.abs(columns(layout).indexOf('t9') - columns(layout).indexOf('t1'))).toBe(1);
});
