import { describe, expect, it } from 'vitest';
import { levelSpan } from './level-span';

const level = (id: string, rank: number, track = 'ic') => ({ id, track, rank });
const ic = [level('senior', 1), level('staff', 2), level('senior-staff', 3), level('principal', 4), level('distinguished', 5)];
const idsOf = (levels: { id: string }[] | undefined) => levels?.map((l) => l.id);

describe('levelSpan', () => {
  it('names the lowest and highest level a list names, and the levels ranked between them it leaves out, by rank', () => {
    const span = levelSpan(['distinguished', 'staff'], [...ic].reverse());
    expect(span?.lowest.id).toBe('staff');
    expect(span?.highest.id).toBe('distinguished');
    expect(idsOf(span?.missing)).toEqual(['senior-staff', 'principal']);
  });

  it('finds nothing missing where the list names every level between its ends', () => {
    expect(idsOf(levelSpan(['staff', 'senior-staff', 'principal'], ic)?.missing)).toEqual([]);
    expect(idsOf(levelSpan(['staff', 'senior-staff'], ic)?.missing)).toEqual([]);
  });

  it('spans nothing where the list names one level of the track, or none', () => {
    expect(levelSpan(['principal'], ic)).toBeUndefined();
    expect(levelSpan([], ic)).toBeUndefined();
    expect(levelSpan(['staff', 'principal'], [])).toBeUndefined();
  });

  it('leaves out the levels of another track: those of this track alone make the span', () => {
    const mgmt = [level('manager', 1, 'mgmt'), level('director', 2, 'mgmt'), level('vp', 3, 'mgmt')];
    expect(levelSpan(['senior', 'vp'], ic)).toBeUndefined();
    expect(levelSpan(['senior', 'vp'], mgmt)).toBeUndefined();
    expect(idsOf(levelSpan(['staff', 'manager', 'vp', 'principal'], mgmt)?.missing)).toEqual(['director']);
    expect(idsOf(levelSpan(['staff', 'manager', 'vp', 'principal'], ic)?.missing)).toEqual(['senior-staff']);
  });

  it('does not count a level at the rank of either end as between them (two levels of one rank)', () => {
    const twoAtOneRank = [level('senior', 1), level('staff', 2), level('staff-b', 2), level('principal', 3), level('principal-b', 3)];
    expect(idsOf(levelSpan(['staff', 'principal'], twoAtOneRank)?.missing)).toEqual([]);
    expect(levelSpan(['staff', 'staff-b'], twoAtOneRank)?.missing).toEqual([]);
    expect(idsOf(levelSpan(['senior', 'principal-b'], twoAtOneRank)?.missing)).toEqual(['staff', 'staff-b']);
  });

  it('ignores ids that name no level (a broken reference, which rule broken-reference reports)', () => {
    expect(idsOf(levelSpan(['staff', 'no-such-level', 'distinguished'], ic)?.missing)).toEqual(['senior-staff', 'principal']);
    expect(levelSpan(['staff', 'no-such-level'], ic)).toBeUndefined();
  });
});
