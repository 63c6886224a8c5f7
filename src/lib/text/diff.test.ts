import { describe, expect, it } from 'vitest';
import { diffMarks, diffSequence, diffSpoken, diffWords, similarity, wordTokens, type DiffPart } from './diff';

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

describe('diffSpoken: the pieces WordDiff.astro draws (diffPieces), as read', () => {
  // A word as the search index keeps it: the marks' brackets and colon at its edges dropped.
  const words = (text: string) => text.split(/\s+/).map((w) => w.replace(/^[[\]:]+|[[\]:]+$/g, '')).filter(Boolean);
  const markWords = Object.values(diffMarks).flatMap((m) => [...words(m.open), ...words(m.close)]);
  /** The words read that are neither a word of either text nor a mark's: words run together. */
  const runTogether = (parts: DiffPart<string>[], before: string, after: string) => {
    const known = new Set([...words(before), ...words(after), ...markWords]);
    return words(diffSpoken(parts)).filter((w) => !known.has(w));
  };

  it('reads a replaced text (a renamed level: old title, then new) as the words of both and the marks, none run together', () => {
    const parts: DiffPart<string>[] = [
      { kind: 'removed', value: 'Old Title' },
      { kind: 'added', value: 'New Longer Title' },
    ];
    expect(runTogether(parts, 'Old Title', 'New Longer Title')).toEqual([]);
  });

  it('reads any word diff as the words of both texts and the marks, none run together', () => {
    const pairs: [string, string][] = [
      ['a b c', 'a x c'],
      ['one two', 'three'],
      ['keeps the end', 'changes the end.'],
      ['start', 'start and more'],
      ['x y z', ''],
      ['a b c', 'a'],
      ['a', 'b c a'],
    ];
    for (const [before, after] of pairs) expect(runTogether(diffWords(before, after), before, after), `${before} → ${after}`).toEqual([]);
  });
});
