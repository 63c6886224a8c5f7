import { describe, expect, it } from 'vitest';
import { markdownToMdast } from 'satteri';
import { chartModel, checkInRows, growthPlanMarkdown, latestView, profileLadder, weightList } from './growth-plan';
import { buildLadder, type Ladder } from './self-assessment';
import { annotateCheckIn } from './growth-record';
import { tinyLadder as ladder } from '../../../tests/support/self-assessment.fixture';
import { checkIn, entry, record } from '../../../tests/support/growth-record.fixture';

/** Someone at X2 aiming for X3: Alpha meets (a gap), Beta exceeds (met), Gamma below (under the ladder). */
const r = annotateCheckIn(
  record('r', {
    name: 'Ada',
    target: 'x3',
    checkIns: [checkIn('c0', '2025-01-01', 'x2', { a: 'towards' }), checkIn('c1', '2025-04-01', 'x2', { a: 'meets', b: 'exceeds', c: 'below' })],
    evidence: [entry('e0', '2025-01-01', ['a'], 'Old win'), entry('e1', '2025-02-01', ['a'], 'Shipped the *pipeline*')],
  }),
  'c1',
  'a',
  'Shipped the **pipeline**\nwith tests',
  ['https://example.org/pr/1', 'javascript:alert(1)'],
);

describe('the latest check-in, read for the profile and the gaps', () => {
  it('keeps ratings under the ladder apart from the unrated, and before every gap', () => {
    const view = latestView(ladder, r);
    expect(view.ratings).toEqual({ a: 'Meets', b: 'Exceeds', c: 'Below' });
    expect(view.underLadder).toEqual(['c']);
    expect(view.report?.gaps.map((g) => g.competency)).toEqual(['a']);
    expect(view.report?.unrated).toEqual([]);
    expect(checkInRows(ladder, r).map((row) => [row.name, row.rating, row.you, row.gap])).toEqual([
      ['Alpha', 'Meets', 'X2 (3 Three)', '1 step below'],
      ['Beta', 'Exceeds', 'X3 (4 Four)', 'met'],
      ['Gamma', 'Below', 'Under the ladder', 'under'],
    ]);
  });
});

