/**
 * Ladders for the self-assessment's unit tests: the handbook's real ladder, read from content/ with
 * the validator's loader (Astro's collections are empty inside Vitest), and a tiny synthetic one.
 */
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content/validation/load.ts';
import { buildLadder, type Ladder, type LadderSource } from '../../src/lib/growth/self-assessment.ts';

export function realLadder(root = join(import.meta.dirname, '../..')): Ladder {
  const { entries } = loadContent(root);
  const of = (collection: string) => entries.filter((e) => e.collection === collection && e.valid);
  const data = <T>(collection: string) => of(collection).map((e) => ({ ...(e.data as T), id: e.id }));
  const scorecard = of('scorecards')[0]!;
  return buildLadder({
    tracks: data<{ name: string }>('tracks'),
    competencies: data<{ name: string }>('competencies'),
    levels: data<Omit<LadderSource['levels'][number], 'id' | 'href'>>('roles').map((l) => ({ ...l, href: `/ladder/levels/${l.id}/` })),
    scorecard: {
      title: `${scorecard.id} interview scorecard`,
      href: `/roles/${scorecard.id}/hiring/`,
      dimensions: (scorecard.data as { dimensions: { competency: string; weight: number }[] }).dimensions,
    },
  });
}

const expect = (proficiency: number) => ({ proficiency, behaviours: [`does ${proficiency}`], evidence: [`shows ${proficiency}`] });

/** Two tracks, three competencies (a, b, c weighted 30/20/50), levels x1 < x2 < x3 and m1 (listed out of order). */
export const tinyLadder: Ladder = buildLadder({
  tracks: [
    { id: 'x', name: 'X' },
    { id: 'm', name: 'M' },
  ],
  competencies: [
    { id: 'a', name: 'Alpha' },
    { id: 'b', name: 'Beta' },
    { id: 'c', name: 'Gamma' },
  ],
  levels: [
    { id: 'm1', title: 'Manager 1', shortTitle: 'M1', track: 'm', rank: 1, href: '/ladder/levels/m1/', expectations: { a: expect(2), b: expect(3), c: expect(5) } },
    { id: 'x3', title: 'Level 3', shortTitle: 'X3', track: 'x', rank: 3, href: '/ladder/levels/x3/', expectations: { a: expect(4), b: expect(4), c: expect(4) } },
    { id: 'x1', title: 'Level 1', shortTitle: 'X1', track: 'x', rank: 1, href: '/ladder/levels/x1/', expectations: { a: expect(2), b: expect(2), c: expect(2) } },
    { id: 'x2', title: 'Level 2', shortTitle: 'X2', track: 'x', rank: 2, href: '/ladder/levels/x2/', expectations: { a: expect(3), b: expect(4), c: expect(3) } },
  ],
  scorecard: { title: 'Test scorecard', href: '/scorecard/', dimensions: [{ competency: 'a', weight: 30 }, { competency: 'b', weight: 20 }, { competency: 'c', weight: 50 }] },
});
