import { describe, expect, it } from 'vitest';
import { diffSequence, diffWords, similarity, wordTokens } from './diff';

describe('diffSequence', () => {
  it('keeps the common subsequence and marks what was removed and added', () => {
    expect(diffSequence(['a', 'b', 'c'], ['a', 'x', 'c', 'd'])).toEqual([
      { kind: 'same', value: 'a' },
      { kind: 'removed', value: 'b' },
      { kind: 'added', value: 'x' },
      { kind: 'same', value: 'c' },
      { kind: 'added', value: 'd' },
    ]);
  });

  it('returns only kept parts for equal sequences, and only additions from nothing', () => {
    expect(diffSequence([1, 2], [1, 2]).every((p) => p.kind === 'same')).toBe(true);
    expect(diffSequence([], ['a', 'b']).map((p) => p.kind)).toEqual(['added', 'added']);
    expect(diffSequence(['a'], []).map((p) => p.kind)).toEqual(['removed']);
  });

  it('puts removals before additions within a gap', () => {
    expect(diffSequence(['a', 'b'], ['c', 'd']).map((p) => p.kind)).toEqual(['removed', 'removed', 'added', 'added']);
  });

  it('compares with the given equality', () => {
    const parts = diffSequence(['A'], ['a'], (x, y) => x.toLowerCase() === y.toLowerCase());
    expect(parts).toEqual([{ kind: 'same', value: 'A' }]);
  });
});

describe('diffWords', () => {
  it('marks the reworded words and keeps the rest, whitespace included', () => {
    const parts = diffWords('Owns one model end to end.', 'Owns several models end to end.');
    expect(parts).toEqual([
      { kind: 'same', value: 'Owns ' },
      { kind: 'removed', value: 'one model' },
      { kind: 'added', value: 'several models' },
      { kind: 'same', value: ' end to end.' },
    ]);
  });

  it('gives each text back from its own parts', () => {
    const before = 'Sets code-level standards for ML repositories.';
    const after = 'Sets and enforces code standards for every ML repository.';
    const parts = diffWords(before, after);
    expect(parts.filter((p) => p.kind !== 'added').map((p) => p.value).join('')).toBe(before);
    expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.value).join('')).toBe(after);
  });

  it('cuts text into words and spaces that join back to it', () => {
    expect(wordTokens(' a  b\tc ').join('')).toBe(' a  b\tc ');
  });
});

describe('similarity', () => {
  it('is 1 for the same words, 0 for none in common, and in between for a rewording', () => {
    expect(similarity('Leads incident response.', 'leads incident response')).toBe(1);
    expect(similarity('Leads incidents.', 'Writes documents.')).toBe(0);
    const s = similarity('Leads incident response for ML issues.', 'Leads incident response for every ML service.');
    expect(s).toBeGreaterThan(0.5);
    expect(s).toBeLessThan(1);
  });
});
