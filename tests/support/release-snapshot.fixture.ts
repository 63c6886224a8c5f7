/**
 * A small synthetic ladder as a release snapshot (two levels, two competencies), for the tests of
 * what changes from one release to the next.
 */
import type { ReleaseSnapshot } from '../../src/schemas/release';

export const v1: ReleaseSnapshot = {
  version: '1.0.0',
  competencies: [
    { id: 'design', name: 'Design', summary: 'Designing systems.' },
    { id: 'ops', name: 'Operations', summary: 'Running systems.' },
  ],
  levels: [
    {
      id: 'senior',
      title: 'Senior',
      track: 'ic',
      rank: 1,
      expectations: {
        design: { proficiency: 2, behaviors: ['Designs one service end to end.', 'Writes design docs.'], evidence: ['A design doc.'] },
        ops: { proficiency: 2, behaviors: ['Is on call.'], evidence: ['A postmortem.'] },
      },
    },
    {
      id: 'lead',
      title: 'Lead',
      track: 'ic',
      rank: 2,
      expectations: {
        design: { proficiency: 3, behaviors: ['Designs systems.'], evidence: ['A reviewed design.'] },
        ops: { proficiency: 3, behaviors: ['Leads incidents.'], evidence: ['An RCA.'] },
      },
    },
  ],
};

/** v1 with some changes applied, as release 1.1.0. */
export function next(change: (s: ReleaseSnapshot) => void): ReleaseSnapshot {
  const s = structuredClone(v1);
  s.version = '1.1.0';
  change(s);
  return s;
}
