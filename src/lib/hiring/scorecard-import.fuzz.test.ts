/**
 * Import fuzzing for the scorecard calculator: every malformed file is refused with a message, and
 * the stored data is byte-for-byte what it was before. The cases are built from a valid export (of
 * framework 1.0's version 1, and of the current version) by breaking one thing at a time (wrong
 * types, missing keys, out-of-range values, prototype keys, huge strings, truncation, other tools'
 * exports), plus seeded random mutations of a valid file. A file is imported as the island's data
 * panel does it: read strictly, checked for the role, then merged into what is stored.
 */
import { describe, expect, it } from 'vitest';
import { tinyScorecard } from '../../../tests/support/scorecard.fixture';
import { maxCandidates, newCandidate, roleProblem, scorecardSpec, withCandidate, type ScorecardData } from './scorecard-store';
import { createStore, maxImportBytes, memoryStorage, storageFormat, type Result, type Store } from '../browser/store';
import { applyImport } from '../browser/import-plan';
import { mutations } from '../../../tests/support/mutate';
import { jsonVariants, wrongValues, type Json } from '../../../tests/support/json-variants';
import { parseImport } from '../browser/parse-export';

const model = tinyScorecard;
const spec = scorecardSpec(model);
const now = new Date('2025-03-04T05:06:07Z');
const dims = model.dimensions.map((d) => d.competency);

/** What is already stored when each malformed file arrives. */
const storedData: ScorecardData = withCandidate(spec.empty(), {
  ...newCandidate(spec.empty(), 'Stored Candidate', now, () => 0.1),
  ratings: { [dims[0]!]: 3, [dims[1]!]: 2 },
  notes: { [dims[0]!]: 'kept' },
  redFlags: [model.redFlags[0]!.id],
});

/** A valid export (two candidates) that each case breaks in one place. */
const validCandidate = (id: string): { [key: string]: Json } => ({
  id,
  name: 'Imported Candidate',
  updatedAt: now.toISOString(),
  ratings: Object.fromEntries(dims.map((d, i) => [d, (i % 4) + 1])),
  notes: Object.fromEntries(dims.map((d) => [d, `note on ${d}`])),
  redFlags: [],
});
const validEnvelope = (): { [key: string]: Json } => ({
  format: storageFormat,
  tool: 'scorecard',
  version: 1,
  savedAt: now.toISOString(),
  data: { role: model.role, currentId: 'c-a', candidates: [validCandidate('c-a'), validCandidate('c-b')] },
});
const validText = JSON.stringify(validEnvelope());
/** The same file in the current version, with the interviewer's name. */
const validV2 = (): { [key: string]: Json } => ({ ...validEnvelope(), version: spec.version, data: { ...(validEnvelope()['data'] as { [key: string]: Json }), interviewer: 'Sam Rivera' } });

const { setAt, deleteAt, insertRaw } = jsonVariants(validEnvelope);

const cases: [string, string][] = [];
const add = (name: string, text: string) => cases.push([name, text]);

// Not JSON, or not an object.
add('an empty file', '');
add('only whitespace', ' \n\t ');
add('a lone brace', '{');
add('single-quoted JSON', "{'format': 'ml-career-handbook'}");
add('a trailing comma', validText.replace(/}$/, ',}'));
add('NaN', 'NaN');
add('undefined', 'undefined');
add('an HTML page', '<!doctype html><html><body>scorecard</body></html>');
add('CSV', `dimension,rating\n${dims[0]},4\n`);
add('YAML', 'format: ml-career-handbook\ntool: scorecard\n');
add('binary garbage', '\u0000\u0001\u0002\u00ff\ufffe');
for (const [name, value] of wrongValues.filter(([n]) => n !== 'an object')) add(`a file that is ${name}`, JSON.stringify(value));
add('an array of exports', JSON.stringify([validEnvelope()]));
add('a nested array', JSON.stringify([[[validEnvelope()]]]));
for (let i = 1; i <= 24; i++) add(`JSON truncated at ${i}/25`, validText.slice(0, Math.floor((validText.length * i) / 25)));

// The envelope.
for (const key of ['format', 'tool', 'version', 'data']) add(`an envelope without “${key}”`, deleteAt([key]));
for (const key of ['format', 'tool', 'version', 'data'])
  for (const [name, value] of wrongValues) if (!(key === 'data' && name === 'an object')) add(`an envelope whose “${key}” is ${name}`, setAt([key], value));
for (const version of [0, -1, 1.5, spec.version + 1, 99]) add(`version ${version}`, setAt(['version'], version));

