import { describe, expect, it } from 'vitest';
import { annotateCheckIn } from './growth-record';
import { competenciesOf } from './check-in-scale';
import { applyShare, decodeShare, encodeLevels, encodeShare, hasRatings, sameAsRecord, shareApplied, sharePrompt, type SharedCheckIn } from './share-link';
import { tinyLadder as ladder } from '../../../tests/support/self-assessment.fixture';
import { checkIn, record } from '../../../tests/support/growth-record.fixture';

const stored = annotateCheckIn(
  record('r', { name: 'Ada Secret', target: 'x3', checkIns: [checkIn('c1', '2025-01-01', 'x1', { a: 'meets' }), checkIn('c2', '2025-04-01', 'x2', { c: 'towards', a: 'exceeds' })] }),
  'c2',
  'a',
  'Led the *secret* migration',
  ['https://intranet.example/doc'],
);

describe('share links', () => {
  it('carry the latest check-in’s level and ratings and the target, in ladder order, never a name, notes or links', () => {
    const hash = encodeShare(ladder, stored);
    expect(hash).toBe('sa=2&level=x2&target=x3&a=exceeds&c=towards');
    expect(hash).not.toMatch(/secret|intranet|Ada/i);
    expect(encodeShare(ladder, record('r'))).toBe('sa=2');
  });

  it('decode to what was encoded', () => {
    expect(decodeShare(ladder, `#${encodeShare(ladder, stored)}`)).toEqual({ ok: true, value: { level: 'x2', target: 'x3', ratings: { a: 'exceeds', c: 'towards' } } });
  });

  it('read the earlier self-assessment’s links, the levels chosen turned into ratings', () => {
    expect(decodeShare(ladder, '#sa=1&current=x2&target=x3&a=x3&b=x2&c=x1')).toEqual({ ok: true, value: { level: 'x2', target: 'x3', ratings: { a: 'exceeds', b: 'meets', c: 'towards' } } });
    const levelsOnly = decodeShare(ladder, '#sa=1&current=x2&target=x3');
    expect(levelsOnly).toEqual({ ok: true, value: { level: 'x2', target: 'x3', ratings: {} } });
    expect(levelsOnly?.ok && hasRatings(levelsOnly.value)).toBe(false);
  });

  it('ignore fragments that are not share links, such as heading anchors', () => {
    expect(decodeShare(ladder, '')).toBeNull();
    expect(decodeShare(ladder, '#how-gaps-are-ranked')).toBeNull();
  });

  it.each([
    ['sa=3&a=meets', 'made by a newer version of the handbook (format 3'],
    ['sa=0&a=meets', 'format 0, which this page cannot read'],
    ['sa=%EF%BF%BD%0A&a=meets', 'an unknown format'],
    ['sa=2&target=vp', 'level this ladder does not have (“vp”)'],
    ['sa=2&level=x1&zeta=meets', 'competency this ladder does not have (“zeta”)'],
    ['sa=2&level=x1&a=great', '“great”, which is not a rating'],
    ['sa=2&a=meets', 'without naming the level'],
    ['sa=1&a=', 'level this ladder does not have'],
  ])('refuse %s with a message', (hash, message) => {
    const result = decodeShare(ladder, hash);
    expect(result?.ok).toBe(false);
    expect(result && !result.ok && result.error).toContain(message);
  });

  it('say what to do with a link from a newer handbook: it is no one’s mistake', () => {
    const result = decodeShare(ladder, 'sa=99&a=meets');
    expect(result && !result.ok && result.error).toMatch(/: open it in .+, or ask for a new link$/);
  });

  it('refuse a rating of a competency the link’s level does not rate, naming it, wherever the level comes in the link', () => {
    // x1 without Gamma: a check-in at x1 rates Alpha and Beta only.
    const partial = { ...ladder, levels: ladder.levels.map((l) => (l.id === 'x1' ? { ...l, expectations: { a: l.expectations['a']!, b: l.expectations['b']! } } : l)) };
    const gamma = ladder.competencies.find((c) => c.id === 'c')!;
    const x1 = ladder.levels.find((l) => l.id === 'x1')!;
    for (const hash of ['sa=2&level=x1&a=meets&c=meets', 'sa=2&c=meets&a=meets&level=x1']) {
      const result = decodeShare(partial, hash);
      expect(result?.ok, hash).toBe(false);
      expect(result && !result.ok && result.error, hash).toBe(`the share link rates ${gamma.name}, which a check-in at ${x1.title} does not rate`);
    }
    // A level that rates it takes the same rating.
    expect(decodeShare(partial, 'sa=2&level=x2&c=meets')?.ok).toBe(true);
    // The earlier self-assessment chose a level for any competency: one the level does not rate becomes no rating.
    expect(decodeShare(partial, 'sa=1&current=x1&a=x1&c=x2')).toEqual({ ok: true, value: { level: 'x1', target: null, ratings: { a: 'meets' } } });
  });

  it.each([
    ['sa=2&level=x1&a=meets&a=below', 'rates Alpha twice'],
    ['sa=2&level=x1&a=meets&a=meets', 'rates Alpha twice'],
    ['sa=2&level=x1&level=x2&a=meets', 'names its level twice'],
    ['sa=2&level=x1&target=x2&target=x3', 'names its target twice'],
    ['sa=2&sa=2&level=x1', 'gives its format twice'],
    ['sa=1&current=x1&b=x1&b=x2', 'rates Beta twice'],
  ])('refuse %s, a key given twice, naming it', (hash, message) => {
    const result = decodeShare(ladder, hash);
    expect(result?.ok).toBe(false);
    expect(result && !result.ok && result.error).toBe(`the share link ${message}`);
  });

  it('names a competency by its name, not its id, when its rating is not one', () => {
    const result = decodeShare(ladder, '#sa=2&level=x1&a=great');
    const alpha = ladder.competencies.find((c) => c.id === 'a')!;
    expect(result && !result.ok && result.error).toContain(`rates ${alpha.name} “great”`);
  });
});

