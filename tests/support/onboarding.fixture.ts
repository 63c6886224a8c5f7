/** A small synthetic onboarding plan for the plan and progress tests. */
import { planOf, type Plan } from '../../src/lib/onboarding/plan.ts';

export const goals = {
  phases: [
    {
      id: '30-day',
      title: '30-day goals',
      theme: 'Assess',
      goals: [
        { id: 'learn', text: 'Learn the product.', details: [], competencies: ['communication'], kpis: [] },
        { id: 'ship', text: 'Ship one improvement:', details: ['Add alerts'], competencies: ['ops', 'code'], kpis: ['ttd', 'uptime'] },
      ],
    },
    { id: '90-day', title: '90-day goals', theme: 'Scale', goals: [{ id: 'mentor', text: 'Mentor two engineers.', details: [], competencies: ['lead'], kpis: ['ttd'] }] },
  ],
};
export const plan: Plan = planOf(goals);
