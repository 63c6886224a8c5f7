import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from './did-you-mean';

describe('did you mean', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('incident-rat', 'incident-rate')).toBe(1);
    expect(editDistance('importnace', 'importance')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests the nearest name within two edits', () => {
    expect(didYouMean('incident-rat', ['rollback-rate', 'incident-rate', 'incident-count'])).toBe('incident-rate');
    expect(didYouMean('importnace', ['id', 'name', 'importance'])).toBe('importance');
  });

  it('suggests nothing when no name is a likely typo of what was typed', () => {
    expect(didYouMean('rollbacks', ['rollback-rate', 'drift'])).toBeUndefined();
    expect(didYouMean('3', ['1', '2'])).toBeUndefined();
    expect(didYouMean('x', [])).toBeUndefined();
  });
});
