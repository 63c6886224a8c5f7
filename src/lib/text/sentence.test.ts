import { describe, expect, it } from 'vitest';
import { asSentence } from './sentence';

describe('asSentence', () => {
  it('capitalizes a clause and ends it with one full stop', () => {
    expect(asSentence('the check-in of 1 May is dated ahead')).toBe('The check-in of 1 May is dated ahead.');
    expect(asSentence('done.')).toBe('Done.');
    expect(asSentence('“quoted” first')).toBe('“quoted” first.');
    expect(asSentence('')).toBe('.');
  });
});
