import { describe, expect, it } from 'vitest';
import type { ReleaseSnapshot } from '../../schemas/release';
import { changeSubjectLabel, releaseChangeLink, subjectNames, lastChangeOf, releaseInForce, releaseStandings, standingOf, standingSentence, frameworkVersionSentence } from './changelog';

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

it('dates a change from the snapshots when a newer release changed the subject without listing it, and the changelog still wins within a release', () => {
  const snapshotChange = (version: string) => (version === '1.1.0' ? { kind: 'changed' as const, what: 'Its expectation for Design: proficiency 3 → 4.' } : undefined);
  expect(lastChangeOf(releases, 'competency', 'staff', snapshotChange)).toEqual({ version: '1.1.0', effective: '2027-01-01', kind: 'changed', what: 'Its expectation for Design: proficiency 3 → 4.' });
  expect(lastChangeOf(releases, 'level', 'staff', snapshotChange)?.what).toBe('Raised design.');
  expect(lastChangeOf(releases, 'level', 'principal', () => undefined)).toBeUndefined();
});

describe('the standing of releases on a given day', () => {
  const log = [
    { version: '3.0.0', effective: '2027-03-01' },
    { version: '2.0.0', effective: '2027-01-10' },
    { version: '1.0.0', effective: '2026-06-01' },
  ];

  it('keeps the newest release upcoming until its effective date, with the older one in force until then', () => {
    expect(releaseInForce(log, '2027-01-09')?.version).toBe('1.0.0');
    expect(releaseStandings(log, '2027-01-09').map((s) => s.kind)).toEqual(['upcoming', 'upcoming', 'in-force']);
    expect(standingOf(log, '2.0.0', '2027-01-09')).toEqual({ kind: 'upcoming', version: '2.0.0', effective: '2027-01-10', inForce: '1.0.0' });
  });

  it('puts a release in force on its effective date and marks the one before as superseded by it', () => {
    expect(releaseInForce(log, '2027-01-10')?.version).toBe('2.0.0');
    expect(releaseStandings(log, '2027-01-10')).toEqual([
      { kind: 'upcoming', version: '3.0.0', effective: '2027-03-01', inForce: '2.0.0' },
      { kind: 'in-force', version: '2.0.0', effective: '2027-01-10' },
      { kind: 'superseded', version: '1.0.0', effective: '2026-06-01', by: '2.0.0', byEffective: '2027-01-10' },
    ]);
  });

  it('has no release in force before the first one takes effect, and every release in force or superseded once all are effective', () => {
    expect(releaseInForce(log, '2026-05-31')).toBeUndefined();
    expect(releaseStandings(log, '2026-05-31').every((s) => s.kind === 'upcoming' && s.inForce === undefined)).toBe(true);
    expect(releaseStandings(log, '2030-01-01').map((s) => s.kind)).toEqual(['in-force', 'superseded', 'superseded']);
  });

  it('says when an upcoming release takes effect and which version applies until then', () => {
    const [upcoming, inForce, superseded] = releaseStandings(log, '2027-02-01');
    expect(standingSentence(upcoming!)).toBe('Takes effect on 2027-03-01; until then, version 2.0.0 is in force.');
    expect(standingSentence(inForce!)).toBe('In force since 2027-01-10.');
    expect(standingSentence(superseded!)).toBe('In force from 2026-06-01 until version 2.0.0 took effect on 2027-01-10.');
    expect(standingSentence(releaseStandings(log, '2026-01-01')[2]!)).toMatch(/no version of the framework is in force/);
  });
});

describe('the version the handbook shows', () => {
  const log = [
    { version: '2.0.0', effective: '2027-01-10' },
    { version: '1.0.0', effective: '2026-06-01' },
  ];
  it('is named upcoming, with the version in force until then, before its effective date, and in force from that day', () => {
    expect(frameworkVersionSentence('2.0.0', standingOf(log, '2.0.0', '2027-01-09'))).toBe(
      'Framework version 2.0.0, which takes effect on 2027-01-10; until then, version 1.0.0 is in force.',
    );
    expect(frameworkVersionSentence('2.0.0', standingOf(log, '2.0.0', '2027-01-10'))).toBe('Framework version 2.0.0, in force since 2027-01-10.');
    expect(frameworkVersionSentence('3.0.0', standingOf(log, '3.0.0', '2027-01-10'))).toBe('Framework version 3.0.0.');
  });
});

describe('what a change is about', () => {
  const names = {
    family: 'Data Engineering',
    level: (id: string) => ({ senior: 'Senior Data Engineer' })[id],
    competency: (id: string) => ({ sql: 'SQL craft' })[id],
    role: (id: string) => ({ senior: 'Senior Data Engineer' })[id],
  };

  it('names the level, competency, role or family as readers know it, not by its id', () => {
    expect(changeSubjectLabel({ subject: 'level', id: 'senior' }, names)).toBe('level: Senior Data Engineer');
    expect(changeSubjectLabel({ subject: 'competency', id: 'sql' }, names)).toBe('competency: SQL craft');
    expect(changeSubjectLabel({ subject: 'scorecard', id: 'senior' }, names)).toBe('interview scorecard: Senior Data Engineer');
    expect(changeSubjectLabel({ subject: 'role-description', id: 'senior' }, names)).toBe('role description: Senior Data Engineer');
    expect(changeSubjectLabel({ subject: 'family', id: 'family' }, names)).toBe('job family: Data Engineering');
  });

  it('falls back to the id for something the names no longer know', () => {
    expect(changeSubjectLabel({ subject: 'level', id: 'junior' }, names)).toBe('level: junior');
  });
});

