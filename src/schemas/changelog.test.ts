import { describe, expect, it } from 'vitest';
import { changelogSchema } from './changelog.ts';

/** A changelog of one release taking effect on `effective`. */
const changelogOn = (effective: unknown) => ({
  releases: [
    {
      version: '1.0.0',
      effective,
      summary: 'First release.',
      changes: [{ kind: 'added', subject: 'level', id: 'senior-engineer', what: 'The Senior level.', why: 'To start the ladder.' }],
    },
  ],
});

describe('a release’s effective date', () => {
  it('is a real calendar date', () => {
    expect(changelogSchema.safeParse(changelogOn('2026-11-28')).success).toBe(true);
    expect(changelogSchema.safeParse(changelogOn('2028-02-29')).success).toBe(true);
  });
  it('may be read by the YAML loader as a Date', () => {
    expect(changelogSchema.safeParse(changelogOn(new Date('2026-11-28'))).success).toBe(true);
  });
  it.each(['2026-13-45', '2026-12-32', '2026-02-30', '2026-04-31', '2026-00-10', '2026-11-28T00:00', '28 November 2026'])('refuses %s, saying what a date looks like', (date) => {
    const result = changelogSchema.safeParse(changelogOn(date));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['expected a real date such as `2026-11-28`']);
  });
});