// Other tools and other files.
add('the onboarding tracker’s export', JSON.stringify({ format: storageFormat, tool: 'onboarding', version: 1, savedAt: '', data: { goals: [] } }));
add('the self-assessment’s export', JSON.stringify({ format: storageFormat, tool: 'self-assessment', version: 1, savedAt: '', data: { ratings: {} } }));
add('another application’s export', JSON.stringify({ format: 'greenhouse-scorecard', tool: 'scorecard', version: 1, data: validEnvelope()['data'] as Json }));
add('bare scorecard data without an envelope', JSON.stringify(validEnvelope()['data']));
add('a package.json', JSON.stringify({ name: 'x', version: '1.0.0', dependencies: {} }));
add('scorecards of another role', setAt(['data', 'role'], 'another-role'));
add('a role that is not an id', setAt(['data', 'role'], '../../etc/passwd'));

// The data.
for (const key of ['role', 'currentId', 'candidates']) add(`data without “${key}”`, deleteAt(['data', key]));
for (const key of ['role', 'currentId', 'candidates'])
  for (const [name, value] of wrongValues) if (!(key !== 'candidates' && name === 'a string') && !(key === 'candidates' && name === 'an array')) add(`data whose “${key}” is ${name}`, setAt(['data', key], value));
add('data with an unknown key', setAt(['data', 'extra'], true));
add('two candidates with the same id', setAt(['data', 'candidates', 1, 'id'], 'c-a'));
add(`more than ${maxCandidates} candidates`, setAt(['data', 'candidates'], Array.from({ length: maxCandidates + 1 }, (_, i) => validCandidate(`c-${i}`))));

// A candidate.
const candidateKeys = ['id', 'name', 'updatedAt', 'ratings', 'notes', 'redFlags'];
for (const key of candidateKeys) add(`a candidate without “${key}”`, deleteAt(['data', 'candidates', 0, key]));
for (const key of candidateKeys)
  for (const [name, value] of wrongValues) {
    const fine = (['id', 'name', 'updatedAt'].includes(key) && name === 'a string') || (['ratings', 'notes'].includes(key) && name === 'an object') || (key === 'redFlags' && name === 'an array');
    if (!fine) add(`a candidate whose “${key}” is ${name}`, setAt(['data', 'candidates', 0, key], value));
  }
add('a candidate with an unknown key', setAt(['data', 'candidates', 0, 'score'], 3.1));
add('a candidate id with capitals and spaces', setAt(['data', 'candidates', 0, 'id'], 'Candidate One'));
add('an empty candidate name', setAt(['data', 'candidates', 0, 'name'], ''));
for (const rating of [0, model.scale.length + 1, -1, 2.5, 100, '3', null, true] as Json[]) add(`a rating of ${JSON.stringify(rating)}`, setAt(['data', 'candidates', 0, 'ratings', dims[0]!], rating));
add('an infinite rating (1e999)', setAt(['data', 'candidates', 0, 'ratings', dims[0]!], 4).replace(`"${dims[0]}":4`, `"${dims[0]}":1e999`));
add('a rating for an unknown dimension', setAt(['data', 'candidates', 0, 'ratings', 'charisma'], 4));
add('a note for an unknown dimension', setAt(['data', 'candidates', 0, 'notes', 'charisma'], 'great'));
add('a note that is a number', setAt(['data', 'candidates', 0, 'notes', dims[0]!], 4));
add('an unknown red flag', setAt(['data', 'candidates', 0, 'redFlags'], ['eats-cake']));
add('a red flag twice', setAt(['data', 'candidates', 0, 'redFlags'], ['dismisses-monitoring', 'dismisses-monitoring']));
add('a red flag that is an object', setAt(['data', 'candidates', 0, 'redFlags'], [{ id: 'dismisses-monitoring' }]));

// Huge strings.
add('a 10,000-character name', setAt(['data', 'candidates', 0, 'name'], 'A'.repeat(10_000)));
add('a 100,000-character note', setAt(['data', 'candidates', 0, 'notes', dims[0]!], 'n'.repeat(100_000)));
add('a 500-character id', setAt(['data', 'candidates', 0, 'id'], 'c'.repeat(500)));
add('a 5,000-character role', setAt(['data', 'role'], 'r'.repeat(5_000)));
add('a file over the size limit', setAt(['data', 'candidates', 0, 'notes', dims[0]!], 'x'.repeat(maxImportBytes)));
add('a valid file padded past the size limit', validText + ' '.repeat(maxImportBytes));

