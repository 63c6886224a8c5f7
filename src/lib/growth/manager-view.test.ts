import { describe, expect, it } from 'vitest';
import { askedReview, reviewAddress, shownReview } from './manager-view';
import { checkIn, record } from '../../../tests/support/growth-record.fixture';

const ada = record('p-ada', { name: 'Ada', checkIns: [checkIn('a1', '2025-01-01', 'x1', {}), checkIn('a2', '2025-04-01', 'x1', {})] });
const bo = record('p-bo', { name: 'Bo', checkIns: [checkIn('b1', '2025-02-01', 'x2', {}), checkIn('b2', '2025-05-01', 'x2', {})] });
const team = { reviewer: 'M', people: [ada, bo] };

describe('the review the manager’s view opens', () => {
  it('reopens the person and check-in the address names, after a reload as before it', () => {
    const shown = { person: 'p-bo', checkIn: 'b1' };
    const address = reviewAddress('https://handbook.example/growth/manager/', shown);
    expect(shownReview(team, askedReview(new URL(address).search))).toEqual(shown);
  });

  it('falls back to the first person when the one asked for is gone, and to the latest check-in when theirs is', () => {
    expect(shownReview(team, { person: 'p-gone', checkIn: 'b1' })).toEqual({ person: 'p-ada', checkIn: 'a2' });
    expect(shownReview(team, { person: 'p-bo', checkIn: 'a1' })).toEqual({ person: 'p-bo', checkIn: 'b2' });
    expect(shownReview(team, { person: null, checkIn: null })).toEqual({ person: 'p-ada', checkIn: 'a2' });
    expect(shownReview({ reviewer: '', people: [] }, { person: 'p-bo', checkIn: 'b1' })).toEqual({ person: null, checkIn: null });
    expect(shownReview({ reviewer: '', people: [record('p-new')] }, { person: null, checkIn: null })).toEqual({ person: 'p-new', checkIn: null });
  });

  it('keeps the rest of the address, a heading anchor included, and takes the review out of it when there is none', () => {
    const address = reviewAddress('https://handbook.example/growth/manager/?x=1#review-a-check-in', { person: 'p bo&1', checkIn: 'b1' });
    expect(new URL(address).hash).toBe('#review-a-check-in');
    expect(new URL(address).searchParams.get('x')).toBe('1');
    expect(askedReview(new URL(address).search)).toEqual({ person: 'p bo&1', checkIn: 'b1' });
    expect(reviewAddress(address, { person: null, checkIn: null })).toBe('https://handbook.example/growth/manager/?x=1#review-a-check-in');
  });
});
