import { describe, expect, it } from 'vitest';
import { aboutPageFirst, movedUpTo } from './search-placing.ts';

const ids = (results: readonly { id: string }[]) => results.map((r) => r.id);
const list = (...names: string[]) => names.map((id) => ({ id }));

describe('movedUpTo', () => {
  it('moves a page found lower up to the place', () => {
    expect(ids(movedUpTo(list('a', 'b', 'c', 'd'), { id: 'd' }, 1))).toEqual(['a', 'd', 'b', 'c']);
  });

  it('leaves a page the search ranked higher where it is', () => {
    expect(ids(movedUpTo(list('a', 'b', 'c'), { id: 'a' }, 1))).toEqual(['a', 'b', 'c']);
    expect(ids(movedUpTo(list('a', 'b', 'c'), { id: 'b' }, 1))).toEqual(['a', 'b', 'c']);
  });

  it('adds a page the search did not find at the place, or last when fewer results come before it', () => {
    expect(ids(movedUpTo(list('a', 'b'), { id: 'x' }, 1))).toEqual(['a', 'x', 'b']);
    expect(ids(movedUpTo(list('a'), { id: 'x' }, 3))).toEqual(['a', 'x']);
    expect(ids(movedUpTo([], { id: 'x' }, 1))).toEqual(['x']);
  });

  it('keeps the copy given, once', () => {
    const given = { id: 'c', shown: 'sections of the other words' };
    const moved = movedUpTo([{ id: 'a', shown: '' }, { id: 'c', shown: '' }], given, 0);
    expect(moved).toEqual([given, { id: 'a', shown: '' }]);
  });
});

describe('aboutPageFirst', () => {
  const names = ['Senior Widget Engineer', 'Senior engineer', 'Widget tech lead'];

  it('puts the page about the level first where it scores that many times the level’s page for the other words', () => {
    expect(aboutPageFirst('growth measured', names, 0.8, 0.2, 4)).toBe(true);
    expect(aboutPageFirst('growth measured', names, 0.79, 0.2, 4)).toBe(false);
  });

  it('puts it first where the level’s page lacks one of the other words', () => {
    expect(aboutPageFirst('growth measured', names, 0.1, undefined, 4)).toBe(true);
  });

  it('keeps the level’s page first for one other word beside the words of its names, which qualifies the name', () => {
    expect(aboutPageFirst('growth', names, 0.8, undefined, 4)).toBe(false);
    expect(aboutPageFirst('Widget tech', names, 0.8, 0.01, 4)).toBe(false);
    expect(aboutPageFirst('tech growth', names, 0.8, 0.01, 4)).toBe(false);
  });
});