/** Whether a text opens a parenthesis inside another: `Lead (4 of 5 (Expert))`. */
const nestsParentheses = (text: string) => /\([^()]*\(/.test(text);

describe('the growth plan in Markdown', () => {
  it('never puts parentheses inside parentheses', () => {
    expect(nestsParentheses('Lead (4 of 5 (Expert))')).toBe(true);
    const plan = growthPlanMarkdown(ladder, r, 'https://handbook.example/', new Date('2026-03-01T12:00:00Z'));
    for (const line of plan.split('\n')) expect(nestsParentheses(line), line).toBe(false);
  });

  it('links the ladder under the site’s base path when the site is served from a folder', () => {
    const at = (site: string) => [...growthPlanMarkdown(ladder, r, site, new Date('2026-03-01T12:00:00Z')).matchAll(/https?:\/\/[^\s)>]+/g)].map((m) => m[0]);
    const root = at('https://handbook.example/');
    expect(root.length).toBeGreaterThan(0);
    expect(at('https://acme.example/ml-handbook/')).toEqual(root.map((u) => u.replace('https://handbook.example/', 'https://acme.example/ml-handbook/')));
  });


  it('carries no HTML and no heading of the reader’s: notes, name, evidence titles and links stay text', () => {
    type Node = { type: string; depth?: number; children?: Node[]; value?: string };
    const nodes = (n: Node): Node[] => [n, ...(n.children ?? []).flatMap(nodes)];
    const headings = (md: string) => nodes(markdownToMdast(md) as unknown as Node).filter((n) => n.type === 'heading').map((n) => n.depth);
    const html = (md: string) => nodes(markdownToMdast(md) as unknown as Node).filter((n) => n.type === 'html');
    const evil = '<img src=x onerror=alert(1)>\n# Promoted!\n<b>bold</b>';
    const typed = annotateCheckIn({ ...r, name: '# <b>Ada</b>', evidence: r.evidence.map((e) => ({ ...e, title: `<i>${e.title}</i>` })) }, 'c1', 'b', evil, ['<script>x</script>']);
    const clean = growthPlanMarkdown(ladder, r, 'https://handbook.example/');
    const plan = growthPlanMarkdown(ladder, typed, 'https://handbook.example/');
    expect(html(plan)).toEqual([]);
    expect(headings(plan)).toEqual(headings(clean));
  });

  it('drafts a promotion packet from the latest check-in, with its rating, notes and the evidence it gathered', () => {
    expect(growthPlanMarkdown(ladder, r, 'https://handbook.example/', new Date('2026-03-01T12:00:00Z'))).toMatchInlineSnapshot(`
      "# Growth plan: Level 2 → Level 3

      Ada.
      Check-in of 2025-04-01 against the ML engineering career ladder (https://handbook.example/growth/self-assessment/), written 2026-03-01.
      A draft for a promotion conversation: for each competency, my rating against my level, the level it points to, and my evidence.

      ## Summary

      | Competency | My rating | Level it points to | My proficiency | Target proficiency | Gap |
      | --- | --- | --- | --- | --- | --- |
      | Alpha | Meets | X2 | 3 Three | 4 Four | 1 step below |
      | Beta | Exceeds | X3 | 4 Four | 4 Four | met |
      | Gamma | Below | Under the ladder | — | 4 Four | under |

      ## Gaps to close for Level 3

      1. **Gamma**: rated below, under the ladder’s first level for it → X3. https://handbook.example/ladder/levels/x3/#c
         - does 4
      2. **Alpha**: You demonstrate X2 at 3 of 5 (Three); X3 expects 4 of 5 (Four): a proficiency gap of 1. https://handbook.example/ladder/levels/x3/#a
         - does 4

      ## Evidence by competency

      ### Alpha

      My rating: Meets, pointing to Level 2, proficiency 3 of 5 (Three).
      Target: Level 3, proficiency 4 of 5 (Four).

      What X2 expects, which I consistently do:

      - does 3

      Evidence:

      > Shipped the **pipeline**
      > with tests

      Links:

      - <https://example.org/pr/1>
      - javascript:alert(1)

      Logged since the previous check-in:

      - 2025-02-01: Shipped the \\*pipeline\\*

      ### Beta

      My rating: Exceeds, pointing to Level 3, proficiency 4 of 5 (Four).
      Target: Level 3, proficiency 4 of 5 (Four).

      What X3 expects, which I consistently do:

      - does 4

      Evidence:

      _No evidence noted yet._

      ### Gamma

      My rating: Below, under the ladder.
      Target: Level 3, proficiency 4 of 5 (Four).

      Evidence:

      _No evidence noted yet._
      "
    `);
  });
});

describe('the competencies the profile reads', () => {
  /** X levels expect Alpha and Beta; only the M track expects Delta (people management, say). */
  const expectation = (proficiency: number) => ({ proficiency, behaviors: [], evidence: [] });
  const twoTracks = buildLadder({
    tracks: [
      { id: 'x', name: 'X' },
      { id: 'm', name: 'M' },
    ],
    competencies: [
      { id: 'a', name: 'Alpha' },
      { id: 'd', name: 'Delta' },
      { id: 'b', name: 'Beta' },
    ],
    levels: [
      { id: 'x1', title: 'Level 1', shortTitle: 'X1', track: 'x', rank: 1, href: '/x1/', expectations: { a: expectation(2), b: expectation(2) } },
      { id: 'x2', title: 'Level 2', shortTitle: 'X2', track: 'x', rank: 2, href: '/x2/', expectations: { a: expectation(3), b: expectation(3) } },
      { id: 'm1', title: 'Manager 1', shortTitle: 'M1', track: 'm', rank: 1, href: '/m1/', expectations: { a: expectation(3), d: expectation(3) } },
    ],
    scale: ['One', 'Two', 'Three', 'Four'].map((name, i) => ({ value: i + 1, name })),
    scorecard: { title: 'Test scorecard', href: '/scorecard/', dimensions: [{ competency: 'a', weight: 60 }, { competency: 'b', weight: 40 }] },
  });
  const names = (l: Ladder) => l.competencies.map((c) => c.name);
  const onTrack = record('r', { target: 'x2', checkIns: [checkIn('c', '2025-01-01', 'x1', { a: 'meets', b: 'meets' })] });
  const toManager = { ...onTrack, target: 'm1' };

  it('leaves out a competency that neither the check-in’s level nor the target expects', () => {
    expect(names(profileLadder(twoTracks, onTrack))).toEqual(['Alpha', 'Beta']);
    expect(checkInRows(twoTracks, onTrack).map((row) => row.name)).toEqual(['Alpha', 'Beta']);
    expect(chartModel(profileLadder(twoTracks, onTrack), latestView(twoTracks, onTrack).assessment).axes.map((a) => a.label)).toEqual(['Alpha', 'Beta']);
    expect(weightList(profileLadder(twoTracks, onTrack))).toBe('Alpha 60%, Beta 40%');
    const markdown = growthPlanMarkdown(twoTracks, onTrack, 'https://handbook.example/');
    expect(markdown).toContain('Alpha');
    expect(markdown).not.toContain('Delta');
  });

  it('keeps a competency that only the target expects, in the ladder’s order', () => {
    expect(names(profileLadder(twoTracks, toManager))).toEqual(['Alpha', 'Delta', 'Beta']);
    expect(checkInRows(twoTracks, toManager).find((row) => row.name === 'Delta')?.gap).toBe('new in kind');
  });

  it('reads every competency before any level is chosen', () => {
    expect(names(profileLadder(twoTracks, record('empty')))).toEqual(names(twoTracks));
    expect(weightList(twoTracks)).toBe('Alpha 60%, Beta 40%, Delta 0%');
  });
});
