/**
 * Import fuzzing for the growth tools' files (a person's record, and the team a manager keeps):
 * every malformed file is refused with a message saying where, and nothing stored changes; a file
 * that names a level, competency or KPI the handbook lacks (a fork removed it) is imported mended, each mend said. The
 * cases break a valid export one thing at a time (types, missing and unknown keys, dates that do
 * not exist, references to nothing, limits, prototype keys, other tools' files), plus seeded random
 * mutations of the valid text.
 */
import { describe, expect, it } from 'vitest';
import { createStore, maxImportBytes, storageFormat } from '../browser/store';
import { sharedStorage } from '../../../tests/support/fake-storage';
import { limits } from './growth-record';
import { growthSpec, maxPeople, teamSpec } from './growth-store';
import { tinyLadder as ladder } from '../../../tests/support/self-assessment.fixture';
import { checkIn, entry, record, review } from '../../../tests/support/growth-record.fixture';
import { jsonVariants, wrongValues, type Json } from '../../../tests/support/json-variants';
import { parseImport } from '../browser/parse-export';

const now = () => new Date('2026-03-14T12:00:00Z');
const spec = growthSpec(ladder, ['k1'], now);
const team = teamSpec(ladder, ['k1']);

const person = (id: string): Json =>
  JSON.parse(
    JSON.stringify(
      record(id, {
        name: 'Ada',
        target: 'x3',
        checkIns: [checkIn('c1', '2025-01-01', 'x2', { a: 'meets', b: 'towards' }), checkIn('c2', '2025-04-01', 'x2', { a: 'exceeds' })],
        evidence: [{ ...entry('e1', '2025-02-01', ['a']), kpis: ['k1'], links: ['https://example.org'] }],
        reviews: [review('v1', 'c1', { a: 'meets' })],
      }),
    ),
  );
const validEnvelope = (): { [key: string]: Json } => ({ format: storageFormat, tool: 'self-assessment', version: 2, savedAt: '2026-01-01T00:00:00.000Z', data: person('gr-1') });
const validText = JSON.stringify(validEnvelope());

const { setAt, deleteAt, insertRaw } = jsonVariants(validEnvelope);

const cases: [string, string][] = [];
const add = (name: string, text: string) => cases.push([name, text]);
/** Files that name a level, competency or KPI this handbook lacks, and that id: imported mended (gone-levels.ts, gone-ids.ts), not refused. */
const goneLevelCases: [string, string, string][] = [];
const addGone = (name: string, text: string, level: string) => goneLevelCases.push([name, text, level]);

// Not an export at all.
add('an empty file', '');
add('a lone brace', '{');
add('an HTML page', '<!doctype html><title>x</title>');
add('CSV', 'competency,rating\na,meets\n');
add('bare record data without an envelope', JSON.stringify(person('gr-1')));
for (let i = 1; i <= 12; i++) add(`JSON truncated at ${i}/13`, validText.slice(0, Math.floor((validText.length * i) / 13)));
for (const key of ['format', 'tool', 'version', 'data']) add(`an envelope without “${key}”`, deleteAt([key]));
for (const version of [0, 1.5, 3, 99]) add(`version ${version}`, setAt(['version'], version));
add('the onboarding tracker’s export', JSON.stringify({ format: storageFormat, tool: 'onboarding', version: 1, savedAt: '', data: { goals: [] } }));
add('the growth team’s export', JSON.stringify({ format: storageFormat, tool: 'growth-team', version: 1, savedAt: '', data: { reviewer: '', people: [] } }));
const v1Envelope = (data: Json) => JSON.stringify({ format: storageFormat, tool: 'self-assessment', version: 1, savedAt: '', data });
add('a version-1 self-assessment with notes that are a number', v1Envelope({ current: 'x2', target: null, competencies: { a: { demonstrated: 'x2', notes: 4, links: [] } } }));
const v1GoneCompetency = v1Envelope({ current: 'x2', target: null, competencies: { a: { demonstrated: 'x2', notes: 'kept', links: [] }, zeta: { demonstrated: 'x2', notes: 'n', links: [] } } });
addGone('a version-1 self-assessment with an unknown competency', v1GoneCompetency, 'zeta');
addGone('a version-1 self-assessment with an unknown target level', v1Envelope({ current: 'x2', target: 'vp', competencies: { a: { demonstrated: 'x3', notes: 'n', links: [] } } }), 'vp');
addGone('a version-1 self-assessment with an unknown level chosen', v1Envelope({ current: 'x2', target: null, competencies: { a: { demonstrated: 'vp', notes: 'n', links: [] } } }), 'vp');

// The record.
for (const key of ['id', 'name', 'target', 'checkIns', 'evidence', 'reviews']) add(`a record without “${key}”`, deleteAt(['data', key]));
for (const key of ['id', 'name', 'target', 'checkIns', 'evidence', 'reviews'])
  for (const [name, value] of wrongValues) {
    const fine = (['id', 'name'].includes(key) && name === 'a string') || (key === 'target' && name === 'null') || (['checkIns', 'evidence', 'reviews'].includes(key) && name === 'an array');
    // A target that is any other string names a level this ladder lacks.
    if (key === 'target' && typeof value === 'string') addGone(`a record whose “${key}” is ${name}`, setAt(['data', key], value), value);
    else if (!fine) add(`a record whose “${key}” is ${name}`, setAt(['data', key], value));
  }