describe('applying a share link', () => {
  it('adds its ratings as a new check-in and changes nothing already recorded', () => {
    const applied = applyShare(stored, { level: 'x2', target: 'x2', ratings: { b: 'meets' } }, '2025-06-01');
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    expect(applied.record.target).toBe('x2');
    expect(applied.record.checkIns.slice(0, 2)).toEqual(stored.checkIns);
    expect(applied.record.checkIns.find((c) => c.id === applied.id)).toMatchObject({ date: '2025-06-01', level: 'x2', competencies: { b: { rating: 'meets' } } });
    expect(Object.keys(applied.record.checkIns.find((c) => c.id === applied.id)!.competencies)).toEqual(['b']);
    expect(sameAsRecord(ladder, applied.record, { level: 'x2', target: 'x2', ratings: { b: 'meets' } })).toBe(true);
  });

  it('with only levels, sets the target and adds nothing; a date already taken is refused', () => {
    const applied = applyShare(stored, { level: 'x2', target: 'x2', ratings: {} }, '2025-06-01');
    expect(applied.ok && applied.record).toEqual({ ...stored, target: 'x2' });
    expect(applyShare(stored, { level: 'x2', target: null, ratings: { a: 'meets' } }, '2025-04-01').ok).toBe(false);
  });

  it('knows when it would change nothing', () => {
    expect(sameAsRecord(ladder, stored, { level: 'x2', target: 'x3', ratings: { a: 'exceeds', c: 'towards' } })).toBe(true);
    expect(sameAsRecord(ladder, stored, { level: 'x2', target: null, ratings: {} })).toBe(true);
    expect(sameAsRecord(ladder, stored, { level: 'x2', target: 'x2', ratings: {} })).toBe(false);
    expect(sameAsRecord(ladder, stored, { level: 'x2', target: 'x3', ratings: { a: 'meets' } })).toBe(false);
  });
});

