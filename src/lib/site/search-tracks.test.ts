import { describe, expect, it } from 'vitest';
import { trackAsked, trackSectionFirst } from './search-tracks.ts';

/** A miniature of the level step: “manager” (its track “management”) and “lead” (its track “ic”) name a level, as typed. */
const levelsIn = (words: readonly string[]) => {
  const levels: { track: string }[] = [];
  const rest: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === 'manager') levels.push({ track: 'management' });
    else if (words[i] === 'lead') levels.push({ track: 'ic' });
    else rest.push(words[i]!);
  }
  return { levels, rest: rest.join(' ') };
};
const asked = (query: string) => trackAsked(query.split(' '), levelsIn);

describe('trackAsked', () => {
  it('holds for a level named only in the plural, with its track', () => {
    expect(asked('mlops for managers')).toEqual({ tracks: ['management'] });
    expect(asked('what leads do about quality')).toEqual({ tracks: ['ic'] });
  });

  it('does not hold for a level named in the singular, even beside its plural, nor without a level', () => {
    expect(asked('mlops for a manager')).toBeUndefined();
    expect(asked('a manager of managers')).toBeUndefined();
    expect(asked('mlops for teams')).toBeUndefined();
    expect(asked('mlops on the IC track')).toBeUndefined();
  });
});

/** A page at `url` titled `title` that shows the sections `sections`, each an anchor and its heading. */
const page = (id: string, url: string, title: string, sections: [string, string][]) => ({
  id,
  data: () => Promise.resolve({ url, meta: { title }, sub_results: sections.map(([anchor, heading]) => ({ url: `${url}#${anchor}`, title: heading })) }),
});
const ids = (results: readonly { id: string }[]) => results.map((r) => r.id);
/** A miniature of the search's other word forms: “recovery” for “recover”. */
const otherForms = (w: string) => (w === 'recovery' ? ['recover'] : w === 'recover' ? ['recovery'] : []);
const first = (results: Parameters<typeof trackSectionFirst>[0], query: string, looked = 10, tracks = ['track-management']) =>
  trackSectionFirst(results, query.split(' '), '/skills/', tracks, ['for', 'the', 'on'], looked, otherForms);

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
  it('reads a title word in another form the search gives it, never by its first letters alone', async () => {
    const recovery = page('recovery', '/skills/recovery/', 'Incident recovery', [['track-management', 'Management track']]);
    expect(ids(await first([level, recovery], 'recover for managers'))).toEqual(['recovery', 'level']);
    const data = page('data', '/skills/data/', 'Data quality', [['track-management', 'Management track']]);
    expect(ids(await first([level, data], 'date for managers'))).toEqual(['level', 'data']);
    const leadership = page('leadership', '/skills/leadership/', 'Leadership', [['track-management', 'Management track']]);
    expect(ids(await first([level, leadership], 'lead for managers'))).toEqual(['level', 'leadership']);
  });

  it('takes only a section of the asked track, not another track’s', async () => {
    const icDesign = page('design', '/skills/design/', 'System design', [['track-ic', 'IC track'], ['track-management', 'Management track']]);
    expect(ids(await first([level, icDesign], 'design for managers', 10, ['track-ic']))).toEqual(['design', 'level']);
    const onlyIc = page('design', '/skills/design/', 'System design', [['track-ic', 'IC track']]);
    expect(ids(await first([level, onlyIc], 'design for managers'))).toEqual(['level', 'design']);
  });
});
