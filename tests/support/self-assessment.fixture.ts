/** A tiny synthetic ladder for the self-assessment's unit tests, built with the same `buildLadder` the page uses. */
import { buildLadder, type Ladder } from '../../src/lib/growth/self-assessment.ts';
import { levelHref } from '../../src/lib/site/urls.ts';

const expect = (proficiency: number) => ({ proficiency, behaviors: [`does ${proficiency}`], evidence: [`shows ${proficiency}`] });

/**
 * Two tracks, three competencies (a, b, c weighted 30/20/50), levels x1 < x2 < x3 and m1 (listed
 * out of order), on a proficiency scale of five steps.
 */
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
    { id: 'm1', title: 'Manager 1', shortTitle: 'M1', track: 'm', rank: 1, href: levelHref('m1'), expectations: { a: expect(2), b: expect(3), c: expect(5) } },
    { id: 'x3', title: 'Level 3', shortTitle: 'X3', track: 'x', rank: 3, href: levelHref('x3'), expectations: { a: expect(4), b: expect(4), c: expect(4) } },
    { id: 'x1', title: 'Level 1', shortTitle: 'X1', track: 'x', rank: 1, href: levelHref('x1'), expectations: { a: expect(2), b: expect(2), c: expect(2) } },
    { id: 'x2', title: 'Level 2', shortTitle: 'X2', track: 'x', rank: 2, href: levelHref('x2'), expectations: { a: expect(3), b: expect(4), c: expect(3) } },
  ],
  scale: ['One', 'Two', 'Three', 'Four', 'Five'].map((name, i) => ({ value: i + 1, name })),
  scorecard: { title: 'Test scorecard', href: '/scorecard/', dimensions: [{ competency: 'a', weight: 30 }, { competency: 'b', weight: 20 }, { competency: 'c', weight: 50 }] },
});
