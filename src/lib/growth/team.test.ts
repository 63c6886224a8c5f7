import { describe, expect, it } from 'vitest';
import { teamFutureRecordsNote, updatePerson, withoutPerson } from './team';
import { planTeamImport, teamPlanText } from './team-import-plan';
import { growthSpec, maxPeople, type TeamData } from './growth-store';
import { tinyLadder as ladder } from '../../../tests/support/self-assessment.fixture';
import { checkIn, entry, record, review } from '../../../tests/support/growth-record.fixture';

const spec = growthSpec(ladder, []);
const ada = record('p-ada', { name: 'Ada', checkIns: [checkIn('c1', '2025-01-01', 'x1', { a: 'meets' })] });
const team: TeamData = { reviewer: 'Grace', people: [{ ...ada, reviews: [review('v1', 'c1', { a: 'exceeds' })] }] };

describe('importing people’s files into a team', () => {
  it('adds new people, merges a newer file of someone already there keeping the manager’s reviews, and says so', () => {
    const newer = { ...ada, checkIns: [...ada.checkIns, checkIn('c2', '2025-04-01', 'x1', {})] };
    const bo = record('p-bo', { checkIns: [checkIn('c1', '2025-02-01', 'x2', {})] });
    const plan = planTeamImport(spec, team, [newer, bo]);
    expect(plan.next.people.map((p) => [p.id, p.checkIns.map((c) => c.id), p.reviews.map((v) => v.id)])).toEqual([
      ['p-ada', ['c1', 'c2'], ['v1']],
      ['p-bo', ['c1'], []],
    ]);
    expect([plan.added, plan.updated, plan.unchanged]).toEqual([['Person 2'], ['Ada'], []]);
    expect(teamPlanText(spec, plan)).toBe('Importing adds Person 2; updates Ada with what is new in the file (what is only here, such as your reviews, stays).');
  });

  it('names the first five people of many files and says how many more', () => {
    const people = ['Bo', 'Cy', 'Di', 'Ed', 'Flo', 'Gus', 'Hal'].map((name) => record(`p-${name.toLowerCase()}`, { name }));
    expect(teamPlanText(spec, planTeamImport(spec, team, people))).toBe('Importing adds Bo, Cy, Di, Ed, Flo and 2 more.');
  });

  it('finds nothing to do for a file already imported, and never adds one person twice', () => {
    const plan = planTeamImport(spec, team, [ada, ada]);
    expect(plan.next).toEqual(team);
    expect(plan.unchanged).toEqual(['Ada']);
    expect(teamPlanText(spec, plan)).toBe('Importing leaves the record of Ada as it is: already up to date.');
    const twice = planTeamImport(spec, { reviewer: '', people: [] }, [ada, { ...ada, name: 'Ada L.' }]);
    expect(twice.next.people).toHaveLength(1);
    expect([twice.added, twice.updated]).toEqual([['Ada'], []]);
  });

  it('takes the person’s changed name and target from their newer file, and not from an older one', () => {
    const stamped = (changedAt: string) => [{ ...checkIn('c1', '2025-01-01', 'x1', { a: 'meets' }), changedAt }];
    const held: TeamData = { reviewer: 'Grace', people: [{ ...ada, target: 'x1', checkIns: stamped('2025-02-01T00:00:00.000Z') }] };
    const renamed = { ...ada, name: 'Ada L.', target: 'x2', checkIns: stamped('2025-03-01T00:00:00.000Z') };
    const plan = planTeamImport(spec, held, [renamed]);
    expect([plan.next.people[0]!.name, plan.next.people[0]!.target]).toEqual(['Ada L.', 'x2']);
    expect(plan.updated).toEqual(['Ada']);
    // Only the target changed, nothing stamped since: the person's file still brings it.
    const retargeted = planTeamImport(spec, held, [{ ...held.people[0]!, target: 'x2' }]);
    expect(retargeted.next.people[0]!.target).toBe('x2');
    const older = planTeamImport(spec, plan.next, [{ ...ada, target: 'x1', checkIns: stamped('2025-02-01T00:00:00.000Z') }]);
    expect([older.next.people[0]!.name, older.next.people[0]!.target]).toEqual(['Ada L.', 'x2']);
  });

  it('stops at the team’s limit and says who was left out', () => {
    const full: TeamData = { reviewer: '', people: Array.from({ length: maxPeople }, (_, i) => record(`p${i}`)) };
    const plan = planTeamImport(spec, full, [record('extra', { name: 'Extra' })]);
    expect(plan.next).toBe(full);
    expect(teamPlanText(spec, plan)).toContain(`cannot add Extra: a team holds at most ${maxPeople} people`);
  });
});

describe('changing the team', () => {
  it('changes or removes one person', () => {
    expect(updatePerson(team, 'p-ada', (r) => ({ ...r, name: 'Ada L.' })).people[0]!.name).toBe('Ada L.');
    expect(withoutPerson(team, 'p-ada').people).toEqual([]);
  });

  it('changes nothing for a person another tab removed', () => {
    expect(updatePerson(team, 'p-gone', (r) => ({ ...r, name: 'Typed for someone removed' }))).toBe(team);
    expect(updatePerson(team, 'p-ada', (r) => r)).toBe(team);
  });
});

describe('a team file', () => {
  it('names the person whose records are dated after tomorrow, and none otherwise', () => {
    const ahead: TeamData = { reviewer: 'Grace', people: [ada, record('p-2', { evidence: [entry('e1', '2025-03-05', [], 'Demo')] })] };
    expect(teamFutureRecordsNote(ladder, ahead, '2025-03-03')).toBe(
      'in Person 2’s record, the evidence entry “Demo” of 5 March 2025 is dated after today, 3 March 2025: a record holds what has already happened, so check its date',
    );
    expect(teamFutureRecordsNote(ladder, ahead, '2025-03-04')).toBeNull();
  });

});
