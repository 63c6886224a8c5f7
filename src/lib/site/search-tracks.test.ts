import { describe, expect, it } from 'vitest';
import { asksAlongTrack, trackSectionFirst } from './search-tracks.ts';

/** A miniature of the level step: “manager” and “lead” name a level, as typed. */
const namesLevels = (words: readonly string[]) => words.some((w) => w === 'manager' || w === 'lead');
const along = (query: string) => asksAlongTrack(query.split(' '), namesLevels);

describe('asksAlongTrack', () => {
  it('holds for a level named only in the plural', () => {
    expect(along('mlops for managers')).toBe(true);
    expect(along('what leads do about quality')).toBe(true);
  });

  it('does not hold for a level named in the singular, even beside its plural, nor without a level', () => {
    expect(along('mlops for a manager')).toBe(false);
    expect(along('a manager of managers')).toBe(false);
    expect(along('mlops for teams')).toBe(false);
    expect(along('mlops on the IC track')).toBe(false);
  });
});

/** A page at `url` titled `title` that shows the sections `sections`, each an anchor and its heading. */
const page = (id: string, url: string, title: string, sections: [string, string][]) => ({
  id,
  data: () => Promise.resolve({ url, meta: { title }, sub_results: sections.map(([anchor, heading]) => ({ url: `${url}#${anchor}`, title: heading })) }),
});
const ids = (results: readonly { id: string }[]) => results.map((r) => r.id);
const first = (results: Parameters<typeof trackSectionFirst>[0], query: string, looked = 10) => trackSectionFirst(results, query.split(' '), '/skills/', 'track-', ['for', 'the', 'on'], looked);

describe('trackSectionFirst', () => {
  const level = page('level', '/levels/manager/', 'Manager', [['design', 'Design']]);
  const design = page('design', '/skills/design/', 'System design', [['track-management', 'Management track']]);
  const people = page('people', '/skills/people/', 'People management', [['track-management', 'Management track']]);

  it('puts first the competency page showing a track section whose title the query names', async () => {
    expect(ids(await first([level, people, design], 'design for managers'))).toEqual(['design', 'level', 'people']);
    expect(ids(await first([design, level], 'design for managers'))).toEqual(['design', 'level']);
  });

  it('reads a title word in another form of it (“designs”)', async () => {
    expect(ids(await first([level, design], 'designs for managers'))).toEqual(['design', 'level']);
  });

  it('does not count a title word that is the track heading’s own', async () => {
    expect(ids(await first([level, people], 'the management track'))).toEqual(['level', 'people']);
    expect(ids(await first([level, people], 'people on the management track'))).toEqual(['people', 'level']);
  });

  it('moves nothing without a track section shown, off the competencies’ pages, or beyond the pages looked at', async () => {
    const noTrack = page('design', '/skills/design/', 'System design', [['scorecard', 'Scorecard']]);
    expect(ids(await first([level, noTrack], 'design for managers'))).toEqual(['level', 'design']);
    const elsewhere = page('ladder', '/ladder/', 'System design ladder', [['track-ic', 'IC track']]);
    expect(ids(await first([level, elsewhere], 'design for managers'))).toEqual(['level', 'ladder']);
    expect(ids(await first([level, design], 'design for managers', 1))).toEqual(['level', 'design']);
  });
});