add('a record with an unknown key', setAt(['data', 'score'], 9));
addGone('an unknown target level', setAt(['data', 'target'], 'vp'), 'vp');
add('a record id with markup', setAt(['data', 'id'], '<img src=x>'));
add(`a name over ${limits.name} characters`, setAt(['data', 'name'], 'A'.repeat(limits.name + 1)));

// A check-in.
for (const key of ['id', 'date', 'level', 'summary', 'competencies']) add(`a check-in without “${key}”`, deleteAt(['data', 'checkIns', 0, key]));
for (const date of ['2025-02-30', '2025-13-01', '25-01-01', '2025-1-1', '', '2025-01-01T00:00:00Z']) add(`a check-in dated “${date}”`, setAt(['data', 'checkIns', 0, 'date'], date));
add('two check-ins on one date', setAt(['data', 'checkIns', 1, 'date'], '2025-01-01'));
add('two check-ins with one id', setAt(['data', 'checkIns', 1, 'id'], 'c1'));
addGone('a check-in at an unknown level', setAt(['data', 'checkIns', 0, 'level'], 'vp'), 'vp');
for (const rating of ['great', 3, true, 'Meets'] as Json[]) add(`a rating of ${JSON.stringify(rating)}`, setAt(['data', 'checkIns', 0, 'competencies', 'a', 'rating'], rating));
addGone('a rating of an unknown competency', setAt(['data', 'checkIns', 0, 'competencies', 'zeta'], { rating: 'meets', notes: 'n', links: [] }), 'zeta');
add('a competency entry with an unknown key', setAt(['data', 'checkIns', 0, 'competencies', 'a', 'score'], 1));
addGone('a level chosen earlier that does not exist', setAt(['data', 'checkIns', 0, 'competencies', 'a', 'demonstrated'], 'vp'), 'vp');
add('notes that are a number', setAt(['data', 'checkIns', 0, 'competencies', 'a', 'notes'], 4));
add('links that are text', setAt(['data', 'checkIns', 0, 'competencies', 'a', 'links'], 'https://example.org'));
add(`more than ${limits.checkIns} check-ins`, setAt(['data', 'checkIns'], Array.from({ length: limits.checkIns + 1 }, (_, i) => JSON.parse(JSON.stringify(checkIn(`c${i}`, `20${String(10 + Math.floor(i / 12)).padStart(2, '0')}-${String((i % 12) + 1).padStart(2, '0')}-01`, 'x1', {}))))));

// An evidence entry.
for (const key of ['id', 'date', 'title', 'details', 'links', 'competencies', 'kpis']) add(`an entry without “${key}”`, deleteAt(['data', 'evidence', 0, key]));
add('an entry without a title', setAt(['data', 'evidence', 0, 'title'], ''));
add('an entry dated 2025-02-29', setAt(['data', 'evidence', 0, 'date'], '2025-02-29'));
addGone('an entry tagged with an unknown competency', setAt(['data', 'evidence', 0, 'competencies'], ['zeta']), 'zeta');
add('an entry tagged with a competency that is a number', setAt(['data', 'evidence', 0, 'competencies'], [7]));
add('an entry tagged twice with one competency', setAt(['data', 'evidence', 0, 'competencies'], ['a', 'a']));
addGone('an entry naming an unknown KPI', setAt(['data', 'evidence', 0, 'kpis'], ['k9']), 'k9');
add('an entry naming a KPI that is not text', setAt(['data', 'evidence', 0, 'kpis'], [{ id: 'k1' }]));
add('a 100,000-character entry', setAt(['data', 'evidence', 0, 'details'], 'd'.repeat(100_000)));

// A review.
for (const key of ['id', 'checkIn', 'date', 'reviewer', 'summary', 'competencies']) add(`a review without “${key}”`, deleteAt(['data', 'reviews', 0, key]));
add('a review of a check-in the record does not have', setAt(['data', 'reviews', 0, 'checkIn'], 'c9'));
addGone('a review rating of an unknown competency', setAt(['data', 'reviews', 0, 'competencies', 'zeta'], { rating: 'meets', notes: 'n' }), 'zeta');
add('a review rating of “excellent”', setAt(['data', 'reviews', 0, 'competencies', 'a', 'rating'], 'excellent'));
add('a review entry with links', setAt(['data', 'reviews', 0, 'competencies', 'a', 'links'], []));

// Sizes and prototype keys.
add('a file over the size limit', setAt(['data', 'checkIns', 0, 'summary'], 'x'.repeat(maxImportBytes)));
for (const member of ['"__proto__":{"polluted":true}', '"constructor":{"prototype":{"polluted":true}}'])
  for (const [where, path] of [
    ['the envelope', []],
    ['the record', ['data']],
    ['a check-in', ['data', 'checkIns', 0]],
    ['the ratings', ['data', 'checkIns', 0, 'competencies']],
    ['an entry', ['data', 'evidence', 0]],
  ] as [string, (string | number)[]][])
    add(`a “${member.slice(1, member.indexOf('"', 1))}” key in ${where}`, insertRaw(path, member));

