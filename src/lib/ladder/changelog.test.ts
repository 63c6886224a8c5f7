import { expect, it } from 'vitest';
import { lastChangeOf } from './changelog';

const releases = [
  { version: '1.1.0', effective: '2027-01-01', summary: 'Second.', changes: [{ kind: 'changed' as const, subject: 'level' as const, id: 'staff', what: 'Raised design.', why: 'Calibration.' }] },
  {
    version: '1.0.0',
    effective: '2026-11-28',
    summary: 'First.',
    changes: [
      { kind: 'added' as const, subject: 'level' as const, id: 'staff', what: 'Staff.', why: 'Start.' },
      { kind: 'added' as const, subject: 'competency' as const, id: 'staff', what: 'A competency with the same id.', why: 'Start.' },
    ],
  },
];

it('finds the newest release that changed the subject', () => {
  expect(lastChangeOf(releases, 'level', 'staff')).toEqual({ version: '1.1.0', effective: '2027-01-01', what: 'Raised design.', why: 'Calibration.', kind: 'changed' });
  expect(lastChangeOf(releases, 'competency', 'staff')?.version).toBe('1.0.0');
  expect(lastChangeOf(releases, 'level', 'principal')).toBeUndefined();
});