describe('a change about a level or competency a later release removed', () => {
  const snapshot = (version: string, levels: [string, string][], competencies: [string, string][]) =>
    ({ version, competencies: competencies.map(([id, name]) => ({ id, name })), levels: levels.map(([id, title]) => ({ id, title })) }) as unknown as ReleaseSnapshot;
  const names = subjectNames({
    family: 'Data Engineering',
    levels: [{ id: 'senior', title: 'Senior Data Engineer' }],
    competencies: [{ id: 'sql', name: 'SQL craft' }],
    hasRolePage: (id) => id === 'senior',
    releases: [
      { version: '2.0.0', href: '/r/2.0.0/', snapshot: snapshot('2.0.0', [['senior', 'Senior Data Engineer']], [['sql', 'SQL craft']]), changed: { levels: ['junior'], competencies: ['spreadsheets'] } },
      { version: '1.0.0', href: '/r/1.0.0/', snapshot: snapshot('1.0.0', [['junior', 'Junior Data Engineer'], ['senior', 'Senior Data Engineer']], [['sql', 'SQL craft'], ['spreadsheets', 'Spreadsheets']]), changed: { levels: ['junior', 'senior'], competencies: ['sql'] } },
    ],
    subjectHref: (subject, id) => `/${subject}/${id}/`,
    releaseHref: (version) => `/changelog/#${version}`,
    releaseSubjectHref: (version, subject, id) => `/r/${version}/#${subject}-${id}`,
  });

  it('names it as the newest snapshot that holds it did, not by its id', () => {
    expect(changeSubjectLabel({ subject: 'level', id: 'junior' }, names)).toBe('level: Junior Data Engineer');
    expect(changeSubjectLabel({ subject: 'competency', id: 'spreadsheets' }, names)).toBe('competency: Spreadsheets');
  });

  it('links to what its release’s page shows of it (its section when the release changed it), never to its page, which is gone', () => {
    expect(names.href({ subject: 'level', id: 'junior' }, '2.0.0')).toBe('/r/2.0.0/#level-junior');
    expect(names.href({ subject: 'level', id: 'junior' }, '1.0.0')).toBe('/r/1.0.0/#level-junior');
    expect(names.href({ subject: 'competency', id: 'spreadsheets' }, '1.0.0')).toBe('/r/1.0.0/');
    expect(names.href({ subject: 'scorecard', id: 'junior' }, '0.9.0')).toBe('/changelog/#0.9.0');
  });

  it('links what the content still has to its own page, and a scorecard only where its role has a page', () => {
    expect(names.href({ subject: 'level', id: 'senior' }, '1.0.0')).toBe('/level/senior/');
    expect(names.href({ subject: 'competency', id: 'sql' }, '1.0.0')).toBe('/competency/sql/');
    expect(names.href({ subject: 'scorecard', id: 'senior' }, '1.0.0')).toBe('/scorecard/senior/');
    expect(names.href({ subject: 'family', id: 'family' }, '1.0.0')).toBe('/family/family/');
  });
});


describe('releaseChangeLink', () => {
  const release = { version: '2.0.0', href: '/r/2.0.0/', changed: { levels: ['senior'], competencies: ['sql'] } };
  const section = (version: string, subject: 'level' | 'competency', id: string) => `/r/${version}/#${subject}-${id}`;

  it('leads to the section of the release’s page on a level or competency the release changed, else to the page', () => {
    expect(releaseChangeLink(release, 'level', 'senior', section)).toBe('/r/2.0.0/#level-senior');
    expect(releaseChangeLink(release, 'competency', 'sql', section)).toBe('/r/2.0.0/#competency-sql');
    expect(releaseChangeLink(release, 'level', 'sql', section)).toBe('/r/2.0.0/');
    expect(releaseChangeLink(release, 'competency', 'design', section)).toBe('/r/2.0.0/');
  });

  it('leads nowhere for a release without a page', () => {
    expect(releaseChangeLink(undefined, 'level', 'senior', section)).toBeUndefined();
  });

  it('is where the changelog links a change of a level the content no longer has', () => {
    const names = subjectNames({ family: 'F', levels: [], competencies: [], hasRolePage: () => false, releases: [{ ...release, snapshot: { levels: [], competencies: [] } as unknown as ReleaseSnapshot }], subjectHref: (s, id) => `/${s}/${id}/`, releaseHref: (v) => `/changelog/#${v}`, releaseSubjectHref: section });
    for (const id of ['senior', 'junior']) expect(names.href({ subject: 'level', id }, '2.0.0')).toBe(releaseChangeLink(release, 'level', id, section));
  });
});
