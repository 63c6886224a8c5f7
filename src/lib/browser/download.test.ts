import { describe, expect, it } from 'vitest';
import { datedFileName, fileSlug } from './download';

describe('file names', () => {
  it.each([
    ['Ada Lovelace', 'ada-lovelace'],
    ['Manager’s view', 'managers-view'],
    ['  Zoë  Ünal ', 'zoe-unal'],
    ['../../etc/passwd', 'etc-passwd'],
    ['<script>', 'script'],
    ['日本語', 'file'],
    ['a'.repeat(49) + ' b', 'a'.repeat(49)],
  ])('makes %j safe as %j', (text, slug) => expect(fileSlug(text)).toBe(slug));

  it('dates a file with a calendar date', () => {
    expect(datedFileName(['scorecards', 'Lead ML Engineer'], 'json', '2026-03-14')).toBe('scorecards-lead-ml-engineer-2026-03-14.json');
  });
});
