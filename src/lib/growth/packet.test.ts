import { describe, expect, it } from 'vitest';
import { levelPeriods, packetPerson, promotionPacket, targetStanding } from './packet';
import { annotateCheckIn } from './growth-record';
import { tinyLadder as ladder } from '../../../tests/support/self-assessment.fixture';
import { checkIn, entry, record, review } from '../../../tests/support/growth-record.fixture';

const r = annotateCheckIn(
  record('r', {
    name: ' Ada ',
    target: 'x3',
    checkIns: [
      checkIn('c1', '2024-01-01', 'x1', { a: 'meets' }),
      checkIn('c2', '2024-06-01', 'x2', { a: 'towards' }),
      checkIn('c3', '2025-01-01', 'x2', { a: 'meets', b: 'exceeds' }),
    ],
    evidence: [entry('e1', '2024-03-01', ['a']), entry('e2', '2024-09-01', ['a', 'b']), entry('e3', '2024-10-01', [])],
    reviews: [review('v', 'c3', { a: 'meets', b: 'meets' }, 'Grace')],
  }),
  'c2',
  'a',
  'Ran the on-call review.',
  [],
);

describe('the promotion packet', () => {
  it('lists the levels over time as periods', () => {
    expect(levelPeriods(r)).toEqual([
      { level: 'x1', from: '2024-01-01', to: '2024-01-01', checkIns: 1 },
      { level: 'x2', from: '2024-06-01', to: '2025-01-01', checkIns: 2 },
    ]);
  });

  it('holds the ratings over time, the latest check-in beside the manager’s view, and the evidence by competency', () => {
    const p = promotionPacket(ladder, r);
    expect([p.name, p.level, p.target, p.dates]).toEqual(['Ada', 'x2', 'x3', ['2024-01-01', '2024-06-01', '2025-01-01']]);
    expect(p.ratings.map((t) => t.competency)).toEqual(['a', 'b', 'c']);
    expect(p.latest).toMatchObject({ date: '2025-01-01', reviewer: 'Grace', summary: { both: 2, agree: 1 } });
    expect(p.evidence.map((s) => [s.competency, s.entries.map((e) => e.id), s.notes.map((n) => n.date)])).toEqual([
      ['a', ['e2', 'e1'], ['2024-06-01']],
      ['b', ['e2'], []],
    ]);
    expect(p.untagged.map((e) => e.id)).toEqual(['e3']);
  });

  it('says where the latest check-in stands against the target, never a move from a level to itself', () => {
    expect(promotionPacket(ladder, r).standing).toBe('ahead');
    // Promoted: the latest check-in is at the target, or above it in the same track.
    expect(promotionPacket(ladder, { ...r, target: 'x2' }).standing).toBe('reached');
    expect(promotionPacket(ladder, { ...r, target: 'x1' }).standing).toBe('passed');
    // Another track is a move, whatever the ranks; no target or no check-in is nothing to say.
    expect(targetStanding(ladder, 'x2', 'm1')).toBe('ahead');
    expect(promotionPacket(ladder, { ...r, target: null }).standing).toBe('none');
    expect(promotionPacket(ladder, record('x', { target: 'x2' })).standing).toBe('none');
  });

  it('is empty but whole for a record without check-ins', () => {
    const p = promotionPacket(ladder, record('x'));
    expect([p.level, p.latest, p.periods, p.evidence]).toEqual([null, null, [], []]);
  });
});

describe('whose packet the page opens on', () => {
  const own = record('own', { checkIns: [checkIn('o1', '2025-01-01', 'x2', { a: 'meets' })] });
  const empty = record('own');
  const team = [record('p-empty'), record('p1', { checkIns: [checkIn('p1-c', '2025-01-01', 'x1', {})] }), record('p2', { checkIns: [checkIn('p2-c', '2025-01-01', 'x1', {})] })];

  const opens = (...args: Parameters<typeof packetPerson>) => packetPerson(...args).person;

  it('opens the person asked for, when the team has them, and the own record when it is asked for', () => {
    expect(packetPerson(own, team, 'p2')).toEqual({ person: 'p2', missing: false });
    expect(packetPerson(empty, team, '')).toEqual({ person: null, missing: false });
  });

  it('says a team member asked for is missing when the team does not hold them, and opens what it would without them', () => {
    expect(packetPerson(own, team, 'nobody')).toEqual({ person: null, missing: true });
    expect(packetPerson(empty, team, 'nobody')).toEqual({ person: 'p1', missing: true });
    expect(packetPerson(own, [], 'p2')).toEqual({ person: null, missing: true });
  });

  it('opens this browser’s own record when it has check-ins', () => {
    expect(packetPerson(own, team, null)).toEqual({ person: null, missing: false });
  });

  it('opens the first team member with check-ins, never an empty own record, when the browser holds only a team', () => {
    expect(opens(empty, team, null)).toBe('p1');
    expect(opens(empty, [], null)).toBeNull();
  });
});
