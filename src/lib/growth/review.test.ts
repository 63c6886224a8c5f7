import { describe, expect, it } from 'vitest';
import { agreementLine, agreementText, reviewedMark, reviewOfCheckIn, reviewRows, reviewSummary } from './review';
import { tinyLadder as ladder } from '../../../tests/support/self-assessment.fixture';
import { checkIn, record, review } from '../../../tests/support/growth-record.fixture';

const own = checkIn('c1', '2025-01-01', 'x2', { a: 'meets', b: 'towards', c: 'exceeds' });

describe('the manager’s view beside the engineer’s', () => {
  it('says per competency whether they agree, and by how many steps they differ', () => {
    const rows = reviewRows(ladder, own, review('v', 'c1', { a: 'meets', b: 'exceeds', c: 'meets' }));
    expect(rows.map((r) => [r.competency, r.agreement, r.difference, agreementText(r)])).toEqual([
      ['a', 'agree', 0, 'Agree'],
      ['b', 'manager-higher', 2, 'Manager 2 steps higher'],
      ['c', 'manager-lower', -1, 'Manager 1 step lower'],
    ]);
    expect(reviewSummary(rows)).toEqual({ both: 3, agree: 1, wide: ['Beta'] });
  });

  it('shows who rated alone, before and without a review', () => {
    const partial = checkIn('c1', '2025-01-01', 'x2', { a: 'meets' });
    const rows = reviewRows(ladder, partial, review('v', 'c1', { b: 'meets' }));
    expect(rows.map((r) => r.agreement)).toEqual(['engineer-only', 'manager-only', 'neither']);
    expect(reviewSummary(reviewRows(ladder, own, undefined))).toEqual({ both: 0, agree: 0, wide: [] });
  });

  it('reads the review of a record’s check-in', () => {
    const r = record('r', { checkIns: [own], reviews: [review('v', 'c1', { a: 'exceeds' })] });
    expect(reviewOfCheckIn(ladder, r, own).summary).toEqual({ both: 1, agree: 0, wide: [] });
  });
});

describe('the review on the engineer’s side', () => {
  it('marks the check-in as reviewed, by whom and when', () => {
    expect(reviewedMark(review('v', 'c1', {}, 'Grace Manager'))).toBe('Reviewed by your manager, Grace Manager, on 30 June 2025');
    expect(reviewedMark(review('v', 'c1', {}, ' '))).toBe('Reviewed by your manager on 30 June 2025');
  });

  it('sums up the agreement, naming the competencies two steps apart', () => {
    const rows = reviewRows(ladder, own, review('v', 'c1', { a: 'meets', b: 'exceeds', c: 'meets' }));
    expect(agreementLine(reviewSummary(rows))).toBe('You agree on 1 of the 3 competencies you both rated. Two steps or more apart, worth talking through: Beta.');
    expect(agreementLine(reviewSummary(reviewRows(ladder, own, undefined)))).toBe('');
  });
});
