import { describe, expect, it } from 'vitest';
import { annotate, emptyAssessment, rate, setLevel } from './self-assessment';
import { tinyLadder as ladder } from '../../../tests/support/self-assessment.fixture';
import { applyShared, carriesNothing, decodeShare, encodeShare, fromShared, sameAsShared } from './share-link';

const stored = annotate(rate(rate(setLevel(setLevel(emptyAssessment(), 'current', 'x1'), 'target', 'x2'), 'c', 'x1'), 'a', 'x2'), 'a', 'Led the *secret* migration', ['https://intranet.example/doc']);

describe('share links', () => {
  it('carry the levels and ratings in ladder order, and never notes or links', () => {
    const hash = encodeShare(ladder, stored);
    expect(hash).toBe('sa=1&current=x1&target=x2&a=x2&c=x1');
    expect(hash).not.toMatch(/secret|intranet/);
  });

  it('decode to what was encoded', () => {
    const decoded = decodeShare(ladder, `#${encodeShare(ladder, stored)}`);
    expect(decoded).toEqual({ ok: true, value: { current: 'x1', target: 'x2', ratings: { a: 'x2', c: 'x1' } } });
    expect(decodeShare(ladder, encodeShare(ladder, emptyAssessment()))).toEqual({ ok: true, value: { current: null, target: null, ratings: {} } });
  });

  it('ignore fragments that are not share links, such as heading anchors', () => {
    expect(decodeShare(ladder, '')).toBeNull();
    expect(decodeShare(ladder, '#how-gaps-are-ranked')).toBeNull();
  });

  it.each([
    ['sa=2&a=x1', 'format 2'],
    ['sa=1&target=vp', 'level this ladder does not have (“vp”)'],
    ['sa=1&zeta=x1', 'competency this ladder does not have (“zeta”)'],
    ['sa=1&a=', 'level this ladder does not have'],
  ])('refuse %s with a message', (hash, message) => {
    const result = decodeShare(ladder, hash);
    expect(result?.ok).toBe(false);
    expect(result && !result.ok && result.error).toContain(message);
  });

  it('apply on top of stored notes: levels and ratings from the link, notes and links kept', () => {
    const shared = { current: 'x2', target: 'x3', ratings: { b: 'x3' } };
    const merged = applyShared(stored, shared);
    expect(merged).toEqual({
      current: 'x2',
      target: 'x3',
      competencies: {
        a: { demonstrated: null, notes: 'Led the *secret* migration', links: ['https://intranet.example/doc'] },
        b: { demonstrated: 'x3', notes: '', links: [] },
      },
    });
    expect(sameAsShared(merged, shared)).toBe(true);
    expect(sameAsShared(stored, shared)).toBe(false);
    expect(fromShared(shared)).toEqual({ current: 'x2', target: 'x3', competencies: { b: { demonstrated: 'x3', notes: '', links: [] } } });
  });

  it('know a bare link, which must change nothing', () => {
    const bare = decodeShare(ladder, '#sa=1');
    expect(bare).toEqual({ ok: true, value: { current: null, target: null, ratings: {} } });
    expect(bare?.ok && carriesNothing(bare.value)).toBe(true);
    const some = decodeShare(ladder, '#sa=1&a=x2');
    expect(some?.ok && carriesNothing(some.value)).toBe(false);
  });
});
