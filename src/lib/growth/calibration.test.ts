import { describe, expect, it } from 'vitest';
import { heatmap, outliers, readyForNext, readyShare } from './calibration';
import type { Rating } from './check-in-scale';
import { tinyLadder as ladder } from '../../../tests/support/self-assessment.fixture';
import { checkIn, entry, record, review } from '../../../tests/support/growth-record.fixture';

const at = (level: string, ratings: Record<string, Rating>, date = '2025-06-01') => checkIn(`c-${date}`, date, level, ratings);

describe('the calibration heatmap', () => {
  it('has a row per person with a check-in, the manager’s rating where there is one, and no cell where the level rates nothing', () => {
    const people = [
      record('p1', { name: 'Ada', checkIns: [at('x2', { a: 'meets', b: 'towards' })], reviews: [review('v', 'c-2025-06-01', { b: 'meets' })] }),
      record('p2'),
      record('p3', { checkIns: [at('x1', { a: 'exceeds' }, '2025-01-01'), at('x2', { c: 'below' })] }),
    ];
    const rows = heatmap(ladder, people);
    expect(rows.map((r) => [r.name, r.level])).toEqual([
      ['Ada', 'x2'],
      ['Person 3', 'x2'],
    ]);
    expect(rows[0]!.cells.map((c) => c && [c.rating, c.from])).toEqual([
      ['meets', 'engineer'],
      ['meets', 'manager'],
      [null, null],
    ]);
    expect(rows[1]!.cells[0]).toMatchObject({ rating: null });
  });
});

describe('outliers', () => {
  it('are ratings below the level, wide disagreements and ratings far from the team’s median, with the person’s evidence', () => {
    const people = [
      record('p1', {
        checkIns: [at('x2', { a: 'meets', b: 'towards', c: 'below' })],
        reviews: [review('v', 'c-2025-06-01', { b: 'exceeds' })],
        evidence: [entry('e1', '2025-05-01', ['c']), entry('e2', '2025-07-01', ['c'])],
      }),
      record('p2', { checkIns: [at('x1', { a: 'meets', b: 'meets', c: 'meets' })] }),
      record('p3', { checkIns: [at('x3', { a: 'meets', b: 'meets', c: 'meets' })] }),
    ];
    const found = outliers(ladder, people);
    expect(found.map((o) => [o.person, o.competency, o.reasons])).toEqual([
      ['p1', 'b', ['disagreement']],
      ['p1', 'c', ['below', 'far-from-team']],
    ]);
    expect(found[0]!.explanation).toBe('the engineer says working towards, the manager exceeds');
    // Evidence up to the check-in's date only.
    expect(found[1]!.evidence.map((e) => e.id)).toEqual(['e1']);
  });

  it('count what the person wrote at their check-ins as evidence too, newest first, up to the check-in', () => {
    const noted = (c: ReturnType<typeof at>, notes: string, links: string[] = []) => ({ ...c, competencies: { ...c.competencies, c: { ...c.competencies['c']!, notes, links } } });
    const person = record('p1', {
      checkIns: [
        noted(at('x2', { a: 'meets', c: 'below' }, '2025-01-01'), 'Owned the rollback.'),
        noted(at('x2', { a: 'meets', c: 'below' }, '2025-06-01'), '', ['https://example.com/doc']),
        noted(at('x1', { a: 'meets' }, '2024-01-01'), '  '),
      ],
    });
    const found = outliers(ladder, [person]).find((o) => o.competency === 'c')!;
    expect(found.evidence).toEqual([]);
    expect(found.notes).toEqual([
      { date: '2025-06-01', notes: '', links: ['https://example.com/doc'] },
      { date: '2025-01-01', notes: 'Owned the rollback.', links: [] },
    ]);
  });

  it('never come from the median of one person', () => {
    expect(outliers(ladder, [record('p', { checkIns: [at('x2', { a: 'exceeds', b: 'towards' })] })])).toEqual([]);
  });
});

describe('who looks ready for the next level', () => {
  const exceedsMost = { a: 'exceeds', b: 'exceeds', c: 'meets' } as const;

  it('is whoever meets every competency and exceeds enough of them, with how long it has held and their evidence', () => {
    expect(readyShare).toBeGreaterThan(0);
    const people = [
      record('p1', { checkIns: [at('x2', exceedsMost, '2025-01-01'), at('x2', exceedsMost, '2025-06-01')], evidence: [entry('e', '2025-02-01', ['a'])] }),
      record('p2', { checkIns: [at('x2', { ...exceedsMost, c: 'towards' })] }),
      record('p3', { checkIns: [at('x2', { a: 'exceeds', b: 'meets' })] }),
      record('p4', { checkIns: [at('x3', { a: 'exceeds', b: 'exceeds', c: 'exceeds' })] }),
    ];
    const ready = readyForNext(ladder, people);
    expect(ready.map((r) => [r.person, r.next, r.exceeds, r.sustained])).toEqual([['p1', 'x3', ['a', 'b'], 2]]);
    expect(ready[0]!.evidence).toEqual([
      { competency: 'a', entries: [entry('e', '2025-02-01', ['a'])], notes: [] },
      { competency: 'b', entries: [], notes: [] },
    ]);
  });

  it('reads the manager’s ratings where they reviewed', () => {
    const p = record('p1', { checkIns: [at('x2', exceedsMost)], reviews: [review('v', 'c-2025-06-01', { a: 'meets' })] });
    expect(readyForNext(ladder, [p])).toEqual([]);
  });
});
