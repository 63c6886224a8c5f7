import { describe, expect, it } from 'vitest';
import { anchorsOf, checkInRatings, competenciesOf, demonstratedLevel, exampleLevel, ratingForLevel, ratingStep, trackPosition } from './check-in-scale';
import { buildLadder } from './self-assessment';
import { tinyLadder as ladder } from '../../../tests/support/self-assessment.fixture';

describe('the anchors of a check-in rating', () => {
  it('are the previous, the same and the next level of the track, in rating order', () => {
    const anchors = anchorsOf(ladder, 'x2', 'a');
    expect(anchors.map((a) => [a.rating, a.level?.id])).toEqual([
      ['below', 'x1'],
      ['towards', 'x1'],
      ['meets', 'x2'],
      ['exceeds', 'x3'],
    ]);
    expect(anchors.map((a) => a.behaviors)).toEqual([['does 2'], ['does 2'], ['does 3'], ['does 4']]);
    expect(anchors[1]!.meaning).toBe('Consistently what X1 does, and part of what X2 does.');
  });

  it('say in words what lies beyond either end of a track', () => {
    expect(anchorsOf(ladder, 'x1', 'a').map((a) => [a.rating, a.level?.id, a.behaviors.length])).toEqual([
      ['below', undefined, 0],
      ['towards', undefined, 0],
      ['meets', 'x1', 1],
      ['exceeds', 'x2', 1],
    ]);
    expect(anchorsOf(ladder, 'x1', 'a')[1]!.meaning).toBe('Part of what X1 does, not yet consistently.');
    expect(anchorsOf(ladder, 'm1', 'a').map((a) => a.level?.id)).toEqual([undefined, undefined, 'm1', undefined]);
    expect(anchorsOf(ladder, 'x3', 'a')[3]!.meaning).toContain('the highest level of its track');
  });

  it('skip a level that has no expectation for the competency, and exist only where the level has one', () => {
    const gapped = buildLadder({
      tracks: [{ id: 't', name: 'T' }],
      competencies: [
        { id: 'a', name: 'A' },
        { id: 'p', name: 'People' },
      ],
      levels: [1, 2, 3].map((rank) => ({
        id: `t${rank}`,
        title: `T${rank}`,
        shortTitle: `T${rank}`,
        track: 't',
        rank,
        href: `/t${rank}/`,
        expectations: { a: { proficiency: rank, behaviors: [], evidence: [] }, ...(rank === 2 ? {} : { p: { proficiency: rank, behaviors: [], evidence: [] } }) },
      })),
      scale: [1, 2, 3].map((value) => ({ value, name: String(value) })),
      scorecard: { title: '', href: '', dimensions: [] },
    });
    expect(anchorsOf(gapped, 't3', 'p').map((a) => a.level?.id)).toEqual(['t1', 't1', 't3', undefined]);
    expect(anchorsOf(gapped, 't2', 'p')).toEqual([]);
    expect(competenciesOf(gapped, 't2').map((c) => c.id)).toEqual(['a']);
    expect(competenciesOf(gapped, null)).toEqual([]);
  });
});

describe('the level a rating points to', () => {
  it('is the anchoring level, the one before it for below, the level itself at the top, and none under the ladder', () => {
    expect(checkInRatings.map((r) => demonstratedLevel(ladder, 'x2', 'a', r))).toEqual([null, 'x1', 'x2', 'x3']);
    expect(checkInRatings.map((r) => demonstratedLevel(ladder, 'x3', 'a', r))).toEqual(['x1', 'x2', 'x3', 'x3']);
    expect(checkInRatings.map((r) => demonstratedLevel(ladder, 'x1', 'a', r))).toEqual([null, null, 'x1', 'x2']);
    expect(demonstratedLevel(ladder, 'nope', 'a', 'meets')).toBeNull();
  });
});

describe('positions on a track', () => {
  it('make a rating against one level comparable with a rating against the next', () => {
    expect(trackPosition(ladder, 'x2', 'a', 'meets')).toBe(trackPosition(ladder, 'x3', 'a', 'towards'));
    expect(trackPosition(ladder, 'x1', 'a', 'exceeds')).toBe(trackPosition(ladder, 'x2', 'a', 'meets'));
    expect(ratingStep('exceeds') - ratingStep('below')).toBe(3);
  });
});

describe('the rating that matches a level chosen in the earlier self-assessment', () => {
  it('follows the track, then the proficiency across tracks', () => {
    expect(['x1', 'x2', 'x3'].map((d) => ratingForLevel(ladder, 'x2', 'a', d))).toEqual(['towards', 'meets', 'exceeds']);
    expect(ratingForLevel(ladder, 'x3', 'a', 'x1')).toBe('below');
    // m1 expects a: 2, b: 3, c: 5; x2 expects a: 3, b: 4, c: 3.
    expect(['a', 'b', 'c'].map((c) => ratingForLevel(ladder, 'x2', c, 'm1'))).toEqual(['towards', 'towards', 'exceeds']);
    expect(ratingForLevel(ladder, 'x3', 'a', 'm1')).toBe('below');
    expect(ratingForLevel(ladder, 'x2', 'a', 'gone')).toBeNull();
  });
});

describe('the example the page explains the scale with', () => {
  it('is a level with a level below and above it in its track', () => {
    expect(exampleLevel(ladder, 'a')?.id).toBe('x2');
    expect(exampleLevel(ladder, 'zeta')).toBeUndefined();
  });
});
