import { describe, expect, it } from 'vitest';
import { newestOf } from './git-dates';

describe('newestOf', () => {
  const dates = new Map([
    ['content/a.yaml', new Date('2026-01-02T00:00:00Z')],
    ['content/b.yaml', new Date('2026-03-04T00:00:00Z')],
  ]);
  it('gives the newest date of the files that have one', () => {
    expect(newestOf(dates, ['content/a.yaml', 'content/b.yaml', 'content/never-committed.yaml'])?.toISOString()).toBe('2026-03-04T00:00:00.000Z');
  });
  it('gives nothing when no file has a date', () => {
    expect(newestOf(dates, ['content/never-committed.yaml'])).toBeUndefined();
    expect(newestOf(dates, [])).toBeUndefined();
  });
});
