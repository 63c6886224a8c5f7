import { describe, expect, it } from 'vitest';
import { archetypeSpan } from './archetype-span';

const level = (id: string, rank: number, track = 'ic') => ({ id, track, rank });
const ic = [level('senior', 1), level('staff', 2), level('senior-staff', 3), level('principal', 4), level('distinguished', 5)];
const idsOf = (levels: { id: string }[] | undefined) => levels?.map((l) => l.id);

describe('archetypeSpan', () => {
  it('names the lowest and highest level an archetype lists, and the levels ranked between them it leaves out, by rank', () => {
    const span = archetypeSpan(['distinguished', 'staff'], [...ic].reverse());
    expect(span?.lowest.id).toBe('staff');
    expect(span?.highest.id).toBe('distinguished');
    expect(idsOf(span?.missing)).toEqual(['senior-staff', 'principal']);
  });

  it('finds nothing missing where the archetype lists every level between its ends', () => {
    expect(idsOf(archetypeSpan(['staff', 'senior-staff', 'principal'], ic)?.missing)).toEqual([]);
    expect(idsOf(archetypeSpan(['staff', 'senior-staff'], ic)?.missing)).toEqual([]);
  });

  it('spans nothing where the archetype lists one level of the track, or none', () => {
    expect(archetypeSpan(['principal'], ic)).toBeUndefined();
    expect(archetypeSpan([], ic)).toBeUndefined();
    expect(archetypeSpan(['staff', 'principal'], [])).toBeUndefined();
  });

  it('leaves out the levels another track lists: those of this track alone make the span', () => {
    const mgmt = [level('manager', 1, 'mgmt'), level('director', 2, 'mgmt'), level('vp', 3, 'mgmt')];
    expect(archetypeSpan(['senior', 'vp'], ic)).toBeUndefined();
    expect(archetypeSpan(['senior', 'vp'], mgmt)).toBeUndefined();
    expect(idsOf(archetypeSpan(['staff', 'manager', 'vp', 'principal'], mgmt)?.missing)).toEqual(['director']);
    expect(idsOf(archetypeSpan(['staff', 'manager', 'vp', 'principal'], ic)?.missing)).toEqual(['senior-staff']);
  });

  it('does not count a level at the rank of either end as between them (two levels of one rank)', () => {
    const twoAtOneRank = [level('senior', 1), level('staff', 2), level('staff-b', 2), level('principal', 3), level('principal-b', 3)];
    expect(idsOf(archetypeSpan(['staff', 'principal'], twoAtOneRank)?.missing)).toEqual([]);
    expect(archetypeSpan(['staff', 'staff-b'], twoAtOneRank)?.missing).toEqual([]);
    expect(idsOf(archetypeSpan(['senior', 'principal-b'], twoAtOneRank)?.missing)).toEqual(['staff', 'staff-b']);
  });
});