describe('the question before a share link is used', () => {
  const title = (id: string) => ladder.levels.find((l) => l.id === id)!.title;
  const links: SharedCheckIn[] = [
    { level: 'x2', target: 'x2', ratings: { b: 'meets' } },
    { level: 'x2', target: 'x3', ratings: { b: 'meets' } },
    { level: 'x2', target: null, ratings: { a: 'meets' } },
    { level: 'x1', target: 'x2', ratings: {} },
    { level: null, target: 'x1', ratings: {} },
    { level: 'x1', target: null, ratings: {} },
  ];
  const records = [stored, { ...stored, target: null }];

  it('names every stored value the link would replace, with its old and new value, and promises no “nothing changes” then', () => {
    for (const r of records)
      for (const s of links) {
        const applied = applyShare(r, s, '2025-06-01');
        if (!applied.ok) throw new Error(applied.error);
        const prompt = sharePrompt(ladder, r, s);
        const done = shareApplied(ladder, r, s);
        const what = `${r.target} ← ${JSON.stringify(s)}`;
        // Everything before the new check-in stays as it was.
        expect(applied.record.checkIns.slice(0, r.checkIns.length), what).toEqual(r.checkIns);
        if (applied.record.target !== r.target) {
          for (const text of [prompt, done]) expect(text, what).toContain(title(applied.record.target!));
          if (r.target) {
            for (const text of [prompt, done]) expect(text, what).toContain(`from ${title(r.target)}`);
            expect(prompt, what).not.toMatch(/nothing .*changes/i);
          }
        } else expect(prompt, what).not.toMatch(/target from|set your target/);
        if (hasRatings(s)) expect(prompt, what).toContain('new check-in dated today');
      }
  });

  it('says how many of the level’s competencies the link rates, so a link cut short between two ratings shows what it lost', () => {
    const full = { level: 'x2', target: null, ratings: Object.fromEntries(competenciesOf(ladder, 'x2').map((c) => [c.id, 'meets' as const])) };
    const all = competenciesOf(ladder, 'x2').length;
    const cut = decodeShare(ladder, encodeShare(ladder, record('r', { checkIns: [checkIn('c1', '2025-01-01', 'x2', full.ratings)] })).split('&').slice(0, -1).join('&'));
    if (!cut?.ok) throw new Error('a link cut between two ratings still reads');
    expect(sharePrompt(ladder, stored, cut.value)).toContain(`${all - 1} of ${all} competencies rated`);
    expect(sharePrompt(ladder, stored, full)).toContain(`${all} of ${all} competencies rated`);
  });

  it('says what the link holds before what using it does', () => {
    expect(sharePrompt(ladder, stored, { level: 'x2', target: 'x2', ratings: { b: 'meets', c: 'towards' } })).toBe(
      'This link holds a check-in against Level 2: 2 of 3 competencies rated, aiming for Level 2. Use the link to add it as a new check-in dated today and change your target from Level 3 to Level 2? Your check-ins so far stay as they are.',
    );
    expect(sharePrompt(ladder, { ...stored, target: null }, { level: 'x1', target: 'x2', ratings: {} })).toBe(
      'This link suggests Level 1 as your level and Level 2 as your target. Use the link to preselect Level 1 for your next check-in and set your target to Level 2? Nothing you have recorded changes.',
    );
    expect(shareApplied(ladder, stored, { level: 'x2', target: 'x2', ratings: { b: 'meets' } })).toBe('Added the share link’s check-in as one dated today and changed your target from Level 3 to Level 2.');
  });
});

describe('a link that only chooses the levels', () => {
  it('reads back as a level and a target with no ratings', () => {
    const decoded = decodeShare(ladder, encodeLevels('x1', 'x2'));
    expect(decoded).toEqual({ ok: true, value: { level: 'x1', target: 'x2', ratings: {} } });
  });
});
