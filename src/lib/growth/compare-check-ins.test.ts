import { describe, expect, it } from 'vitest';
import { compareCheckIns, movementText, timelines } from './compare-check-ins';
import { tinyLadder as ladder } from '../../../tests/support/self-assessment.fixture';
import { checkIn, entry, record } from '../../../tests/support/growth-record.fixture';

const first = checkIn('c1', '2025-01-01', 'x2', { a: 'towards', b: 'meets', c: 'exceeds' });
const second = checkIn('c2', '2025-04-01', 'x2', { a: 'meets', b: 'meets' });
const promoted = checkIn('c3', '2025-07-01', 'x3', { a: 'towards', b: 'exceeds', c: 'towards' });
const r = record('r', {
  checkIns: [promoted, first, second],
  evidence: [entry('e0', '2025-01-01', ['a']), entry('e1', '2025-02-01', ['a', 'b']), entry('e2', '2025-04-01', ['b']), entry('e3', '2025-03-01', []), entry('e4', '2025-05-01', ['a'])],
});

describe('comparing two check-ins', () => {
  it('says what moved and what did not, in the ladder’s order, whatever order they are given in', () => {
    const c = compareCheckIns(ladder, r, second, first);
    expect([c.earlier.id, c.later.id, c.levelChanged]).toEqual(['c1', 'c2', false]);
    expect(c.moves.map((m) => [m.competency, m.movement, m.steps, movementText(m)])).toEqual([
      ['a', 'up', 1, 'up 1'],
      ['b', 'same', 0, 'no change'],
      ['c', 'no-longer-rated', 0, 'no longer rated'],
    ]);
  });

  it('gathers the evidence logged between them by competency, the untagged apart', () => {
    const c = compareCheckIns(ladder, r, first, second);
    expect(c.evidence.map((g) => [g.competency, g.entries.map((e) => e.id)])).toEqual([
      ['a', ['e1']],
      ['b', ['e2', 'e1']],
    ]);
    expect(c.untagged.map((e) => e.id)).toEqual(['e3']);
  });

  it('compares ratings against two levels of one track by their place on the track', () => {
    const c = compareCheckIns(ladder, r, second, promoted);
    expect(c.levelChanged).toBe(true);
    // x2 meets = x3 towards; x2 meets → x3 exceeds is two places up.
    expect(c.moves.map((m) => [m.competency, m.movement, m.steps, m.acrossTracks])).toEqual([
      ['a', 'same', 0, false],
      ['b', 'up', 2, false],
      ['c', 'newly-rated', 0, false],
    ]);
  });

  it('compares rating steps across tracks, and says so', () => {
    const manager = checkIn('c4', '2025-10-01', 'm1', { a: 'meets' });
    const c = compareCheckIns(ladder, { ...r, checkIns: [...r.checkIns, manager] }, second, manager);
    expect(c.moves[0]).toMatchObject({ competency: 'a', movement: 'same', acrossTracks: true });
  });
});

describe('timelines', () => {
  it('give each competency its rating at every check-in, oldest first', () => {
    expect(timelines(ladder, r).map((t) => [t.competency, t.points.map((p) => p.rating ?? null)])).toEqual([
      ['a', ['towards', 'meets', 'towards']],
      ['b', ['meets', 'meets', 'exceeds']],
      ['c', ['exceeds', null, 'towards']],
    ]);
    expect(timelines(ladder, record('empty'))).toEqual([]);
  });
});
