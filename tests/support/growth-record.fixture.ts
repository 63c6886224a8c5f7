/** Small growth records on the tiny synthetic ladder (tests/support/self-assessment.fixture.ts), for the growth tools' unit tests. */
import type { CheckIn, EvidenceEntry, GrowthRecord, Review } from '../../src/lib/growth/growth-record.ts';
import type { Rating } from '../../src/lib/growth/check-in-scale.ts';

/** A check-in whose competencies hold only ratings. */
export const checkIn = (id: string, date: string, level: string, ratings: Record<string, Rating>): CheckIn => ({
  id,
  date,
  level,
  summary: '',
  competencies: Object.fromEntries(Object.entries(ratings).map(([c, rating]) => [c, { rating, notes: '', links: [] }])),
});

export const entry = (id: string, date: string, competencies: string[], title = `Win ${id}`): EvidenceEntry => ({
  id,
  date,
  title,
  details: '',
  links: [],
  competencies,
  kpis: [],
});

export const review = (id: string, checkInId: string, ratings: Record<string, Rating>, reviewer = 'Manager M'): Review => ({
  id,
  checkIn: checkInId,
  date: '2025-06-30',
  reviewer,
  summary: '',
  competencies: Object.fromEntries(Object.entries(ratings).map(([c, rating]) => [c, { rating, notes: '' }])),
});

export const record = (id: string, parts: Partial<GrowthRecord> = {}): GrowthRecord => ({
  id,
  name: '',
  target: null,
  checkIns: [],
  evidence: [],
  reviews: [],
  ...parts,
});