function setUp() {
  const shared = sharedStorage();
  const store = createStore(spec, shared.tab().storage, { now });
  store.update(() => JSON.parse(JSON.stringify(record('gr-stored', { name: 'Stored', checkIns: [checkIn('s1', '2024-01-01', 'x1', { a: 'meets' })] }))));
  store.read();
  return { shared, store, before: JSON.stringify(shared.dump()) };
}

describe('importing a malformed growth record', () => {
  it('has at least 100 distinct malformed files to try', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
    expect(new Set(cases.map(([, text]) => text)).size).toBe(cases.length);
  });

  it.each(cases)('refuses %s with a message, and nothing stored changes', (_name, text) => {
    const { shared, store, before } = setUp();
    const result = parseImport(store, text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^Import failed: .+\. Nothing was changed\.$/s);
    store.read();
    expect(JSON.stringify(shared.dump())).toBe(before);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it.each(goneLevelCases)('imports %s mended, saying so, and nothing stored changes', (_name, text, level) => {
    const { shared, store, before } = setUp();
    const result = parseImport(store, text);
    if (!result.ok) throw new Error(result.error);
    expect(result.notices.some((notice) => notice.includes(`“${level}”`))).toBe(true);
    expect(growthSpec(ladder, ['k1'], now).schema.safeParse(result.value).success).toBe(true);
    store.read();
    expect(JSON.stringify(shared.dump())).toBe(before);
  });

  it('imports a version-1 self-assessment at an unknown current level as a check-in at a level of the ladder, its notes kept', () => {
    const result = parseImport(setUp().store, v1Envelope({ current: 'cto', target: null, competencies: { a: { demonstrated: 'x3', notes: 'n', links: [] } } }));
    if (!result.ok) throw new Error(result.error);
    expect(ladder.levels.map((l) => l.id)).toContain(result.value.checkIns[0]?.level);
    expect(result.value.checkIns[0]?.competencies['a']).toMatchObject({ notes: 'n' });
  });

  it('imports a version-1 self-assessment with an unknown competency as a check-in without it, the rest kept', () => {
    const result = parseImport(setUp().store, v1GoneCompetency);
    if (!result.ok) throw new Error(result.error);
    expect(result.value.checkIns).toHaveLength(1);
    expect(Object.keys(result.value.checkIns[0]!.competencies)).toEqual(['a']);
    expect(result.value.checkIns[0]!.competencies['a']).toMatchObject({ rating: 'meets', notes: 'kept' });
  });

  it('accepts the valid file the cases are made from (so each case fails for its own reason)', () => {
    expect(parseImport(setUp().store, validText)).toMatchObject({ ok: true, value: { id: 'gr-1', name: 'Ada' } });
  });

  it('survives 300 random mutations of a valid file: each is refused with a message, or is valid data', () => {
    let seed = 20260314;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = '{}[]":,0123456789-.eE truefalsnul\\_abcxyz';
    const check = growthSpec(ladder, ['k1'], now).schema;
    for (let i = 0; i < 300; i++) {
      const chars = [...validText];
      for (let m = 0, n = 1 + Math.floor(random() * 4); m < n; m++) {
        const at = Math.floor(random() * chars.length);
        if (random() < 0.6) chars[at] = alphabet[Math.floor(random() * alphabet.length)]!;
        else chars.splice(at, 1 + Math.floor(random() * 8));
      }
      const result = parseImport(setUp().store, chars.join(''));
      if (result.ok) expect(check.safeParse(result.value).success).toBe(true);
      else expect(result.error).toMatch(/^Import failed: .+\. Nothing was changed\.$/s);
    }
  });
});

describe('importing a malformed team file', () => {
  const teamEnvelope = (data: Json) => JSON.stringify({ format: storageFormat, tool: 'growth-team', version: 1, savedAt: '', data });
  it.each([
    ['a person who cannot be read', teamEnvelope({ reviewer: '', people: [person('p1'), { ...(person('p2') as Record<string, Json>), target: 7 }] }), `person “${(person('p2') as { name: string }).name}”`],
    ['the same person twice', teamEnvelope({ reviewer: '', people: [person('p1'), person('p1')] }), `person “${(person('p1') as { name: string }).name}” (number 2)`],
    [`more than ${maxPeople} people`, teamEnvelope({ reviewer: '', people: Array.from({ length: maxPeople + 1 }, (_, i) => record(`p${i}`) as unknown as Json) }), `at most ${maxPeople}`],
    ['a person’s own export', validText, 'exported from another tool (“self-assessment”), not from this page'],
  ])('refuses %s, naming it', (_name, text, where) => {
    const result = parseImport(createStore(team, sharedStorage().tab().storage), text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(where);
  });
});
