import { describe, expect, it } from 'vitest';
import { competenciesBuiltBy, goalName, goalNames, kpisMovedBy, linkGoal, phasesById } from './plan';
import { goals, plan } from '../../../tests/support/onboarding.fixture';

describe('the plan', () => {
  it('keeps only ids, titles and goal texts for the tracker, in order', () => {
    expect(plan).toEqual({
      phases: [
        { id: '30-day', title: '30-day goals', goals: [{ id: 'learn', text: 'Learn the product.' }, { id: 'ship', text: 'Ship one improvement:' }] },
        { id: '90-day', title: '90-day goals', goals: [{ id: 'mentor', text: 'Mentor two engineers.' }] },
      ],
    });
  });

  it('names a goal without the colon that introduces its details, and leaves other texts as they are', () => {
    const names = goalNames(plan);
    for (const g of plan.phases.flatMap((p) => p.goals)) {
      expect(names.get(g.id)).toBe(goalName(g.text));
      expect(names.get(g.id)).not.toMatch(/:$/);
      expect(g.text.startsWith(names.get(g.id)!)).toBe(true);
    }
    expect(goalName('Ship one improvement:')).toBe('Ship one improvement');
    expect(goalName('Learn the product.')).toBe('Learn the product.');
    expect(goalName('Ratio 2:1 kept')).toBe('Ratio 2:1 kept');
  });

  it('picks the phases a checkpoint reviews and names the known ids when one is unknown', () => {
    expect(phasesById(goals.phases, ['90-day']).map((p) => p.id)).toEqual(['90-day']);
    expect(() => phasesById(goals.phases, ['60-day'])).toThrowErrorMatchingInlineSnapshot(`[Error: unknown phase \`60-day\`; the plan has \`30-day\`, \`90-day\`]`);
  });

  it('resolves a goal’s competencies and KPIs, and refuses an unknown one', () => {
    const competencies = [{ id: 'code' }, { id: 'ops' }];
    const kpis = [{ id: 'uptime' }, { id: 'ttd' }];
    expect(linkGoal(goals.phases[0]!.goals[1]!, competencies, kpis)).toEqual({ competencies: [{ id: 'ops' }, { id: 'code' }], kpis: [{ id: 'ttd' }, { id: 'uptime' }] });
    expect(() => linkGoal(goals.phases[0]!.goals[0]!, competencies, kpis)).toThrow('goal `learn`: competency `communication` does not exist');
  });

  it('lists the KPIs and competencies a set of goals moves once each, in table order', () => {
    const all = goals.phases.flatMap((p) => p.goals);
    expect(kpisMovedBy(all, [{ id: 'uptime' }, { id: 'cost' }, { id: 'ttd' }]).map((k) => k.id)).toEqual(['uptime', 'ttd']);
    expect(competenciesBuiltBy(all, [{ id: 'lead' }, { id: 'code' }, { id: 'x' }]).map((c) => c.id)).toEqual(['lead', 'code']);
    // Goals whose references linkGoal has resolved give the same answer.
    const linked = [{ kpis: [{ id: 'ttd' }, { id: 'uptime' }], competencies: [{ id: 'code' }] }];
    expect(kpisMovedBy(linked, [{ id: 'uptime' }, { id: 'cost' }, { id: 'ttd' }]).map((k) => k.id)).toEqual(['uptime', 'ttd']);
    expect(competenciesBuiltBy(linked, [{ id: 'lead' }, { id: 'code' }]).map((c) => c.id)).toEqual(['code']);
  });
});
