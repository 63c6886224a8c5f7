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

  it('allows more edits where a rule asks for them (a sentence with a changed word), and no more than it allows', () => {
    const units = ['Own the serving roadmap.', 'Mentor two engineers.'];
    expect(didYouMean('Own the services roadmap.', units)).toBeUndefined();
    expect(didYouMean('Own the services roadmap.', units, 6)).toBe('Own the serving roadmap.');
    expect(didYouMean('Mentor engineers.', units, 3)).toBeUndefined();
  });
});