// Keys that reach an object's prototype, at every depth.
const polluting = ['"__proto__":{"polluted":true}', '"constructor":{"prototype":{"polluted":true}}', '"prototype":{"polluted":true}'];
for (const member of polluting)
  for (const [where, path] of [
    ['the envelope', []],
    ['the data', ['data']],
    ['a candidate', ['data', 'candidates', '0']],
    ['the ratings', ['data', 'candidates', '0', 'ratings']],
    ['the notes', ['data', 'candidates', '0', 'notes']],
  ] as [string, string[]][])
    add(`a “${member.slice(1, member.indexOf('"', 1))}” key in ${where}`, insertRaw(path, member));

// The current version: the interviewer's name.
const v2 = (change: (data: { [key: string]: Json }) => void) => {
  const env = validV2();
  change(env['data'] as { [key: string]: Json });
  return JSON.stringify(env);
};
add('a current file without “interviewer”', v2((d) => void delete d['interviewer']));
for (const [name, value] of wrongValues.filter(([n]) => n !== 'a string')) add(`a current file whose interviewer is ${name}`, v2((d) => void (d['interviewer'] = value)));
add('a 10,000-character interviewer name', v2((d) => void (d['interviewer'] = 'I'.repeat(10_000))));
add('a current file with an unknown key', v2((d) => void (d['panel'] = 'x')));
add('a current file with a repeated candidate', v2((d) => void (d['candidates'] = [validCandidate('c-a'), validCandidate('c-a')])));

// Deep nesting.
add('10,000 nested arrays', `{"format":"${storageFormat}","tool":"scorecard","version":1,"data":${'['.repeat(10_000)}${']'.repeat(10_000)}}`);

/** Storage with the stored scorecards, and the store the island would use, loaded as the island loads it. */
function setUp() {
  const storage = memoryStorage();
  createStore(spec, storage).update(() => storedData);
  const store = createStore(spec, storage);
  store.read();
  const dump = () => JSON.stringify(Object.fromEntries(Array.from({ length: storage.length }, (_, i) => storage.key(i)!).map((k) => [k, storage.getItem(k)])));
  return { storage, store, dump, before: dump() };
}

/** Imports `text` as the data panel does, merging: the new data, or the message shown next to the import field. */
function importFile(store: Store<ScorecardData>, text: string): Result<ScorecardData> {
  const parsed = parseImport(store, text);
  if (!parsed.ok) return parsed;
  const wrongRole = roleProblem(model, parsed.value);
  if (wrongRole) return { ok: false, error: `Import failed: ${wrongRole}. Nothing was changed.` };
  const written = store.replace(applyImport(spec, store.read().data, parsed.value, 'merge'), 'the import');
  return written.ok ? { ok: true, value: written.value.data } : { ok: false, error: written.error.message };
}

describe('importing a malformed scorecard file', () => {
  it('has at least 100 distinct malformed files to try', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
    expect(new Set(cases.map(([, text]) => text)).size).toBe(cases.length);
  });

  it.each(cases)('refuses %s and leaves the stored data byte-for-byte unchanged', (_name, text) => {
    const { store, dump, before } = setUp();
    const result = importFile(store, text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^Import failed: .+\. Nothing was changed\.$/s);
    expect(dump()).toBe(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it.each([
    ['version 1', validText],
    ['the current version', JSON.stringify(validV2())],
    // Editors on Windows save a byte-order mark; the file is the same file.
    ['version 1 after a byte-order mark', '\ufeff' + validText],
  ])('accepts the valid file of %s the cases are made from (so each case fails for its own reason), and never duplicates', (_name, text) => {
    const { store } = setUp();
    expect(importFile(store, text).ok).toBe(true);
    expect(store.read().data.candidates.map((c) => c.name)).toEqual(['Stored Candidate', 'Imported Candidate', 'Imported Candidate']);
    // The same file again adds nothing.
    expect(importFile(store, text).ok).toBe(true);
    expect(store.read().data.candidates).toHaveLength(3);
  });

  it('survives 500 random mutations of a valid file: each is refused without a change, or imported as valid data', () => {
    let refused = 0;
    for (const mutated of mutations(validText, 500, 20250304)) {
      const { store, dump, before } = setUp();
      const result = importFile(store, mutated);
      if (result.ok) expect(spec.schema.safeParse(store.read().data).success).toBe(true);
      else {
        refused++;
        expect(dump()).toBe(before);
      }
    }
    expect(refused).toBeGreaterThan(300);
  });
});
