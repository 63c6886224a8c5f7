import { describe, expect, it } from 'vitest';
import { classifyChange, compareExpectations, compareLevels, type ExpectationLike, type LevelLike } from './compare';

const e = (proficiency: number, ...behaviors: string[]): ExpectationLike => ({ proficiency, behaviors });

describe('classifyChange', () => {
  it('calls a competency new when only the second level expects it', () => {
    expect(classifyChange(undefined, e(2, 'a'))).toBe('new');
  });

  it('calls a competency dropped when only the first level expects it', () => {
    expect(classifyChange(e(2, 'a'), undefined)).toBe('dropped');
  });

  it('calls a higher proficiency raised, whatever the behaviors say', () => {
    expect(classifyChange(e(2, 'a'), e(3, 'a'))).toBe('raised');
    expect(classifyChange(e(2, 'a'), e(4, 'b', 'c'))).toBe('raised');
  });

  it('never calls a lower proficiency less: it is the competency reframed, even with the same behaviors', () => {
    expect(classifyChange(e(5, 'sets the org standard'), e(3, 'staffs the design work'))).toBe('reframed');
    expect(classifyChange(e(4, 'a'), e(3, 'a'))).toBe('reframed');
  });

  it('calls the same proficiency with the same behaviors unchanged, ignoring order and spacing', () => {
    expect(classifyChange(e(3, 'a b', 'c'), e(3, 'c', ' a  b '))).toBe('unchanged');
  });

  it('calls the same proficiency with different behaviors reframed', () => {
    expect(classifyChange(e(3, 'a'), e(3, 'b'))).toBe('reframed');
    expect(classifyChange(e(3, 'a'), e(3, 'a', 'b'))).toBe('reframed');
    expect(classifyChange(e(3, 'a', 'b'), e(3, 'a'))).toBe('reframed');
  });

  it('refuses a competency that neither level expects', () => {
    expect(() => classifyChange(undefined, undefined)).toThrow(/neither level/);
  });
});

describe('compareExpectations', () => {
  it('lists the behaviors that appear and disappear, and the proficiency delta', () => {
    const change = compareExpectations('x', e(2, 'keep', 'old'), e(4, 'keep', 'fresh'));
    expect(change).toMatchObject({ competency: 'x', kind: 'raised', delta: 2, added: ['fresh'], removed: ['old'] });
  });

  it('treats every behavior of a new competency as added, with a delta of 0', () => {
    expect(compareExpectations('x', undefined, e(3, 'a', 'b'))).toMatchObject({ kind: 'new', delta: 0, added: ['a', 'b'], removed: [] });
  });
});

describe('compareLevels', () => {
  const lower: LevelLike = { id: 'low', expectations: { design: e(2, 'd1'), ops: e(3, 'o1'), people: e(3, 'p1') } };
  const higher: LevelLike = { id: 'high', expectations: { design: e(4, 'd2'), ops: e(3, 'o1'), people: e(3, 'p2'), budget: e(2, 'b') } };

  it('compares every competency either level expects, in the order given', () => {
    const result = compareLevels(lower, higher, ['budget', 'design', 'ops', 'people', 'unused']);
    expect(result.from).toBe('low');
    expect(result.to).toBe('high');
    expect(result.changes.map((c) => [c.competency, c.kind])).toEqual([
      ['budget', 'new'],
      ['design', 'raised'],
      ['ops', 'unchanged'],
      ['people', 'reframed'],
    ]);
  });

  it('counts every kind, including the kinds that do not occur', () => {
    expect(compareLevels(lower, higher, ['budget', 'design', 'ops', 'people']).counts).toEqual({
      new: 1,
      raised: 1,
      reframed: 1,
      unchanged: 1,
      dropped: 0,
    });
  });

  it('reads the other way round as the mirror image', () => {
    const back = compareLevels(higher, lower, ['budget', 'design', 'ops', 'people']);
    expect(back.changes.map((c) => c.kind)).toEqual(['dropped', 'reframed', 'unchanged', 'reframed']);
    expect(back.changes.find((c) => c.competency === 'design')?.delta).toBe(-2);
  });
});

describe('a comparison across tracks', () => {
  // A synthetic ladder: a senior individual contributor and a first-line manager.
  const principal: LevelLike = { id: 'principal', track: 'ic', expectations: { design: e(5, 'sets the reference architecture'), leadership: e(5, 'shapes the culture') } };
  const manager: LevelLike = {
    id: 'manager',
    track: 'mgmt',
    expectations: { design: e(3, 'gates work on reviewed designs'), leadership: e(4, 'leads through the team'), people: e(3, 'holds one-to-ones') },
  };

  it('says it is across tracks, and a comparison within a track says it is not', () => {
    expect(compareLevels(principal, manager, ['design']).acrossTracks).toBe(true);
    expect(compareLevels(principal, { ...principal, id: 'other' }, ['design']).acrossTracks).toBe(false);
  });

  it('calls what only the second track expects new, and a lower number reframed, never lower', () => {
    const result = compareLevels(principal, manager, ['design', 'leadership', 'people']);
    expect(result.changes.map((c) => [c.competency, c.kind, c.delta])).toEqual([
      ['design', 'reframed', -2],
      ['leadership', 'reframed', -1],
      ['people', 'new', 0],
    ]);
    expect(Object.keys(result.counts)).not.toContain('lower');
  });
});
